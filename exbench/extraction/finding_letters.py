"""Findings opened by the letter codes a report's key defines, where the key gives no marks.

A report may say in its key "GY = güçlü yön, İA = iyileştirmeye açık alan" ("S = strength, OFI = opportunity
for improvement", "ق = نقطه قوت") and then open each finding with the code alone, before its words or its
sub-criterion's code in brackets ("GY (1b) Genel müdür ..."). The codes are the key's, so a line opened by
one is a finding of its kind, as a marked line is where the key gives marks.
"""

from __future__ import annotations

import re

__all__ = ["letter_mark"]

_LEAD = re.compile(r"([^\W\d_]{1,3})\s+(?=[(\[]\s*\d|[^\W\d_])")


def letter_mark(key: str, letters: dict[str, str]) -> tuple[str, int] | None:
    """The kind a line's opening letter code stands for in the report's key, and where the words after the
    code start; None for a line opened by any other word."""
    lead = _LEAD.match(key)
    if lead and lead.group(1) in letters:
        return letters[lead.group(1)], lead.end()
    return None
