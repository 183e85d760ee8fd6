"""A scoring profile written as prose, criteria by name ("Purpose, Vision & Strategy 62; Engaging Stakeholders
55; ...", "Leadership 46/120", "رهبری: ۴۶ از ۱۰۰"), and the criterion a named row's text names: by the
model's own names for its criteria (lexicon reports: criterion_names), the report's framework first, each
score within its criterion's maximum, none believed below three criteria named.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.score_headers import ScoreRow, lexicon, value
from exbench.extraction.score_seed import criterion_maximum
from exbench.extraction.score_statements import scaled_readings

__all__ = ["criteria_by_name", "named_scores"]


# A scoring profile in prose is believed from this many criteria named with their points.
_LEAST_NAMED = 3
# A criterion's name stands at most this far before the score with its scale that is its, and the words
# between are at most this long ("Liderlik kriterinde 100 puan üzerinden 46").
_NAME_REACH = 120
_NAME_GAP = 30


def named_scores(text_key: str, framework: str | None) -> list[ScoreRow]:
    """A scoring profile written as prose, criteria by name ("Purpose, Vision & Strategy 62;
    Engaging Stakeholders 55; ...", or with their scales: "Leadership 46/120; ..."): the framework whose
    names give the most such scores (the report's own first), each within its criterion's maximum; none
    below three."""
    names = lexicon()["criterion_names"]
    best: list[ScoreRow] = []
    readings = scaled_readings(text_key)
    for candidate in ([framework] if framework in names else []) + [f for f in names if f != framework]:
        rows: dict[str, ScoreRow] = {}
        for code, patterns in names[candidate].items():
            pattern = lexicon()["criterion_name_score"].replace("{name}", "(?:" + "|".join(patterns) + ")")
            for match in compiled(pattern).finditer(text_key):
                maximum = criterion_maximum(candidate, code)
                points = value(match.group("points"))
                if maximum is None or points > maximum or code in rows:
                    continue
                rows[code] = ScoreRow(code, points, maximum, match.start(), match.end())
        for code, row in _named_scales(text_key, candidate, readings).items():
            rows.setdefault(code, row)
        if len(rows) >= _LEAST_NAMED and len(rows) > len(best):
            best = sorted(rows.values(), key=lambda row: row.start)
    return best


def _named_scales(text_key: str, framework: str, readings: list[tuple[re.Match[str], float, float]]) -> dict[str, ScoreRow]:
    """Scores with their scale each after a criterion's name ("Leadership 46/120", "رهبری: ۴۶ از ۱۰۰",
    "Liderlik kriterinde 100 puan üzerinden 46"): the criterion whose name ends nearest before the score,
    with no number nor clause break between, where the scale is that criterion's maximum in the framework;
    of two names ending there, the longer ("نتایج کارکنان", not "کارکنان" in it)."""
    names = lexicon()["criterion_names"][framework]
    rows: dict[str, ScoreRow] = {}
    for match, points, maximum in readings:
        nearest: tuple[str, int, int] | None = None
        for code, patterns in names.items():
            name = compiled(r"(?<![\w&])(?:" + "|".join(patterns) + r")(?!\w)")
            for found in name.finditer(text_key, max(0, match.start() - _NAME_REACH), match.start()):
                gap = text_key[found.end() : match.start()]
                if len(gap) <= _NAME_GAP and not re.search(r"[\d.,;!?؟،؛\n]", gap):
                    place = (code, found.end(), -found.start())
                    nearest = place if nearest is None or place[1:] > nearest[1:] else nearest
        if nearest and criterion_maximum(framework, nearest[0]) == maximum and points <= maximum:
            rows.setdefault(nearest[0], ScoreRow(nearest[0], points, maximum, match.start(), match.end()))
    return rows


def criteria_by_name(texts: list[str], framework: str | None) -> list[str | None]:
    """The criterion each named row's text names ("Engaging Stakeholders 40% 40"), by the model's own
    names (the report's framework first): one code a row, none for a row naming none or two; all
    None unless three rows or more are named, each by another criterion."""
    names = lexicon()["criterion_names"]
    for candidate in ([framework] if framework in names else []) + [f for f in names if f != framework]:
        codes: list[str | None] = []
        for text in texts:
            found = {
                code
                for code, patterns in names[candidate].items()
                if compiled(r"(?<![\w&])(?:" + "|".join(patterns) + r")(?!\w)").search(text)
            }
            codes.append(found.pop() if len(found) == 1 else None)
        named = [code for code in codes if code]
        if len(named) >= _LEAST_NAMED and len(set(named)) == len(named):
            return codes
    return [None] * len(texts)
