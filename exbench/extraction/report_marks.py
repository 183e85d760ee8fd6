"""The report's key: the marks it gives the finding kinds ("+ strength, – area for improvement",
"علامت + نشانه نقطه قوت", "“G” ile başlayanlar güçlü alanları"), the kind a line's opening mark stands for,
and a findings row whose criterion's cell the printer ran into its first marked finding.

A dash is a bullet unless the report's key pairs it with a kind; the words are lexicon data
(reports: legend_mark, finding_mark, table_types).
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_criteria import criterion_named
from exbench.extraction.report_lexicon import lexicon

__all__ = ["after_mark", "cell_mark", "key_letters", "legend", "legend_lines", "legend_marks", "mark_type", "named_mark"]

# An item's title before a colon has at most this many words ("Governance and Societal Contributions:").
_TITLE_WORDS = 10
# A key line that gives one mark alone has at most this many words ("Comments marked “+” are strengths.").
_KEY_WORDS = 8
# A finding after its criterion's cell on one line says something: at least this many words (a dash before
# a score, "1. Leadership – 62", is none).
_NAMED_WORDS = 3
# A criterion's name after its number and a dash has at most this many words; a finding says more.
_HEADING_WORDS = 6
_RUNNING = re.compile(r"(\d{1,2})\s?[.)]\s+")
# A kind's letters in brackets open at least this many findings before the letters are the report's marks.
_LEAST_OPENED = 2


def _canonical(mark: str) -> str:
    """A run of pluses is one mark, a dash of any length or doubled (-, –, —, −, "– –") another; a letter
    code ("G", "ق") is itself."""
    if re.fullmatch(r"\++", mark):
        return "+"
    return "-" if re.fullmatch(r"[−–—\-](?:\s?[−–—\-])*", mark) else mark


def legend_marks(keys: list[str]) -> dict[str, str]:
    """The marks a report's key gives the finding kinds ("Key: + strength, – area for improvement",
    "علامت + نشانه نقطه قوت و علامت − زمینه قابل بهبود", "“G” ile başlayanlar güçlü alanları"): the
    first line pairing two marks with two different kinds; none without such a line (a dash is a bullet otherwise)."""
    return legend_lines(keys)[0]


def legend_lines(keys: list[str]) -> tuple[dict[str, str], range]:
    """The report's key and the lines it takes (it may wrap over up to three lines, one opening with a mark)."""
    for pattern in ("legend_mark", "legend_code"):  # marks first: "– opportunity for improvement (OFI)" defines no mark
        for count in (1, 2, 3):
            for index in range(len(keys) - count + 1):
                found = _legend(" ".join(keys[index : index + count]), pattern)
                if found:
                    return found, range(index, index + count)
    for index, key in enumerate(keys):  # "Comments marked “+” are strengths.": one mark, the other kind labelled
        numbered = re.match(r"\d", key)  # "1.1 – Güçlü yön": an item's number and its kind, a term of a list
        found = _legend(key, "legend_mark", least=1) if len(key.split()) <= _KEY_WORDS and not numbered else {}
        if found:
            return found, range(index, index + 1)
    return _abbreviated(keys), range(0)


def _abbreviated(keys: list[str]) -> dict[str, str]:
    """Where no key gives marks: kinds' letters the language abbreviates (`kind_abbreviations`) in brackets or after
    a sub-criterion's code opening findings of two kinds, each at least twice ("1. (S) ...", "2. (OFI) ...",
    "1.3 S: ...", "2.4 AFI: ..."); an enumeration ("(a)", "(s)") uses each letter once. A sign in brackets is
    its kind's in any language (`kind_signs`: "[2.3] (+) ...", "(−) ..."); a bare dash is a bullet."""
    known, seen = lexicon()["kind_abbreviations"], {}
    for key in keys:
        match = compiled(lexicon()["finding_mark"]).match(key)
        bracketed = re.match(r"(?:\d{1,3}[.)]?\s+)?[\[(]", key)
        mark = match.group("mark") if match and (bracketed or match.group("pcode")) else None
        sign = _canonical(mark) if mark and re.search(r"[(\[] ?" + re.escape(mark) + r" ?[)\]]", key[: match.end()]) else None
        if sign in lexicon()["kind_signs"]:
            known, mark = {**known, sign: lexicon()["kind_signs"][sign]}, sign
        if mark in known:
            seen[mark] = seen.get(mark, 0) + 1
    marks = {mark: known[mark] for mark, count in seen.items() if count >= _LEAST_OPENED}
    return marks if len(set(marks.values())) >= 2 else {}


def key_letters(keys: list[str]) -> dict[str, str]:
    """The letters a report's key sets equal to two kinds ("( ق = نقطه قوت، ب = زمینه بهبود)", "S = strength,
    AFI = area for improvement"): a findings table's kind cell, where no mark of the key says it."""
    for key in keys:
        found = _legend(key, "key_letter")
        if found:
            return found
    return {}


def _kinds(part: str) -> list[tuple[int, int, str]]:
    """Every finding-kind word of a line, as (start, end, kind)."""
    found = []
    for finding_type, pattern in lexicon()["table_types"].items():
        regex = compiled(r"(?<!\w)(?:" + pattern + r")(?!\w)")
        found += [(m.start(), m.end(), finding_type) for m in regex.finditer(part)]
    return sorted(found)


