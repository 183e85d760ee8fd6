"""Progress of per-document work on stderr, for people watching a run.

Silent unless EXBENCH_PROGRESS is set (the CLI sets it), so Dagster runs and
tests stay quiet; a terminal gets a live bar, a log file a line every 10%.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from exbench.settings import progress_enabled

T = TypeVar("T")


def track(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """Yield items while reporting how many of `total` are done."""
    if not progress_enabled() or total == 0:
        yield from items
        return
    if sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True, console=None) as progress:
            task = progress.add_task(label, total=total)
            for item in items:
                yield item
                progress.advance(task)
        print(f"{label}: {total} done", file=sys.stderr)
        return
    step = max(1, total // 10)
    for done, item in enumerate(items, start=1):
        yield item
        if done % step == 0 or done == total:
            print(f"{label}: {done}/{total}", file=sys.stderr, flush=True)
