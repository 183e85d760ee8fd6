"""A sentence prepared once for every rule: numbers, dates and organizations found,
and a folded copy in which each number is a placeholder ⟪i⟫.

Rules then read like the language ("{strengths} güçlü yön") while the values come
from the number parser, whatever script or words the number was written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from exbench.extraction.dates import DateMatch, find_dates
from exbench.extraction.lexicons import compiled, expand, fold, load
from exbench.extraction.numbers import NumberMatch, find_numbers
from exbench.extraction.organizations import OrgMention, find_organizations, is_assessment_body
from exbench.extraction.text_units import Span
from exbench.language import to_ascii_digits

_PLACEHOLDER = re.compile(r"\{(_|[a-z_]+\+?)\}")


@dataclass
class SentenceView:
    """One sentence of a page with what rules need to know about it."""

    span: Span
    page: int
    language: str | None
    reference_date: object = None
    short_names: dict[str, OrgMention] = field(default_factory=dict)
    section_owner: str | None = None  # the one organization the heading or caption the sentence stands under names
    preceding: str = ""  # the sentence before in the same paragraph, folded: what it speaks of is still the topic
    earlier: tuple[str, ...] = ()  # organizations the document named before this sentence, the last named last
    in_plan: bool = False  # under a heading of targets or plans: what it counts is planned, not reported
    paragraph_assessed: tuple[str, ...] = ()  # organizations earlier sentences of its paragraph say were assessed
    subject: str = ""  # the document's own organization: a reference by a head noun its name lacks is to another
    document_names: tuple[str, ...] = ()  # every organization the document names in full, wherever it does

    @property
    def text(self) -> str:
        return self.span.text

    @cached_property
    def numbers(self) -> list[NumberMatch]:
        dates = self.dates
        inside_date = lambda n: any(d.start <= n.start and n.end <= d.end for d in dates)  # noqa: E731
        return [n for n in find_numbers(self.text, self.language, skip_dates=False) if not inside_date(n)]

    @cached_property
    def dates(self) -> list[DateMatch]:
        """Dates of the sentence, without a short two-digit year that would lie after the document's own
        date ("در همان سال ۲۲ پروژه": 22 is a count after the word for year, not the year 1422)."""
        found = find_dates(self.text, self.language, self.reference_date)
        reference = getattr(self.reference_date, "year", None)
        return [d for d in found if not (reference and d.first and d.first.year > reference + 1 and _short_year(d.raw))]

    @cached_property
    def organizations(self) -> list[OrgMention]:
        """Full names, plus short names ("Leeds") of organizations the document named in full."""
        found = find_organizations(self.text, self.language)
        # the longest short name first: "Hollin Valley Water Services" before a "Water Services" that a name broken
        # over two lines left in the document's names
        for short, full in sorted(self.short_names.items(), key=lambda item: -len(item[0])):
            for match in re.finditer(rf"(?<![\w\u200c]){re.escape(short)}(?:['’]\w+)?(?![\w\u200c])", self.text):
                if not any(m.start < match.end() and match.start() < m.end for m in found):
                    found.append(
                        OrgMention(
                            match.start(), match.end(), match.group(0), full.canonical, full.org_type, full.country, full.language
                        )
                    )
        references = self._anaphora(found)
        found = [m for m in found if not any(m.start < r.end and r.start < m.end for r in references)]
        return sorted([self._bare_head(m, found) for m in found] + references, key=lambda m: m.start)

    def _bare_head(self, mention: OrgMention, found: list[OrgMention]) -> OrgMention:
        """A bare head noun in the middle of a sentence ("ARSİ'yi 7 kişilik bir ekip değerlendirdi ve ekip şirkette
        280 saat geçirdi") refers to the organization of that kind the same sentence named before it, not to the
        document's own, which the finder takes it for; a first-person one ("şirketimizde") stays the document's."""
        if mention.canonical or not mention.self_reference or self.language is None:
            return mention
        surface = fold(mention.surface)
        if any(compiled(p).search(surface) for p in load("owners")["first_person"].get(self.language, [])):
            return mention
        for entry in load("owners")["anaphora"].get(self.language, []):
            head = compiled(entry["head"])
            if entry.get("generic") or not head.search(surface):
                continue
            before = [m for m in found if m.canonical and not m.self_reference and m.end <= mention.start]
            named = next((m.canonical for m in reversed(before) if head.search(fold(m.canonical))), None)
            if named:
                return replace(mention, canonical=named)
        return mention

    def _anaphora(self, found: list[OrgMention]) -> list[OrgMention]:
        """A sentence that opens with a bare head noun ("Dernek, ...", "The Association", "این شرکت") or names one
        in the genitive ("Şirketin 210 saatlik değerlendirmesine", "the trust's assessment team") speaks of the
        organization of that kind named last before it (lexicons' owners.json, anaphora). The finder takes such a
        noun for the document's own organization; it is that one only if its name has the head ("Şirketin" on a
        municipality's page speaks of the company named before)."""
        for entry in load("owners")["anaphora"].get(self.language or "", []):
            match = compiled(entry["pattern"]).search(self.folded)
            head = compiled(entry["head"])
            own = not self.subject or entry.get("generic") or head.search(fold(self.subject))  # "این سازمان": any kind
            if not match or any(
                m.start < match.end() and match.start() < m.end and (m.canonical or not m.self_reference or own) for m in found
            ):
                continue
            # the sentence itself may name it before the reference: list rows with no full stop run into the
            # sentence after them ("Westmarch Constabulary: Recognised ... The Constabulary’s assessment ...")
            inside = tuple(m.canonical for m in found if m.canonical and not m.self_reference and m.end <= match.start())
            named = next((name for name in reversed(self.earlier + inside) if head.search(fold(name))), None)
            # a name that only ends another the document gives ("NHS Foundation Trust") is a piece of that one, where
            # names end in their head; where the head opens them, the longer name is a unit of it ("سازمان ... شهرداری X")
            if load("organizations").get(self.language or "", {}).get("name_before_head", True):
                named = next((name for name in self.document_names if named and name.endswith(" " + named)), named)
            if named:
                words = self.text[match.start() : match.end()].rstrip(" ,")
                end = match.start() + len(words)
                # a reference, not a name: marked self_reference so that it never becomes an alias of the organization
                return [OrgMention(match.start(), end, words, named, None, None, self.language or "", True)]
        return []

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def templated(self) -> str:
        """Folded text with every number replaced by ⟪index⟫, set apart from a word glued to it ("34organisations":
        a figure and its caption printed as blocks with no space between)."""
        parts, cursor = [], 0
        for index, number in enumerate(self.numbers):
            parts.append(self.folded[cursor : number.start])
            glued = self.folded[number.end : number.end + 1].isalpha()
            parts.append(f"⟪{index}⟫ " if glued else f"⟪{index}⟫")
            cursor = number.end
        parts.append(self.folded[cursor:])
        return "".join(parts)

    def is_agent(self, mention: OrgMention) -> bool:
        """Whether a mention is the agent of a passive: followed by 'tarafından', preceded by 'by' or 'توسط'."""
        after, before = _agent_patterns(self.language)
        return bool(
            (after and after.search(self.folded[mention.end :])) or (before and before.search(self.folded[: mention.start]))
        )

    def year(self) -> int | None:
        """The year the sentence names, when it names exactly one."""
        years = {d.first.year for d in self.dates if d.first is not None}
        return years.pop() if len(years) == 1 else None

    def organization_before(self, position: int, skip_assessors: bool = True, skip_agents: bool = True) -> str | None:
        """Canonical name of the organization named nearest before `position` ("" for a self reference).

        The agent of a passive ("KalDer tarafından lanse edilen", "توسط ...") and a body that assesses and
        awards ("KalDer'in ... ekibi") are not what the clause is about and are passed over, unless the
        caller says they may own the fact (`skip_agents`, `skip_assessors` False: the count of organizations
        an association assessed is the association's)."""
        named = [
            m
            for m in self.organizations
            if not (skip_assessors and m.canonical and is_assessment_body(m.canonical)) and not (skip_agents and self.is_agent(m))
        ]
        before = [m for m in named if m.end <= position]
        # the one name of the sentence may stand after the figure, but not a reference ("... 336 saat ... belediyenin"):
        # what it refers to is only guessed from the document's order, right where it stands first
        after = [m for m in named if not (m.self_reference and m.canonical)]
        chosen = before[-1] if before else (after[0] if len(named) == 1 and after else None)
        return None if chosen is None else chosen.canonical


def _agent_patterns(language: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    rules = load("organizations").get(language or "", {})
    after, before = rules.get("agent_after", []), rules.get("agent_before", [])
    return (
        re.compile(r"^[\s)]*(?:\([^)]*\)[\s)]*)?(?:" + "|".join(after) + r")(?!\w)") if after else None,
        re.compile(r"(?<!\w)(?:" + "|".join(before) + r")\s+$") if before else None,
    )


def _short_year(raw: str) -> bool:
    """A date written with a two-digit year and nothing else ("سال ۹۸", "year 22")."""
    digits = re.findall(r"\d+", to_ascii_digits(raw))
    return len(digits) == 1 and len(digits[0]) <= 2


def compile_rule(pattern: str) -> tuple[re.Pattern[str], list[tuple[str, str]]]:
    """Turn `{code}` placeholders into named groups; returns the regex and (group, code) pairs."""
    groups: list[tuple[str, str]] = []

    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code == "_":
            return r"⟪\d+⟫"
        name = f"g{len(groups)}"
        groups.append((name, code))
        return rf"⟪(?P<{name}>\d+)⟫"

    return re.compile(_PLACEHOLDER.sub(replace, expand(pattern))), groups
