"""Whose award a quote tells in the first person: the organization of the one who speaks it.

"Sarıkavak Belediye Başkanı … şunları söyledi: “Geçen yıl 5 yıldız almıştık …”", "“2019’da 2 yıldızla
başladığımız yolculukta 2021’de 3 yıldıza … ulaştık.” — Nuri Aksoy, Sarıkavak Belediye Başkanı": a level that
quoted speech says "we" received belongs to the organization the speaker is introduced with, before the quote
opens (in the sentence) or in the attribution right after it closes (in this sentence or the next). The
speaker's organization is one the finder names there, or one the document names in full that a title
(`speaker_titles` in the `recognitions` lexicon: "X Belediye Başkanı", "شهردار X", "X's chief executive")
points to by the name it gives. With no speaker found the level stays unowned, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["speaker_owner"]

_CLOSING = '”»"'
_ATTRIBUTION_CHARS = 120  # how far after a closing quote the speaker's attribution is looked for
_LATER_SENTENCES = 2  # a quote left open closes in the next sentence, its attribution at the latest in the one after


def _titled(text: str, language: str, names: tuple[str, ...]) -> str | None:
    """The organization of the document (`names`, in full) a speaker's title in `text` points to: the last
    title whose name (the most of its words in a row) a full name holds together with the title's head."""
    found: tuple[int, str] | None = None
    for entry in lexicon().get("speaker_titles", {}).get(language, []):
        for match in compiled(entry["pattern"]).finditer(fold(text)):
            words = [w.strip(",;:()") for w in match.group("name").split()]
            spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)), key=lambda s: s[0] - s[1])
            for i, j in spans:
                name = " ".join(words[i:j])
                held = [
                    full
                    for full in names
                    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", fold(full)) and compiled(entry["head"]).search(fold(full))
                ]
                if name and len(held) == 1:  # a name two organizations hold points to neither
                    if found is None or match.start() >= found[0]:
                        found = (match.start(), held[0])
                    break
    return found[1] if found else None


def _named(view: SentenceView, start: int, end: int) -> list[str]:
    return [m.canonical for m in view.organizations if m.canonical and not m.self_reference and start <= m.start and m.end <= end]


_DASH = re.compile(r"\s*[—–-]\s")  # "— Nuri Aksoy, Sarıkavak Belediye Başkanı": an attribution on its own


def _attribution(view: SentenceView, start: int) -> tuple[int, int] | None:
    """Where in a sentence the attribution of a quote stands: right after the first closing quote at or after
    `start`, or at its start when it opens with a dash (the sentence splitter keeps no closing quote before it)."""
    close = min((i for i in (view.text.find(q, start) for q in _CLOSING) if i >= 0), default=-1)
    if close >= 0:
        return close + 1, min(len(view.text), close + 1 + _ATTRIBUTION_CHARS)
    dash = _DASH.match(view.text)
    return (dash.end(), min(len(view.text), dash.end() + _ATTRIBUTION_CHARS)) if dash else None


def speaker_owner(view: SentenceView, later: Sequence[SentenceView], language: str, speech: tuple[int, int]) -> list[str] | None:
    """The organization that speaks the quote at `speech` (the sentence's span of it; `later`: the sentences
    after this one, where a quote it leaves open closes), where the quote says "we" (`first_person_speech`);
    None when no speaker's organization is found."""
    if not any_match(lexicon().get("first_person_speech", {}).get(language, []), view.folded[slice(*speech)]):
        return None
    names = tuple(dict.fromkeys((view.subject, *view.document_names)))
    opening = speech[0] - 1
    lead = _named(view, 0, opening) or ([t] if (t := _titled(view.text[:opening], language, names)) else [])
    if lead:
        return lead[-1:]
    sentences = [(view, speech[1])] if speech[1] < len(view.text) else [(s, 0) for s in later[:_LATER_SENTENCES]]
    for sentence, start in sentences:
        part = _attribution(sentence, start)
        if part is None:
            continue
        named = _named(sentence, *part) or ([t] if (t := _titled(sentence.text[slice(*part)], language, names)) else [])
        return named[:1] or None
    return None
