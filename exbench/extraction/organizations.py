"""Find organization names in text and give each a canonical form.

Names are found by the head noun of each language (Belediyesi, Municipality,
شهرداری) with the capitalised tokens that name the place, and by the aliases of
the gazetteer. Resolution across documents happens later (resolve.py); here a
mention only gets the canonical spelling that resolution starts from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from exbench.extraction.lexicons import fold, load
from exbench.extraction.org_mention import acronym_after
from exbench.extraction.organization_grammar import (
    OrgMention,
    head_mentions,
    named_after_mentions,
    self_mentions,
    shared_head_mentions,
    subsidiary_mentions,
)
from exbench.language import by_code, extracted

__all__ = ["OrgMention", "find_organizations", "is_assessment_body", "short_names", "unshouted"]

_SHOUTED_WORD = re.compile(r"[^\W\d_]{3,}")


def _lower(word: str, table: dict[str, str]) -> str:
    return "".join(table.get(char, char.lower()) for char in word)


def unshouted(text: str, language: str | None) -> str:
    """The text with each line written in capitals ("GÖKÇEOVA BELEDİYESİ SU VE KANALİZASYON MÜDÜRLÜĞÜ", a
    heading) in the case names are written in ("Gökçeova Belediyesi Su ve Kanalizasyon Müdürlüğü"), so the
    head-noun grammar, which reads capitals, finds the name; letter for letter, so offsets hold. The
    language's own lower case (Turkish İ -> i, I -> ı) and its connectors come from the `organizations` lexicon."""
    entry = by_code(language)
    if entry is None or not entry.cased:
        return text
    rules = load("organizations").get(language, {})
    table = rules.get("lower_case", {})
    small = {word.lower() for word in rules.get("connectors", []) + rules.get("after_connectors", [])}
    lines = text.split("\n")
    for index, line in enumerate(lines):
        words = _SHOUTED_WORD.findall(line)
        if len(words) < 2 or any(char.islower() for char in line):
            continue

        def recase(match: re.Match[str]) -> str:
            word = _lower(match.group(0), table)
            return word if word in small else match.group(0)[0] + word[1:]

        lines[index] = re.sub(r"[^\W\d_]+", recase, line)
    return "\n".join(lines)


@cache
def _gazetteer_index() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str | None, str]]]:
    """One alternation of every alias (longest first) and what each alias names."""
    by_alias: dict[str, tuple[str, str, str | None, str]] = {}
    for org in load("gazetteer")["organizations"]:
        for language, aliases in org["aliases"].items():
            for alias in aliases:
                by_alias[alias] = (org["canonical_name"], org["org_type"], org.get("country"), language)
    ordered = sorted(by_alias, key=len, reverse=True)
    spaced = (re.escape(alias).replace(r"\ ", r"\s+") for alias in ordered)  # a name may wrap across lines
    pattern = re.compile(r"(?<![\w\u200c])(" + "|".join(spaced) + r")(?:['’]\w+)?(?![\w\u200c])")
    return pattern, by_alias


def find_organizations(text: str, language: str | None) -> list[OrgMention]:
    """Organization mentions in text order; overlapping finds keep the longest."""
    known: list[OrgMention] = []
    pattern, by_alias = _gazetteer_index()
    for match in pattern.finditer(text):
        canonical, org_type, country, alias_language = by_alias[" ".join(match.group(1).split())]
        mention = OrgMention(match.start(), match.end(), match.group(0), canonical, org_type, country, alias_language)
        rules = load("organizations").get(alias_language, {})
        known.append(replace(mention, acronym=acronym_after(text, match.end(), rules)))
    candidates: list[OrgMention] = []
    others = [entry.code for entry in extracted() if entry.code != language]
    cased = unshouted(text, language)
    for lang in ([language] if language else []) + others:
        candidates.extend(head_mentions(cased, lang))
        candidates.extend(named_after_mentions(cased, lang))
        candidates.extend(subsidiary_mentions(cased, lang))
        candidates.extend(shared_head_mentions(cased, lang))
    if language:
        candidates.extend(self_mentions(text, language))
    if cased != text:  # a name read from a line in capitals quotes the page as written
        candidates = [replace(c, surface=text[c.start : c.end]) for c in candidates]
    # A gazetteer alias beats a head-noun guess that overlaps it.
    # (A unit named with its parent, e.g. "Kartal Belediyesi ... Müdürlüğü", is longer and wins later.)
    # A longer name ending in an alias is another organization: "Güney Marmara Belediyeler Birliği" is not "Marmara ...".
    candidates = known + [
        c
        for c in candidates
        if c.parent
        or not any(c.start < k.end and k.start < c.end for k in known)
        or any(c.start < k.start and c.end == k.end and not c.self_reference for k in known)
    ]
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for mention in candidates:
        if kept and mention.start < kept[-1].end:
            if (mention.end - mention.start) > (kept[-1].end - kept[-1].start) and not mention.self_reference:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def is_assessment_body(name: str) -> bool:
    """Whether a name is one of the bodies that assess and award (KalDer, EFQM, ...): the team and the
    findings of an assessment belong to the organization assessed, not to them."""
    folded = fold(" ".join(name.split()))
    return any(re.search(pattern, folded) for pattern in load("organizations").get("assessment_bodies", []))