def _paired(marks: list[re.Match[str]], kinds: list[tuple[int, int, str]], after: bool) -> list[tuple[str, str, int]]:
    """Each mark with the nearest kind after it (or before it), as (mark, kind, distance)."""
    pairs = []
    for mark in marks:
        if after:
            kind = next(((k[2], k[0] - mark.end()) for k in kinds if k[0] >= mark.end()), None)
        else:
            kind = next(((k[2], mark.start() - k[1]) for k in reversed(kinds) if k[1] <= mark.start()), None)
        if kind and kind[1] <= 60:
            pairs.append((_canonical(mark.group("mark")), *kind))
    return pairs


def legend(key: str) -> dict[str, str]:
    """The marks one line of a report's key gives the finding kinds, when it pairs two with two. In each
    clause the kinds stand all after their marks ("+ a strength") or all before them ("positive findings
    with the mark «+»"): the reading that gives more marks different kinds, the nearer on a tie."""
    found = _legend(key, "legend_mark")
    return found or _legend(key, "legend_code")  # else letters it defines: "güçlü yön (G)", "ق = نقطه قوت"


def _legend(key: str, marks_pattern: str, least: int = 2) -> dict[str, str]:
    """The marks of one kind of pattern a line of a report's key pairs with two kinds (`least`: with one, on
    a short line that is the key alone)."""
    found: dict[str, str] = {}
    for part in re.split(r"[.;؛](?:\s|$)", key):
        marks = list(compiled(lexicon()[marks_pattern]).finditer(part))
        kinds = _kinds(part)
        readings = [_paired(marks, kinds, after) for after in (True, False)]
        best = max(readings, key=lambda pairs: (len({k for _, k, _ in pairs}), len(pairs), -sum(d for *_, d in pairs)))
        for mark, kind, _distance in best:
            found.setdefault(mark, kind)
    return found if len(found) >= least and len(set(found.values())) >= least else {}


def mark_type(key: str, marks: dict[str, str]) -> tuple[str, int] | None:
    """The kind a line's opening mark stands for in this report, and where its text starts (after a
    running number of the mark, "G1.", "ق-۱)", and a running number of the table before it). A mark
    another follows stands for an empty cell beside the finding ("— + ..."): the finding is of the second."""
    match = compiled(lexicon()["finding_mark"]).match(key)
    mark = match and _canonical(match.group("mark") or match.group("code"))
    if mark == "-" and match.group("wcode") and len(key[match.end() :].split()) <= _HEADING_WORDS:
        return None  # "Criterion 1 – Leadership": a criterion's heading, its name after a dash
    if mark and mark in marks:
        rest = key[match.end() :]
        second = mark_type(rest.lstrip(), marks) if rest.strip() else None
        if second:  # "— + ...": the dash of an empty cell beside the finding
            return second[0], match.end() + len(rest) - len(rest.lstrip()) + second[1]
        return marks[mark], match.end()
    return None


def cell_mark(words: str, marks: dict[str, str]) -> tuple[str, int] | None:
    """The kind a findings-table row's kind cell stands for, at the start of the row's words after its codes: a
    mark of the report's key, or a letter code the key defines in brackets standing alone as the cell
    ("نقاط قوت (ق) ..." / "۱ ۱-۱ ق ..."), which no line may open with outside a table's row; the cell's text
    may start on the next line."""
    marked = mark_type(words, marks)
    if marked:
        return marked
    letter = re.match(r"([^\W\d_]{1,3})(?:\s+(?=\S)|\s*$)", words)  # the text may wrap onto the next line
    if letter and marks.get(letter.group(1)):
        return marks[letter.group(1)], letter.end()
    return None


def named_mark(key: str, marks: dict[str, str], framework: str | None) -> tuple[str, int] | None:
    """A findings row whose criterion cell and first marked finding a printer ran into one line ("1. Purpose,
    Vision & Strategy + The Police ...", "5. Driving Performance & Transformation — + A ..."): the criterion
    the cell names by the model's name (after its running number, which must agree), and where the mark of
    the report's key starts; None unless the key gives marks."""
    if not marks:
        return None
    own = _RUNNING.match(key)
    start = own.end() if own else 0
    for gap in re.finditer(r"\s+(?=\S)", key[start:]):
        at = start + gap.end()
        marked = mark_type(key[at:], marks)
        if marked is None or len(re.findall(r"[^\W\d_]{2,}", key[at + marked[1] :])) < _NAMED_WORDS:
            continue
        named = criterion_named(key[start : start + gap.start()], framework)
        if named and named[1] >= gap.start() and (own is None or own.group(1) == named[0]):
            return named[0], at
    return None


def after_mark(key: str, text: str, offset: int) -> tuple[int, str | None]:
    """Where a marked finding's text starts and the criterion its sub-criterion code names: past the code
    ("GY-3 3b ...") and the item's title written in capitals after it ("+ 1.2 Governance and Societal
    Contributions: The Board ..."), which names the item and is no part of the finding."""
    sub = compiled(lexicon()["finding_subcode"]).match(key, offset)
    if not sub:
        return offset, None
    title = compiled(lexicon()["item_title"]).match(key, sub.end())
    words = text[sub.end() : title.end()].split() if title else []
    capitals = all(word[0].isupper() for word in words if len(word) > 3 and word[0].isalpha())
    return (title.end() if title and capitals and len(words) <= _TITLE_WORDS else sub.end()), sub.group("num")
