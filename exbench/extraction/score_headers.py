"""Score-table headers and the cells of score profiles: what a header's columns are, in its order.

A score table is found by its header ("Kriter | Azami Puan | Alınan Puan",
"Criterion | Points available | Points awarded | %", "معیار | حداکثر امتیاز |
امتیاز کسب شده"): the header words of each column are lexicon data (reports:
score_columns), and the order of the columns is read from the header, never assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exbench.extraction.lexicons import compiled, fold
from exbench.extraction.report_lexicon import lexicon
from exbench.extraction.score_cycle_columns import YEAR, cycle_columns, cycle_names
from exbench.extraction.score_header_cells import one_cell, qualifiers_dropped
from exbench.language import to_ascii_digits

__all__ = [
    "YEAR",
    "ScoreRow",
    "header_columns",
    "header_readings",
    "is_score_header",
    "key",
    "lexicon",
    "number_apart",
    "value",
    "weight_shares",
]

# Header roles in the order they claim words: a band ("Percent range", "Puan Bandı") before
# the percent and points words inside it; `obtained` ("Alınan Puan", "امتیاز کسب شده") before
# the plain points words; `sub` (a sub-criterion's column, "1", "x.1") may repeat; `row_number`
# ("No", "ردیف") is the criterion cell's running number, no column; `compare` ("Sector average", "Önceki
# yıl puanı", "میانگین بخش") holds others' or another year's points beside the organization's, no score of its.
_ROLES = tuple("band percent max obtained points other compare element sub row_number criterion points_word".split())
# "امتیاز | معیار ارزیابی": the criterion's words may claim first ("امتیاز معیار" is also a column's words).
_NAME_FIRST = ("criterion", *(role for role in _ROLES if role != "criterion"))
# "Maximum Points | Points achieved": the points' words may claim before the maximum's.
_POINTS_FIRST = ("band", "percent", "obtained", "points", "max", *_ROLES[5:])


@dataclass(frozen=True)
class ScoreRow:
    """One score read: criterion (None for the total), points, the scale if stated, where."""

    criterion: str | None
    points: float
    max_points: float | None
    start: int  # offsets into the key the row was read from
    end: int
    ordinal: bool = False  # a table row named, not numbered
    share: bool = False  # `points` is the percent of the criterion's weight the row gives (weight_shares)


def key(text: str) -> str:
    """The form patterns are matched on: folded, ASCII digits, Persian decimal sign as a comma."""
    return to_ascii_digits(fold(text)).replace("٫", ",")


def value(cell: str) -> float:
    """A number cell's value: "1.000" and "۱٬۰۰۰" are a thousand, "63,5" and "۳۳٫۸" fractions, a percent sign dropped."""
    cell = cell.strip(" %٪")
    if cell[:1] in ("–", "−"):  # a change printed with a dash for its minus sign
        cell = "-" + cell[1:]
    if re.fullmatch(r"\d{1,2}[.,٬]\d{3}", cell):  # "1.000" / "1,000" / "۱٬۰۰۰": thousands
        return float(cell[:-4] + cell[-3:])
    return float(cell.replace(",", ".").replace("٫", "."))


def header_columns(line_key: str) -> list[str] | None:
    """The columns of a score-table header in their order, or None when the line is no such header.

    A header names the criterion column and the points column (a maximum and a
    percent column may stand beside them) and says little else.
    """
    readings = header_readings(line_key)
    return readings[0] if readings else None


def header_readings(line_key: str) -> list[list[str]]:
    """Every reading of a score-table header, the likeliest first: the one that leaves fewest of the header's
    words unread, then the widest ("Score % | Points": a percent column, then the points; "Max Score |
    Percent": a maximum, points and a percent). "Score %" may be a percent column beside a points column or
    one percent column, "Maksimum Puan" one column or two: the rows tell them apart (score_cells)."""
    if len(line_key) > 120:
        return []
    readings = [r for bare in (False, True) for r in _read(_percent_points(line_key, bare))]
    found: list[list[str]] = []
    for columns, _ in sorted(readings, key=lambda r: (r[1], -len(r[0]))) + _scale_apart(line_key):
        if columns not in found:
            found.append(columns)  # the maximum's words read apart last: the rows may choose it (score_tables)
    return found


