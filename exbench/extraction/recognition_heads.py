"""Awards named after their head noun, as Persian writes them ("جایزه ملی مدیریت سبز", "لوح سپاس جشنواره
ملی بهره‌وری", "نشان ملی کیفیت", "گواهینامه اعتباربخشی بین‌المللی JCI"): the head noun (`award_heads`
in the `recognitions` lexicon), then its name up to a word that ends a noun phrase (`award_name_stops`: an
object marker, a preposition, a verb) or a mark of punctuation, or a quoted name right after the head.

No vocabulary can list every such award, so the phrase itself is what was received (scheme other); the
rules of `recognitions` decide whether the sentence says it was received, by whom and when. A phrase that
names a scheme's body ("جایزه ملی تعالی سازمانی") is the programme, whose levels the vocabularies know, and
one after a preposition ("در جایزه ...", "از جایزه ...") is where or from whom something came.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import compiled, load

__all__ = ["named_after_head"]

_QUOTED = re.compile(r"\s*«([^»]{2,80})»")
_PUNCTUATION = re.compile(r"[،؛.:!؟,;()«»\"“”\[\]–—-]")


@cache
def _words() -> dict:
    return load("recognitions")


def named_after_head(
    text: str, folded: str, language: str, taken: list[tuple[int, int]], bodies: list[tuple[str, int]]
) -> list[tuple[int, int, bool]]:
    """(start, end, referential) of each award phrase a head noun opens, its name after it, outside the spans
    `taken` (levels and star levels the vocabularies read) and naming no scheme's body (positions `bodies`);
    referential when the name only points to the programme the text speaks of ("تندیس جشنواره")."""
    heads = _words()["award_heads"].get(language)
    if not heads:
        return []
    stops = set(_words()["award_name_stops"].get(language, []))
    before = _words()["award_head_not_after"].get(language, [])
    references = set(_words()["award_name_references"].get(language, []))
    found = []
    for match in compiled(heads).finditer(folded):
        if any(compiled(p).search(folded[max(0, match.start() - 12) : match.start()]) for p in before):
            continue
        end = _name_end(folded, match.end(), stops)
        if end is None:
            continue
        span = (match.start(), end)
        if any(span[0] < e and s < span[1] for s, e in taken) or any(span[0] <= p < span[1] for _, p in bodies):
            continue
        # "تندیس بلورین جایزه ملی": the award after a level (its ezafe) is the programme that gave it;
        # "گواهینامه سیستم مدیریت ایمنی و بهداشت شغلی ISO 45001": a level after it in the phrase is what it names
        if any(_joined(folded, e, span[0]) or _joined(folded, span[1], s) for s, e in taken):
            continue
        found.append((*span, set(folded[match.end() : end].split()) <= references))
    return found


def _joined(folded: str, end: int, start: int) -> bool:
    """Whether only words of one noun phrase (no mark of punctuation, no object marker) lie between end and start."""
    gap = folded[end:start] if 0 <= start - end <= 60 else None
    return gap is not None and not _PUNCTUATION.search(gap) and " را " not in f" {gap} "


def _name_end(folded: str, position: int, stops: set[str]) -> int | None:
    """Where the name after a head noun ends: a quoted name whole, else the words up to a stop, a mark of
    punctuation, a digit or the sixth word; None when no word names it."""
    quoted = _QUOTED.match(folded, position)
    if quoted:
        return quoted.end()
    end, count = position, 0
    for word in re.finditer(r"\s+(\S+)", folded[position:]):
        token = word.group(1)
        mark = _PUNCTUATION.search(token)
        clean = token[: mark.start()] if mark else token
        if not clean or clean in stops or any(c.isdigit() for c in clean) or count >= 6:
            break
        end, count = position + word.start(1) + len(clean), count + 1
        if mark:
            break
    return end if count else None
