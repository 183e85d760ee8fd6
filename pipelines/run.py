"""Run every asset, as `exbench run` does, and report the outcome in lines a person can act on.

`run_pipeline` materializes in the calling process (tests, the evaluation).
`run_in_child` is what the command line uses: the run lives in a process
group of its own, so Ctrl-C (or SIGTERM) stops it whole, workers included,
at any moment, and the last published warehouse stays as it was; and the
run dies with the command if the command is killed.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from exbench.runtime.logs import error_line, new_log_path, write_log
from exbench.settings import Settings

EXIT_INTERRUPTED = 130


@dataclass
class RunOutcome:
    success: bool
    error: str | None = None
    log: str | None = None  # the full trace of what went wrong
    quarantined: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    set_aside: dict[str, int] = field(default_factory=dict)  # facts in core.rejected_facts, by reason
    interrupted: bool = False
    published: bool = False
    summary: RunSummary | None = None  # what the published warehouse holds, for the table `exbench run` ends with


FACT_TABLES = ("reported_metrics", "recognitions", "events", "targets", "findings", "scores", "peer_links", "focus_areas")
SUMMARY_LANGUAGES = ("tr", "fa", "en")  # columns of the facts table; any other language counts under "other"


@dataclass
class RunSummary:
    """The published warehouse in a few numbers a person checks after a run."""

    documents: int = 0
    read: int = 0  # status ok
    ocred: int = 0  # documents with at least one page read by Tesseract
    quarantined: dict[str, int] = field(default_factory=dict)  # by error_reason
    facts: dict[str, dict[str, int]] = field(default_factory=dict)  # fact table -> language -> rows
    packs: int = 0  # jury packs in the exports folder (named, not blind)
    checks_passed: int = 0
    checks_warned: int = 0  # soft thresholds that found rows
    checks_failed: int = 0  # blocking checks that found rows (the warehouse was then not published)

    def lines(self) -> list[str]:
        """The summary as a short plain-text table (aligned columns), the way `exbench run` prints it."""
        quarantined = sum(self.quarantined.values())
        reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(self.quarantined.items()))
        out = [
            f"documents  {self.documents} registered, {self.read} read, {self.ocred} OCRed, {quarantined} quarantined"
            + (f" ({reasons})" if reasons else ""),
        ]
        columns = [*SUMMARY_LANGUAGES, "other", "total"]
        header = f"{'facts':<18}" + "".join(f"{c:>7}" for c in columns)
        out.append(header)
        for table in FACT_TABLES:
            by_language = self.facts.get(table, {})
            other = sum(n for language, n in by_language.items() if language not in SUMMARY_LANGUAGES)
            cells = [by_language.get(language, 0) for language in SUMMARY_LANGUAGES] + [other, sum(by_language.values())]
            out.append(f"  {table:<16}" + "".join(f"{n:>7}" for n in cells))
        out.append(f"packs      {self.packs} jury packs written")
        checks = f"checks     {self.checks_passed} passed, {self.checks_warned} warned"
        out.append(checks + (f", {self.checks_failed} failed" if self.checks_failed else ""))
        return out


def run_pipeline(settings: Settings, on_wait: Callable[[str], None] | None = None, full_refresh: bool = False) -> RunOutcome:
    """Materialize all assets into the given paths, one run per warehouse at a time.

    Never raises for a failed run: the outcome carries one line saying why and
    the path of a log file with the whole trace.
    """
    from exbench.runtime.lock import build_lock
    from exbench.warehouse.validator import start_validator

    before = _identity(settings.warehouse)
    try:
        start_validator()  # Great Expectations imports on the other core meanwhile; kept for the next run
        with build_lock(settings.warehouse, on_wait):
            if full_refresh and settings.cache_dir.exists():
                shutil.rmtree(settings.cache_dir)
            outcome = _materialize(settings)
    except Exception as error:  # noqa: BLE001 - whatever broke, the user gets one line and a log
        import traceback

        log = write_log(new_log_path(settings.warehouse), traceback.format_exc())
        outcome = RunOutcome(success=False, error=error_line(error), log=str(log) if log else None)
    outcome.published = _identity(settings.warehouse) != before
    _read_summary(settings, outcome)
    return outcome


def _materialize(settings: Settings) -> RunOutcome:
    import dagster as dg

    from assets.resources import ExbenchPaths
    from exbench.runtime.shards import EVERY_SHARD
    from pipelines.definitions import ALL_ASSETS

    resources = {
        "paths": ExbenchPaths(
            raw_dir=str(settings.raw_dir), warehouse=str(settings.warehouse), exports_dir=str(settings.exports_dir)
        )
    }
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(
            ALL_ASSETS,
            resources=resources,
            instance=instance,
            raise_on_error=False,
            partition_key=EVERY_SHARD,  # one run over every shard: the per-document assets share one worker pool
            run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}},
        )
    outcome = RunOutcome(success=result.success)
    if not result.success:
        failures = [e for e in result.all_events if e.is_step_failure]
        if failures:
            data = failures[0].step_failure_data
            outcome.error = f"{failures[0].step_key} failed: {error_line(data.error) if data and data.error else 'see the log'}"
            if data and data.error:
                log = write_log(new_log_path(settings.warehouse), data.error.to_string())
                outcome.log = str(log) if log else None
        else:
            outcome.error = "the run failed before any step started"
    return outcome


def _read_summary(settings: Settings, outcome: RunOutcome) -> None:
    """Quarantined documents and input warnings of the published warehouse (best effort: it may not exist)."""
    if not settings.warehouse.exists():
        return
    try:
        with duckdb.connect(str(settings.warehouse), read_only=True) as con:
            outcome.quarantined = [
                f"{path}: {error}"
                for path, error in con.execute(
                    "select source_path, error from core.documents where status = 'quarantined' order by source_path"
                ).fetchall()
            ]
            outcome.warnings = [
                line for (line,) in con.execute('select line from meta.input_warnings order by file, row, "column"').fetchall()
            ]
            outcome.set_aside = dict(
                con.execute(
                    "select reason, count(*) from core.rejected_facts where fact_table <> 'documents' group by reason order by reason"
                ).fetchall()
            )
            outcome.summary = _summary(con, settings)
    except duckdb.Error:
        pass


def _summary(con: duckdb.DuckDBPyConnection, settings: Settings) -> RunSummary:
    """Counts of the published warehouse and of the exports folder."""
    summary = RunSummary()
    summary.documents, summary.read = con.execute(
        "select count(*), count(*) filter (where status = 'ok') from core.documents"
    ).fetchone()
    summary.ocred = con.execute("select count(distinct document_id) from core.pages where engine = 'tesseract'").fetchone()[0]
    summary.quarantined = dict(
        con.execute(
            "select coalesce(error_reason, 'unknown'), count(*) from core.documents where status = 'quarantined' group by all"
        ).fetchall()
    )
    for table in FACT_TABLES:
        rows = con.execute(
            f"select coalesce(d.language, '?'), count(*) from core.{table} as f "  # noqa: S608 - table names are ours
            "inner join core.documents as d using (document_id) group by all"
        ).fetchall()
        summary.facts[table] = dict(rows)
    passed, warned, failed = con.execute(
        "select count(*) filter (where passed), count(*) filter (where not passed and not blocking), "
        "count(*) filter (where not passed and blocking) from meta.check_results"
    ).fetchone()
    summary.checks_passed, summary.checks_warned, summary.checks_failed = passed, warned, failed
    exports = settings.exports_dir
    if exports.is_dir():
        summary.packs = sum(1 for path in exports.glob("*/*/manifest.json") if path.parts[-3] != "blind")
    return summary


def _identity(path: Path) -> tuple[int, int] | None:
    """What tells one published warehouse file from the next (a rename gives a new inode)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def _child(settings: Settings, full_refresh: bool, connection) -> None:  # noqa: ANN001 - a multiprocessing Connection
    """The run's own process: its own process group (Ctrl-C goes to the command, which stops the group), and
    it dies with the command."""
    from exbench.runtime.guard import die_with_parent

    os.setpgid(0, 0)
    die_with_parent()
    outcome = run_pipeline(
        settings, on_wait=lambda message: print(f"exbench: {message}", file=sys.stderr, flush=True), full_refresh=full_refresh
    )
    connection.send(outcome)
    connection.close()
    # The kept workers and the validator would wait for work that never comes, and multiprocessing
    # joins them at exit: end them now.
    from exbench.runtime.workers import close_pools
    from exbench.warehouse.validator import stop_validator

    close_pools()
    stop_validator()
    for process in multiprocessing.active_children():
        process.kill()