def _read(line_key: str) -> list[tuple[list[str], int]]:
    """The readings of a header, each with how many letters of it no column's words claimed: the maximum's
    words claiming first, the points' words ("Maximum Points | Points achieved": "maximum points" took the
    words "points achieved" began with; "Maximum Score"), or the criterion's ("امتیاز | معیار ارزیابی")."""
    found = []
    orders = (_claimed(line_key, _ROLES), _claimed(line_key, _POINTS_FIRST, masked=True), _claimed(line_key, _NAME_FIRST))
    for taken in orders:
        columns = _columns(line_key, taken)
        unread = [char.isalpha() for char in line_key]
        for start, end, _ in taken:
            unread[start:end] = [False] * (end - start)
        if columns is not None:
            found.append((columns, sum(unread)))
    return found


def _scale_apart(line_key: str) -> list[tuple[list[str], int]]:
    """A header where a maximum's words end in a bare points word ("Criterion | Maximum | Points", "معیار |
    حداکثر | امتیاز | درصد"): that word may be the points column's own, the maximum's column the word before
    it; the rows say whether each has two numbers."""
    words = lexicon()["score_columns"]
    tail = compiled(r"\s+(?:" + words["points_word"] + r")$")
    scale = compiled(r"(?:" + words["max"] + r")")
    taken = _claimed(line_key, _ROLES)
    if any(role == "points" for _, _, role in taken):
        return []
    apart = []
    for start, end, role in taken:
        word = tail.search(line_key, start, end) if role == "max" else None
        if word and scale.fullmatch(line_key, start, word.start()):
            apart += [
                (start, word.start(), "max"),
                (word.start() + len(word.group(0)) - len(word.group(0).lstrip()), end, "points"),
            ]
        else:
            apart.append((start, end, role))
    columns = _columns(line_key, apart) if apart != taken else None
    return [(columns, 0)] if columns else []


def _percent_points(line_key: str, bare: bool = False) -> str:
    """A points column whose unit in brackets is a percent ("Score (%)", "Puan (%)"), or where `bare` one
    the percent sign follows ("Score %"), is a percent column: its words are read as "%" (padded, so the
    offsets stay), and the points are another column's."""
    words = lexicon()["score_columns"]
    points = compiled(r"(?:" + words["points"] + "|" + words["points_word"] + r")")

    def percent(match: re.Match[str]) -> str:
        return "%".ljust(len(match.group(0))) if points.fullmatch(match.group(1)) else match.group(0)

    unit = r"(?:[(\[]\s*[%٪]\s*[)\]]|[%٪](?![\w%٪]))" if bare else r"[(\[]\s*[%٪]\s*[)\]]"
    return re.sub(r"(?<!\w)([^\W\d_]+)\s*" + unit, percent, line_key)


def _claimed(line_key: str, roles: tuple[str, ...], masked: bool = False) -> list[tuple[int, int, str]]:
    """The header's words each role claims, in the order the roles claim them, as (start, end, role); where
    `masked`, a role matches only the words no role before it took ("maximum" of "maximum score")."""
    taken = cycle_columns(line_key)
    text = line_key
    if masked:
        for start, end, _ in taken:
            text = text[:start] + "\x00" * (end - start) + text[end:]
    bare_word = compiled(r"(?:" + lexicon()["score_columns"]["points_word"] + r")")
    for role in roles:
        pattern = compiled(r"(?<![\w.])(?:" + lexicon()["score_columns"][role] + r")(?![\w%٪]|\.\d)")
        for match in _matches(pattern, text, taken):
            if match.end() > match.start():
                if role in ("points", "points_word"):
                    roles_taken = {r for _, _, r in taken}
                    bare = role == "points_word" or bare_word.fullmatch(match.group(0))
                    if (
                        bare
                        and re.search(r"\w\s*[(\[]\s*$", text[: match.start()])
                        and re.match(r"\s*[)\]]", text[match.end() :])
                    ):
                        continue  # "Ağırlık (puan)", "Weight (points)": the unit of the column before, no column
                    if "points" in roles_taken or "obtained" in roles_taken and bare:
                        continue  # "Azami Alınan / Puan Puan": the second half of wrapped cells
                taken.append((match.start(), match.end(), "points" if role == "points_word" else role))
        if masked:
            for start, end, _ in taken:
                text = text[:start] + "\x00" * (end - start) + text[end:]  # no space: "از" at the end stays inside
    return taken


