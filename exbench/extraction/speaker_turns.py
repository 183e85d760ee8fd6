"""Who speaks in minutes: a turn opened by a speaker's label in capitals speaks for the unit the speaker heads.

Council minutes give each turn a label in capitals and a dash ("İTFAİYE DAİRE
BAŞKANI – Sayın Başkanım, ... 18 iç değerlendiricimiz toplam 432 saat
çalıştı"): what the turn reports without naming an organization is the
speaker's unit's, not the council's or the municipality's the minutes are of.
The label names a role (lexicons' owners.json `speaker_roles`: "başkanı",
"müdürü", "head") and the words of its unit ("itfaiye daire"); the unit is the
one organization the document names in full whose name has every such word
("... İtfaiye Dairesi Başkanlığı"). A label of a role alone ("BAŞKAN", the
mayor) or of a unit the document does not name leaves the turn to the rules
before (the document's own organization).
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import fold, load
from exbench.extraction.organizations import OrgMention
from exbench.extraction.text_units import paragraphs

_LABEL = re.compile(r"^(?P<label>[^\n–—:]{2,80}?)[ \t]+[–—][ \t]+", re.M)


def speaker_turns(text: str, mentions: list[OrgMention], subject: str, language: str | None) -> list[tuple[int, int, str]]:
    """(start, end, organization) of the turns whose speaker heads a unit the document names, other than its own."""
    roles = [re.compile(role) for role in load("owners").get("speaker_roles", {}).get(language or "", [])]
    if not roles:
        return []
    labels = [
        (match.start(), match.end(), match.group("label"))
        for match in _LABEL.finditer(text)
        if _in_capitals(re.sub(r"\([^)]*\)", " ", match.group("label")))
    ]
    names = {m.canonical for m in mentions if m.canonical and not m.self_reference and m.canonical != subject}
    headings = [p.start for p in paragraphs(text) if "\n" not in p.text and p.text[-1] not in ".!?;:,"]
    turns = []
    for index, (start, end, label) in enumerate(labels):
        stop = min([s for s, _, _ in labels[index + 1 :]] + [h for h in headings if h > end] + [len(text)])
        words = [w for w in fold(re.sub(r"\([^)]*\)", " ", label)).split() if not any(r.fullmatch(w) for r in roles)]
        if not words:
            continue
        heads = [name for name in names if all(any(part.startswith(w) for part in fold(name).split()) for w in words)]
        if len(heads) == 1:
            turns.append((start, stop, heads[0]))
    return turns


def _in_capitals(label: str) -> bool:
    """Whether a label is written in capitals, as minutes write a speaker's role (a sentence's opening words are not)."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)
