"""A level named again by its kind noun: "the label", "etiketi", "این تندیس".

News names an award once in full and then goes on about it by its noun ("ELoGE … Türkiye'den 5 belediyeye
verildi. … etiket almaya hak kazanan belediyeler A, B ve C belediyeleri oldu."). A sentence that names no
level of its own but such a reference (`level_references` in the `recognitions` lexicon: the words that
point back, and the noun's stem) speaks of the last level named a few sentences before on the page whose
own name holds that noun ("Avrupa Etiketi (ELoGE)" for "etiket", "European Label …" for "the label"); a grade
("took Silver") points back to the award named before and is the level itself. The
reference then stands where the level would; whether it was received, by whom and when is decided as for
any mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from exbench.extraction.lexicons import compiled, fold
from exbench.extraction.recognition_mentions import Mention, lexicon, mentions_in, with_schemes
from exbench.extraction.sentence_view import SentenceView

__all__ = ["referenced_levels"]

_LOOK_BACK = 6  # sentences before on the page a reference may point to
_NAME_BEFORE = 24  # characters before a level that may spell out its name


def referenced_levels(view: SentenceView, before: Sequence[SentenceView], document_scheme: str | None) -> list[Mention]:
    """The levels a sentence with none of its own points back to, placed at the words that point."""
    entries = lexicon()["level_references"].get(view.language or "", [])
    found: list[Mention] = []
    for entry in entries:
        for match in compiled(entry["pattern"]).finditer(view.folded):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            page = [v for v in before if v.page == view.page]
            # a list of names between the level and its reference ("received it as well:" | names | "X also
            # received the label in 2022") pushes it further back: then the last the page named before does
            named = _last_named(fold(entry["stem"]), page[-_LOOK_BACK:], document_scheme) or _last_named(
                fold(entry["stem"]), page[:-_LOOK_BACK], document_scheme
            )
            if named is not None:
                # "Pennine, which took Silver in 2022": a grade of the award named before is its own level
                grade = match.groupdict().get("grade")
                level = view.text[match.start("grade") : match.end("grade")] if grade else named.level
                found.append(replace(named, start=match.start(), end=match.end(), level=level))
    return sorted(found, key=lambda m: m.start)


def _last_named(stem: str, before: Sequence[SentenceView], document_scheme: str | None) -> Mention | None:
    """The last level named in `before` whose name holds the stem, or the words just before it ("Avrupa Etiketi
    (ELoGE)": the label spelt out before its acronym); an ISO standard never does."""
    for earlier in reversed(before):
        mentions, bodies = mentions_in(earlier)
        for mention in reversed(with_schemes(mentions, bodies, document_scheme)):
            named = earlier.folded[max(0, mention.start - _NAME_BEFORE) : mention.end]
            if mention.scheme != "iso" and (stem in fold(mention.level or "") or stem in named):
                return mention
    return None
