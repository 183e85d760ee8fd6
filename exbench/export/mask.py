"""Mask what names an organization in a text: its names (by code), places and people.

Every name the warehouse and the gazetteer know, in every spelling, is found
on the folded text and replaced in the original: an organization's names by
its code (or [ORG] for one the warehouse does not hold), the place part of a
municipality's name and the lexicon's cities by [PLACE], people's names (by
their cues, see people.py) by [PERSON]. `learn` reads a whole pack first, so
a surname seen once after a title is masked wherever it appears alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from exbench.export.fold import Folded, fold, fold_term
from exbench.export.matcher import Matcher, Term
from exbench.export.people import Name, PersonFinder
from exbench.export.rules import Rules, masking_rules

# Masked text as it folds: placeholders and codes (ORG- and 12 Crockford base32 characters).
_MASKED = re.compile(r"\[(person|place|org)\]|(?<!\w)org [0-9a-hjkmnp-tv-z]{12}(?!\w)")
# Organizations whose name holds a place (an untyped one may be a municipality too).
PLACE_TYPES = frozenset({"municipality", "metropolitan_municipality", "municipal_union", None})


def place_parts(name: str, rules: Rules) -> list[str]:
    """The folded place words of an organization's name (empty when nothing generic was taken away)."""
    words = fold_term(name).split(" ")
    generic = [w for w in words if w in rules.organization_words or w.startswith(rules.organization_word_prefixes)]
    rest = [w for w in words if w not in generic and len(w) >= 2]
    if not generic or not rest:
        return []
    return [" ".join(rest), *(w for w in rest if len(w) >= 3)] if len(rest) > 1 else rest


class Masker:
    """Replaces names in texts; reports what a masked text still names."""

    def __init__(
        self,
        names: Mapping[str, Iterable[str]],
        codes: Mapping[str, str],
        org_types: Mapping[str, str | None] | None = None,
        other_names: Iterable[tuple[str | None, Iterable[str]]] = (),
        places: Iterable[str] = (),
        rules: Rules | None = None,
    ) -> None:
        """Args:
        names: organization_id -> every name of it (canonical name and aliases).
        codes: organization_id -> its blind code.
        org_types: organization_id -> org_type; the place part is taken from municipal (and untyped) names.
        other_names: (org_type, names) of organizations known elsewhere (the gazetteer) but not in `names`, masked as [ORG].
        places: place names known without an organization (the lexicon's cities).
        """
        self.rules = rules or masking_rules()
        self.used: set[str] = set()
        org_types = org_types or {}
        holder = self.rules.placeholders
        terms = [Term(fold_term(n), "organization", codes[oid]) for oid, all_names in names.items() for n in all_names]
        other = [(org_type, list(all_names)) for org_type, all_names in other_names]
        terms += [Term(fold_term(n), "organization", holder["organization"]) for _, all_names in other for n in all_names]
        municipal = [n for oid, all_names in names.items() if org_types.get(oid) in PLACE_TYPES for n in all_names]
        municipal += [n for org_type, all_names in other if org_type in PLACE_TYPES for n in all_names]
        terms += [Term(part, "place", holder["place"]) for n in municipal for part in place_parts(n, self.rules)]
        terms += [Term(fold_term(p), "place", holder["place"]) for p in places]
        self._terms = terms
        self._people: set[str] = set()
        self._finder = PersonFinder(self.rules)
        self._matcher = Matcher(self._terms, self.rules.suffixes)

    def learn(self, texts: Iterable[str | None]) -> None:
        """Read texts for people's names; each word of a name found is then masked wherever it appears."""
        found = set()
        for text in texts:
            if text:
                for name in self._spans(fold(text))[1]:
                    found.update(w for w in name.words if len(w) >= 3 and w not in self.rules.stop_words)
        if found - self._people:
            self._people |= found
            person = [Term(w, "person", self.rules.placeholders["person"]) for w in sorted(self._people)]
            self._matcher = Matcher(self._terms + person, self.rules.suffixes)

    def _spans(self, folded: Folded) -> tuple[list[tuple[int, int, Term]], list[Name]]:
        """Known names (not inside placeholders or codes) and people's names, in folded offsets."""
        masked = [(m.start(), m.end(), "person" if m.group(1) == "person" else "other") for m in _MASKED.finditer(folded.text)]
        terms = [
            (start, end, term)
            for start, end, term in self._matcher.find(folded.text)
            if not any(s < end and start < e for s, e, _ in masked)
        ]
        covered = masked + [(s, e, "person" if t.kind == "person" else "other") for s, e, t in terms]
        return terms, self._finder.find(folded, covered)

    def text(self, value: str | None) -> str | None:
        """The text with every known name masked."""
        if not value:
            return value
        folded = fold(value)
        terms, people = self._spans(folded)
        spans = [(s, e, t.replacement) for s, e, t in terms] + [
            (n.start, n.end, self.rules.placeholders["person"]) for n in people
        ]
        person = self.rules.placeholders["person"]
        out, cursor = [], 0
        for start, end, replacement in sorted(spans):
            first, last = folded.span(start, end)
            if first < cursor:
                continue
            if replacement == person and out and out[-1] == person and not value[cursor:first].strip():
                cursor = last  # a given name and a surname found apart are one person
                continue
            out += [value[cursor:first], replacement]
            cursor = last
            if replacement.startswith("ORG-"):
                self.used.add(replacement)
        out.append(value[cursor:])
        return "".join(out)

    def leaks(self, value: str | None) -> list[str]:
        """The kinds of names still in a text: 'organization name', 'place name', 'person name'."""
        if not value:
            return []
        terms, people = self._spans(fold(value))
        kinds = {f"{term.kind} name" for _, _, term in terms}
        return sorted(kinds | ({"person name"} if people else set()))
