"""Find people's names in folded text: after titles and roles, before Bey/Hanım, from a given name.

Works on the folded text (so "BAŞKAN", "Baskan" and "Başkan" are one cue)
and reads capitals from the original, since a Latin-script name is a run of
capitalised words. Words already masked (organizations, places, codes,
placeholders) are never part of a name; a title followed by [PERSON] has
nothing left to find, which makes finding on a masked text come back empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exbench.export.fold import Folded
from exbench.export.matcher import Matcher, Term
from exbench.export.rules import Rules, Script

_TOKEN = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_AFTER_CUE_GAP = re.compile(r"[ ,.:;،؛'\"«»“”()\[\]]*")
_NAME_GAP = re.compile(r"\.? ")


@dataclass
class Token:
    """One word of the folded text and what is known of it."""

    start: int
    end: int
    text: str
    capital: bool
    arabic: bool
    masked: str | None = None  # "person" for [PERSON] or a learned name, "other" for any other masked word
    cue: bool = False


@dataclass(frozen=True)
class Name:
    """A person's name found in the folded text: its span and its words."""

    start: int
    end: int
    words: tuple[str, ...]


class PersonFinder:
    """Names of people by the cues of the masking rules."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        cues = [Term(c, "honorific", "") for c in rules.honorifics] + [Term(c, "role", "") for c in rules.roles]
        cues += [Term(c, "after_name", "") for c in rules.cues_after_name]
        self._cues = Matcher(cues, rules.cue_suffixes)

    def find(self, folded: Folded, masked: list[tuple[int, int, str]]) -> list[Name]:
        """Names in the folded text; `masked` holds (start, end, 'person' or 'other') spans that are already covered."""
        text = folded.text
        tokens = [
            Token(
                m.start(),
                m.end(),
                m.group(0),
                folded.original[folded.origin[m.start()]].isupper(),
                bool(_ARABIC.match(m.group(0))),
            )
            for m in _TOKEN.finditer(text)
        ]
        for token in tokens:
            token.masked = next((kind for start, end, kind in masked if start < token.end and token.start < end), None)
        cues = []
        for start, end, term in self._cues.find(text):
            inside = [t for t in tokens if start < t.end and t.start < end]
            for token in inside:
                token.cue = True
            cues.append((start, max([end, *(t.end for t in inside)]), term))  # the cue's suffix is part of it
        names = []
        for start, end, term in cues:
            if term.kind == "after_name":
                names.append(self._before(tokens, text, start))
            else:
                names.append(self._after(tokens, text, end, term.kind == "role"))
        for index, token in enumerate(tokens):
            if token.text in self.rules.given_names and self._free(token) and (token.arabic or token.capital):
                names.append(self._name(tokens, text, index, role=False))
        return _merged([n for n in names if n is not None])

    def _free(self, token: Token) -> bool:
        return token.masked is None and not token.cue and token.text not in self.rules.stop_words and not token.text.isdigit()

    def _script(self, token: Token) -> Script:
        return self.rules.scripts["arabic" if token.arabic else "latin"]

    def _after(self, tokens: list[Token], text: str, cue_end: int, role: bool) -> Name | None:
        position = cue_end
        index = next((i for i, t in enumerate(tokens) if t.start >= cue_end), len(tokens))
        while index < len(tokens):
            token = tokens[index]
            if not _AFTER_CUE_GAP.fullmatch(text[position : token.start]) or token.masked == "person":
                return None
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            skippable = token.text in self.rules.skip_after_cue and following is not None and (following.masked or following.cue)
            if not (token.masked or token.cue or skippable):
                return self._name(tokens, text, index, role)
            position, index = token.end, index + 1
        return None

    def _name(self, tokens: list[Token], text: str, index: int, role: bool) -> Name | None:
        script = self._script(tokens[index])
        taken: list[Token] = []

        def fits(token: Token) -> bool:
            joined = not taken or bool(_NAME_GAP.fullmatch(text[taken[-1].end : token.start]))
            return joined and len(taken) < script.max_name_words and self._free(token) and token.arabic == tokens[index].arabic

        position = index
        if script.name_needs_capital:
            while position < len(tokens) and fits(tokens[position]) and tokens[position].capital:
                taken.append(tokens[position])
                position += 1
        else:
            while position < len(tokens) and fits(tokens[position]) and tokens[position].text in self.rules.given_names:
                taken.append(tokens[position])
                position += 1
            if role and script.role_needs_given_name and not taken:
                return None
            for _ in range(script.surname_words):
                if position < len(tokens) and fits(tokens[position]):
                    taken.append(tokens[position])
                    position += 1
        if not taken:
            return None
        return Name(taken[0].start, taken[-1].end, tuple(t.text for t in taken))

    def _before(self, tokens: list[Token], text: str, cue_start: int) -> Name | None:
        taken: list[Token] = []
        boundary = cue_start
        for token in reversed([t for t in tokens if t.end <= cue_start]):
            if len(taken) == 2 or text[token.end : boundary] != " " or not (self._free(token) and token.capital):
                break
            taken.insert(0, token)
            boundary = token.start
        return Name(taken[0].start, taken[-1].end, tuple(t.text for t in taken)) if taken else None


def _merged(names: list[Name]) -> list[Name]:
    out: list[Name] = []
    for name in sorted(names, key=lambda n: (n.start, -n.end)):
        if out and name.start <= out[-1].end:
            last = out[-1]
            if name.end > last.end:
                out[-1] = Name(last.start, name.end, last.words + name.words)
            continue
        out.append(name)
    return out
