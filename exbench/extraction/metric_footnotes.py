"""A table's footnotes, which name a row's organization in full.

A table of counts by organization may give a row a short name with a footnote mark ("ZESKA A.Ş.*") and the name
in full in the note under the table ("* Zeytinova Su ve Kanalizasyon Hizmetleri A.Ş. (Zeytinova Belediyesi
iştiraki)"). The row's owner is the organization the note names as a whole; a note that is no one name (a remark,
a source) leaves the row to the short name.
"""

from __future__ import annotations

import re

__all__ = ["footnoted", "footnotes"]

_MARK = r"\*{1,3}|†{1,2}|‡"
_CELL = re.compile(rf"^(?P<name>.*?\S)\s*(?P<mark>{_MARK})$")
_NOTE_LINE = re.compile(rf"^\s*(?:{_MARK})\s")
_SPLIT = re.compile(rf"(?:^|\s)({_MARK})\s+")


def footnotes(page_text: str) -> dict[str, str]:
    """Footnote mark -> the note's words, from the lines of a page that open with a mark ("* X A.Ş. ...  ** Y A.Ş.")."""
    found: dict[str, str] = {}
    lines = page_text.split("\n")
    for number, line in enumerate(lines):
        if not _NOTE_LINE.match(line):
            continue
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        if following and not _NOTE_LINE.match(following) and not line.rstrip().endswith((")", ".")):
            line = f"{line} {following}"  # the last note goes on on the next line ("** Bademlidere" | "Temizlik ... A.Ş.")
        parts = _SPLIT.split(line.strip())
        for mark, note in zip(parts[1::2], parts[2::2], strict=False):
            if note.strip():
                found.setdefault(mark, note.strip())
    return found


def footnoted(cell: str, notes: dict[str, str]) -> str | None:
    """The note a cell's footnote mark points to, None when the cell has no mark or the page no such note."""
    match = _CELL.match(cell.strip())
    return notes.get(match.group("mark")) if match else None
