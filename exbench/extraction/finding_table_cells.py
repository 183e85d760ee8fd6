"""The cells of a findings-table row around its text: where its criterion cell starts, the criterion a name cell
names, a criterion's heading that only looks like a row, and the kind cell closing a row's line."""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.lexicons import compiled
from exbench.extraction.report_layout import lexicon, mark_type, table_type

__all__ = ["closing_kind", "criterion_cell_start", "named_criterion", "titled_row"]

# "01 K1 + ...", "C1-S01 1 S ...": a running number or reference, then the criterion cell
_RUNNING = re.compile(r"(?:\d{1,3}|[^\W\d_]{1,3}\d{0,2}-?[^\W\d_]{0,4}\d{1,3}(?:\.\d{1,3})?)\s+(?=\d|[^\W\d_]{1,2}-?\d)")


def named_criterion(framework: str | None, words: str) -> str | None:
    """The criterion a row's name cell names ("رهبری قوت ...", after a running number): by the model's
    names, the report's framework first; None where no framework names it or two criteria fit."""
    names = lexicon()["criterion_names"]
    for model in [framework] if framework in names else list(names):
        found = {
            code for code, patterns in names[model].items() if compiled(r"^(?:" + "|".join(patterns) + r")(?=\s|$)").match(words)
        }
        if len(found) == 1:
            return found.pop()
    return None


def criterion_cell_start(key: str, numbered: bool) -> int:
    """Where the criterion cell starts: after the running number of a numbered table, and after a ditto
    mark ("〃 1.4 −": the cell above repeated)."""
    ditto = re.match(r"[〃″]\s+(?=\d)", key)
    start = ditto.end() if ditto else 0
    running = _RUNNING.match(key, start) if numbered else None
    return running.end() if running else start


def titled_row(key: str, marks: dict[str, str], rest: str) -> bool:
    """ "Criterion 2 – Organisational Culture & Leadership": a heading, the dash before the model's name no mark."""
    word = compiled(r"(?:" + lexicon()["score_columns"]["criterion"] + r")\s*\d")
    mark = mark_type(rest, marks) if marks else None
    names = [p for codes in lexicon()["criterion_names"].values() for ps in codes.values() for p in ps]
    model_name = compiled(r"(?:" + "|".join(names) + r")(?!\w)")
    return bool(word.match(key) and mark and model_name.match(rest, mark[1]))


def closing_kind(key: str, start: int, abbreviations: dict[str, str]) -> tuple[str, int] | None:
    """The kind cell closing a line of a table whose kind column comes after the text's (from `start` on): a
    kind's letters ("... the assumptions S") or its words after the sentence's end ("... session. Strength");
    (the kind, where its cell starts)."""
    last = re.search(r"\s([^\W\d_]{1,4})$", key)
    if last and last.start() >= start and last.group(1) in abbreviations:
        return abbreviations[last.group(1)], last.start()
    ended = max(key.rfind(mark) for mark in TERMINAL)
    tail = key[ended + 1 :]
    words = table_type(tail.strip(), anywhere=False) if ended >= start and tail.strip() else None
    if words and words[1].end() == len(tail.strip()):
        return words[0], ended + 1
    return None
