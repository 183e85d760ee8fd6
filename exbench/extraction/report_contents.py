"""A report's table of contents ("İçindekiler", "Contents", "فهرست مطالب"): its entries name the report's
sections ("4. Puanlama Özeti", "3 Scoring ..... 7") and are none of them: a score heading there opens no
score table, and a section number and a page number there are no score row.

The heading words are lexicon data (reports: contents_heading).
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon

__all__ = ["contents_lines"]

# A table of contents lists at most this many lines.
_MOST_ENTRIES = 40
# An entry is a title, not a sentence: at most this long.
_LONGEST_ENTRY = 90
_PAGE_NUMBER = re.compile(r"[\s.…·_]*\d{1,3}$")


def _entry(key: str) -> str:
    """An entry without the dots and page number after its title."""
    return _PAGE_NUMBER.sub("", key).strip()


def contents_lines(keys: list[str]) -> set[int]:
    """The lines of the report's tables of contents, heading included: the entries after the heading until
    the first entry comes again as the section's own heading, or a line no entry can be (a sentence)."""
    heading = compiled(lexicon()["contents_heading"])
    lines: set[int] = set()
    for index, key in enumerate(keys):
        if not heading.match(key):
            continue
        entries: list[str] = []
        for line in keys[index + 1 : index + 1 + _MOST_ENTRIES]:
            entry = _entry(line)
            if entries and entry == entries[0] or len(line) > _LONGEST_ENTRY or line.endswith((".", "!", "?", "؟", ":")):
                break
            entries.append(entry)
        lines |= set(range(index, index + 1 + len(entries)))
    return lines