def run_in_child(settings: Settings, full_refresh: bool = False) -> RunOutcome:
    """Run the pipeline in a process group of its own; Ctrl-C or SIGTERM stops the whole group and says
    whether the published warehouse changed."""
    # A killed run leaves semaphores that multiprocessing's resource tracker then frees, with a warning
    # per run that says nothing to a user; the tracker starts with the child and reads this variable.
    os.environ["PYTHONWARNINGS"] = ",".join(
        filter(None, [os.environ.get("PYTHONWARNINGS"), "ignore:resource_tracker:UserWarning"])
    )
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    before = _identity(settings.warehouse)
    child = context.Process(target=_child, args=(settings, full_refresh, send), name="exbench-run")
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)  # a service stop is a Ctrl-C
    try:
        child.start()
        send.close()
        try:
            while child.is_alive() and not receive.poll(0.2):
                pass
            outcome = receive.recv() if receive.poll() else None
        except KeyboardInterrupt:
            _kill_group(child)
            return RunOutcome(success=False, interrupted=True, published=_identity(settings.warehouse) != before)
        except EOFError:
            outcome = None
        child.join(timeout=30)
        _kill_group(child)  # what the run left running (kept workers, the validator) ends with it
    finally:
        signal.signal(signal.SIGTERM, previous)
    if outcome is None:
        return RunOutcome(
            success=False,
            error=f"the run's process ended without a result (exit code {child.exitcode})",
            published=_identity(settings.warehouse) != before,
        )
    return outcome


def _kill_group(child: multiprocessing.process.BaseProcess) -> None:
    """Stop the run, its workers and its validator at once; the build file it leaves is replaced next time."""
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        if child.is_alive():
            child.kill()
    child.join()
