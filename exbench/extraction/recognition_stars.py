"""Star levels as a sentence names them: in words or digits with the language's star noun ("5 Star", "iki ve üç
yıldız", "دو و سه ستاره", a coordinated series read in order), or drawn as star signs ("★★★★★") as winners
pages, bulletins and posts print them. Which scheme and award a level belongs to is decided in
`recognition_mentions`."""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import Recognition
from exbench.language import digit_value

__all__ = ["ends_in_stars", "star_levels", "star_value", "without_unstarred_twins"]

_STAR_SIGNS = re.compile(r"(?<![★✪⭐])([★✪⭐]{1,7})(?![★✪⭐])")


@cache
def _lexicon() -> dict:
    return load("recognitions")


def star_value(token: str) -> int | None:
    """A star level's number, written in digits or as a word ("5", "five", "پنج")."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    return _lexicon()["star_words"].get(token) or digit_value(token)


def star_levels(text: str, folded: str) -> list[tuple[re.Match[str], tuple[int, ...], tuple[str, ...]]]:
    """Each star level of a sentence as (match, its numbers in order, the level's name for each)."""
    levels = []
    # "از یک تا چهار ستاره", "1 ila 5 yıldız": a range names the scale the levels run over, no level received
    ranges = [m.span() for p in _lexicon().get("star_ranges", []) for m in compiled(p).finditer(folded)]
    for match in compiled(_lexicon()["stars"]).finditer(folded):
        if any(start <= match.start() < end for start, end in ranges):
            continue
        tokens = [t for t in compiled(_lexicon()["star_number"]).findall(match.group(1)) if star_value(t)]
        if tokens:
            noun = re.split(r"[\s\u200c]+", text[match.start() : match.end()])[-1]
            levels.append((match, tuple(star_value(t) for t in tokens), tuple(f"{t} {noun}" for t in tokens)))
    for match in _STAR_SIGNS.finditer(folded):
        if not any(match.start() < m.end() and m.start() < match.end() for m, *_ in levels):
            levels.append((match, (len(match.group(1)),), (match.group(1),)))
    return sorted(levels, key=lambda level: level[0].start())


def ends_in_stars(folded: str) -> bool:
    """Whether a text ends in a star level ("... 5 Yıldız", "... ★★★★★"): an award noun after it is the level's."""
    return bool(re.search(rf"(?:{compiled(_lexicon()['stars']).pattern}|{_STAR_SIGNS.pattern})\s*$", folded))


def _starred_elsewhere(recognition: Recognition, recognitions: list[Recognition]) -> bool:
    """Whether a level read without its stars ("... achieves Recognised by EFQM", a headline cut before "5 Star")
    is read with them elsewhere for the same holder and year: the starred reading says it."""
    level = fold(recognition.level or "")
    return (
        recognition.stars is None
        and bool(level)
        and any(
            other.stars is not None
            and (other.organization, other.scheme, other.year) == (recognition.organization, recognition.scheme, recognition.year)
            and fold(other.level or "").startswith(level)
            for other in recognitions
        )
    )


def without_unstarred_twins(recognitions: list[Recognition]) -> list[Recognition]:
    """The recognitions less each level read without its stars where the same level is read with them."""
    return [r for r in recognitions if not _starred_elsewhere(r, recognitions)]