def _matches(pattern: re.Pattern[str], text: str, taken: list[tuple[int, int, str]]) -> list[re.Match[str]]:
    """A role's matches on words no role took, each tried again one character on where a longer match ran into
    taken words ("Criterion | Score": "criterion score" overlaps the criterion's word; "score" alone is free)."""
    found, at = [], 0
    while (match := pattern.search(text, at)) is not None:
        if any(s < match.end() and match.start() < e for s, e, _ in taken):
            at = match.start() + 1
            continue
        found.append(match)
        at = max(match.end(), match.start() + 1)
    return found


def _columns(line_key: str, taken: list[tuple[int, int, str]]) -> list[str] | None:
    """The columns the claimed words make, or None when they make no score-table header."""
    subs = [(s, e) for s, e, r in taken if r == "sub"]
    if len(subs) == 1:  # one number in a header is no matrix of sub-criteria
        return None
    rest = line_key
    for start, end in subs + [(s, e) for s, e, r in taken if r in ("points", "compare")]:  # and cycles' years
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if re.search(r"\d", rest):
        return None
    taken = qualifiers_dropped(line_key, one_cell(line_key, taken))
    numbers = [s for s, _, r in taken if r == "row_number"]
    if sum(r == "criterion" for _, _, r in taken) > 1:  # "Kriter No | Kriter": the first is the row's number
        taken = [
            t
            for t in taken
            if t[2] != "criterion" or not any(s >= t[1] and re.fullmatch(r"\s*", line_key[t[1] : s]) for s in numbers)
        ]
    taken = [t for t in taken if t[2] != "row_number"]
    taken.sort()
    named = cycle_names(line_key, taken)
    for index in range(len(taken) - 1, 0, -1):
        start, end, _ = taken[index]
        if re.fullmatch(r"\s*[(\[]\s*", line_key[taken[index - 1][1] : start]) and re.match(r"\s*[)\]]", line_key[end:]):
            if re.fullmatch(r"[%٪]", line_key[start:end]):
                del taken[index]  # "Ağırlık (%)": a unit in brackets is the column's unit, no column of its own
            else:
                del taken[index - 1]  # "Weight (points available)": the words in brackets say what the column holds
    roles = [role for _, _, role in taken]
    if "obtained" in roles:
        if roles.count("points") == 1 and "max" not in roles:
            roles = ["max" if role == "points" else role for role in roles]  # "امتیاز معیار | امتیاز کسب شده": the weight
        roles = ["points" if role == "obtained" else role for role in roles]
    single = [role for role in roles if role not in ("sub", "element", "compare")]  # columns that may repeat
    share = ("percent" in roles or "band" in roles) and (
        "max" in roles or "other" in roles
    )  # "Kriter | Tam Puan | Oran": shares of a scale
    share = share or weight_shares(line_key, roles)
    if roles.count("points") != (1 if "points" in roles or not share else 0) or len(set(single)) != len(single):
        return None  # two columns of one kind, or neither points nor shares of a scale: unreadable
    if "criterion" not in roles and len(roles) < 2:  # an empty first header cell: the maximum or percent must be named
        return None
    rest = line_key
    for start, end, _ in sorted(taken + named, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    number = compiled(r"(?<![\w.])(?:" + lexicon()["score_columns"]["row_number"] + r")(?!\w)")
    if len(re.findall(r"\w+", number.sub(" ", rest))) > 2:  # a sentence that names the words, not a header
        return None
    return roles


def weight_shares(line_key: str, roles: list[str]) -> bool:
    """A header of criteria and shares of their weights, no weight column ("Criterion | % of weight")."""
    scale = {"points", "max", "other", "band"} & set(roles)
    return roles.count("percent") == 1 and not scale and bool(compiled(lexicon()["score_weight_share"]).search(line_key))


def number_apart(header: str) -> bool:
    """Whether a header's first cell is the rows' running number standing apart from the criterion cell
    ("No | Score | Maximum | Criterion"): each row then opens with its criterion's number."""
    words = lexicon()["score_columns"]
    number = compiled(r"^\s*(?:" + words["row_number"] + r")(?![\w%٪])")
    first = number.match(header)
    criterion = compiled(r"\s*(?:" + words["criterion"] + r")(?![\w%٪])")
    return bool(first and not criterion.match(header, first.end()))


def is_score_header(text: str) -> bool:
    """Whether a line is the header of a score table."""
    return header_columns(key(text)) is not None
