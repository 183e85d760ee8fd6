"""A findings heading worded more freely than the lexicon's headings: the kind's heading words with a
qualifier or two around them ("Strengths identified", "Tespit Edilen Güçlü Yönler", "نقاط قوت شناسایی‌شده",
"Güçlü Yönlerimiz", "● نقاط قوت", "Priority areas for improvement").

Authors qualify a heading in every language (a participle, an adjective, a possessive, the organization),
so the words around the kind are not listed: the line is read as a heading of one kind where it is short,
ends no sentence, names one kind once and its other words join no second kind, close no part ("Summary
of strengths") and name no criterion.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon

__all__ = ["qualified_heading"]

# A heading has at most this many words besides its kind's words.
_OTHER_WORDS = 2
_BULLET = re.compile(r"^[•·▪●◦■□➢►✓]\s*")
_COUNT = re.compile(r"\s*[(\[][^()\[\]]{0,12}[)\]]\s*$")  # "(3)", "(۲ مورد)", "[4 items]"
# A line before of this many words that ends no sentence goes on in this one.
_PARAGRAPH_WORDS = 10
_ENDS = (".", "!", "?", "؟", "…", ":")
_JOINED = re.compile(r"(?<!\w)(?:and|ve|ile|و|&|/)(?!\w)")


def qualified_heading(key: str, text: str, before: str) -> tuple[str, int] | None:
    """The kind of a freely qualified findings heading filling the whole line, and the line's length: a
    line that starts no lower-case word and follows no sentence left unended (a wrapped line of a
    paragraph, "... most of the" / "improvement areas from", is no heading)."""
    start = re.search(r"[^\W\d_]", _BULLET.sub("", text))
    words = before.split()
    if start is None or start.group(0).islower() or len(words) >= _PARAGRAPH_WORDS and not before.endswith(_ENDS):
        return None
    line = _COUNT.sub("", _BULLET.sub("", key).rstrip(" :"))
    if not line or line.endswith((*_ENDS, ",", "،", ";")) or re.search(r"\d", line) or ":" in line:
        return None
    found = [(kind, match) for kind, pattern in lexicon()["section_core"].items() for match in compiled(pattern).finditer(line)]
    if len(found) != 1:
        return None
    kind, match = found[0]
    other = (line[: match.start()] + " " + line[match.end() :]).strip(" :-–—")
    if len(other.split()) > _OTHER_WORDS or _JOINED.search(other):
        return None
    for pattern in (lexicon()["section_end"], lexicon()["criterion_word_lead"], *lexicon()["table_types"].values()):
        if compiled(r"(?<!\w)(?:" + pattern.lstrip("^") + r")").search(other):
            return None  # "Summary of strengths", "Kriter Güçlü Yönleri", "Strength / OFI"
    return kind, len(key)