@cache
def _base_heads(language: str) -> tuple[re.Pattern[str], ...]:
    """The head nouns of a language written out in full (a `base` group, no case slots)."""
    heads = load("organizations").get(language, {}).get("heads", [])
    return tuple(re.compile(h["pattern"]) for h in heads if "(?P<base>" in h["pattern"] and "{" not in h["pattern"])


def _without_head(name: str, language: str) -> str:
    """The name without the head noun it ends in ("Northvale" of "Northvale Fire and Rescue Service"); the name when none."""
    for pattern in _base_heads(language):
        ends = [m for m in pattern.finditer(name) if m.start("base") > 0 and not name[m.end("base") :].strip()]
        if ends:
            return name[: ends[0].start("base")]
    return name


def short_names(mentions: list[OrgMention]) -> dict[str, OrgMention]:
    """'Leeds' for 'Leeds City Council': the place words of names in cased languages (Turkish, English),
    the abbreviation a document gave in brackets after a name, and a unit's own words without its parent's
    name, kept only when they point at one organization of the document."""
    heads = {
        h["canonical_head"]
        for rules in load("organizations").values()
        if isinstance(rules, dict)
        for h in rules.get("heads", [])
        if h.get("canonical_head")
    }
    candidates: dict[str, set[str]] = {}
    by_name: dict[str, OrgMention] = {}
    for mention in mentions:
        # "HEPDAK" after "... Derneği (HEPDAK)", in any script; an awarding body's ("KalDer") is also the name
        # of its scheme, and a scheme is no organization.
        if mention.acronym and mention.canonical and not is_assessment_body(mention.acronym):
            candidates.setdefault(mention.acronym, set()).add(mention.canonical)
            by_name[mention.acronym] = mention
        unit = _unit_words(mention)
        if unit:  # "منطقه ۳" of "منطقه ۳ شهرداری کلاته‌نو", "Fen İşleri Müdürlüğü" of "X Belediyesi Fen İşleri Müdürlüğü"
            candidates.setdefault(unit, set()).add(mention.canonical)
            by_name[unit] = mention
        entry = by_code(mention.language)
        if entry is None or not entry.cased or not mention.canonical:
            continue
        words = mention.canonical.split()
        for head in sorted(heads, key=len, reverse=True):
            if mention.canonical.endswith(" " + head):
                words = mention.canonical[: -len(head) - 1].split()
                break
        else:  # "Kingsbridge Metro" for "Kingsbridge Metro Ltd": a company without its legal form
            legal_form = load("organizations").get(mention.language, {}).get("legal_form_suffix")
            if legal_form:
                words = re.sub(legal_form, "", mention.canonical).split()
            if len(words) == len(mention.canonical.split()):  # "Northvale" for "Northvale Fire and Rescue Service"
                words = _without_head(mention.canonical, mention.language).split()
        rules = load("organizations").get(mention.language, {})
        # "Türkiye" of "Türkiye Belediyeler Birliği" names the country wherever else it stands
        countries = {*rules.get("country_words", []), *rules.get("foreign_countries", {})}
        # "Fire" of "the Fire Authority" names a trade, not a place: "Chief Fire Officer" is no reference to it
        trades = {*rules.get("org_type_by_name_word", {}), *rules.get("drop_name_tokens", [])}
        if (
            words
            and len(words) < len(mention.canonical.split())
            and len(" ".join(words)) >= 3
            and " ".join(words) not in countries
            and not set(words) <= trades
        ):
            short = " ".join(words)
            candidates.setdefault(short, set()).add(mention.canonical)
            by_name[short] = mention
            brand = words[0]  # "Deltakim’e" for "Deltakim Kimya Sanayi A.Ş.": a company goes by its first word
            company = rules.get("legal_form_suffix") and re.search(rules["legal_form_suffix"], mention.canonical)
            if company and len(words) > 1 and len(brand) >= 3 and brand not in countries and brand not in trades:
                candidates.setdefault(brand, set()).add(mention.canonical)
                by_name[brand] = mention
    for short in candidates:  # "Kingsbridge" names the council and "Kingsbridge Metro Ltd" alike: no short name
        candidates[short] |= {
            m.canonical
            for m in mentions
            if m.canonical.startswith(short + " ") and m.parent not in candidates[short] and not m.self_reference
        }
    return {short: by_name[short] for short, owners in candidates.items() if len(owners) == 1}


def _unit_words(mention: OrgMention) -> str | None:
    """A unit's own words, its parent's name taken off where the name writes it (before the unit where names end
    in their head, after it where they follow it): two words at least, so a bare head noun is never a name."""
    parent, name = mention.parent, mention.canonical
    if not parent or not name or name == parent:
        return None
    if name.startswith(parent + " "):
        words = name[len(parent) + 1 :].split()
    elif name.endswith(" " + parent):
        words = name[: -len(parent) - 1].split()
    else:
        return None
    return " ".join(words) if len(words) >= 2 else None
