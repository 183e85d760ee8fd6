"""Find organization names in text and give each a canonical form.

Names are found by the head noun of each language (Belediyesi, Municipality,
شهرداری) with the capitalised tokens that name the place, and by the aliases of
the gazetteer. Resolution across documents happens later (resolve.py); here a
mention only gets the canonical spelling that resolution starts from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exbench.extraction.lexicons import load
from exbench.language import by_code, extracted


@dataclass(frozen=True)
class OrgMention:
    """An organization named at `text[start:end]`."""

    start: int
    end: int
    surface: str
    canonical: str
    org_type: str | None
    country: str | None
    language: str
    self_reference: bool = False
    parent: str | None = None  # canonical name of the organization this one belongs to


@cache
def _gazetteer_index() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str | None, str]]]:
    """One alternation of every alias (longest first) and what each alias names."""
    by_alias: dict[str, tuple[str, str, str | None, str]] = {}
    for org in load("gazetteer")["organizations"]:
        for language, aliases in org["aliases"].items():
            for alias in aliases:
                by_alias[alias] = (org["canonical_name"], org["org_type"], org.get("country"), language)
    ordered = sorted(by_alias, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w\u200c])(" + "|".join(map(re.escape, ordered)) + r")(?:['’]\w+)?(?![\w\u200c])")
    return pattern, by_alias


def _name_window(text: str, head_start: int, wrap_width: float) -> int:
    """Where the words of a name before its head may begin: 120 characters back, on this line or one the
    name wrapped from. A short line above (a heading, a breadcrumb "Home > News > Council") ends a unit,
    so a name never reaches into it."""
    window = max(0, head_start - 120)
    line_start = text.rfind("\n", 0, head_start) + 1
    if line_start <= window:
        return window
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return window if len(previous) >= wrap_width and previous[-1:] not in ".!?؟:" else line_start


def _head_mentions(text: str, language: str) -> list[OrgMention]:
    rules = load("organizations").get(language)
    if not rules:
        return []
    token = re.compile(rules["name_token"])
    drop = set(rules["drop_name_tokens"])
    locations = set(rules["drop_location_tokens"])
    stops = re.compile(rules["suffixed_token_stops"]) if rules.get("suffixed_token_stops") else None
    whitelist = set(rules.get("name_whitelist", []))
    wrap_width = 0.6 * max((len(line) for line in text.split("\n")), default=0)
    found = []
    for head in rules["heads"]:
        for match in re.finditer(head["pattern"], text):
            if rules["name_before_head"]:
                line_start = _name_window(text, match.start(), wrap_width)
                words = re.findall(r"\S+", text[line_start : match.start()])
                name: list[str] = []
                for word in reversed(words):
                    if not token.fullmatch(word) or word in drop or len(name) >= rules["max_name_tokens"] * 2:
                        break
                    if name and stops and stops.search(word):
                        break  # a suffixed noun ("Projesi", "Törenine") is not part of a place name
                    name.insert(0, word)
                if not name:
                    continue
                kept = [w for w in name if w not in locations]
                if locations & set(name):  # "Tunceli İli Ovacık": the municipality is the last place
                    kept = kept[-1:]
                kept = kept[-rules["max_name_tokens"] :]
                start = text.rfind(name[0], line_start, match.start())
                head_words = head["canonical_head"] or re.sub(r"['’]s$", "", text[match.start() : match.end()])
                canonical = " ".join(kept + [" ".join(head_words.split())])
                end = match.end()
            else:
                tail = re.match(r"[ \u00a0]+(\S+)", text[match.end() :])
                if not tail:
                    continue
                word = tail.group(1).rstrip("،,.:;!?؟»)")
                if word not in whitelist:
                    continue
                start, end = match.start(), match.end() + tail.start(1) + len(word)
                canonical = f"{head['canonical_head']} {word}"
            found.append(OrgMention(start, end, text[start:end], canonical, head["org_type"], rules["country"], language))
    return found


def _named_after_mentions(text: str, language: str) -> list[OrgMention]:
    """'City of Fort Collins': the head comes first and the name follows."""
    rules = load("organizations").get(language, {})
    token = re.compile(rules.get("name_token", r"\S+"))
    found = []
    for head in rules.get("name_after_heads", []):
        for match in re.finditer(head["pattern"], text):
            words = []
            for word in re.findall(r"\S+", text[match.end() : match.end() + 80]):
                clean = re.sub(r"['’]s$|[,.;:]$", "", word)
                if not token.fullmatch(clean) or len(words) >= rules["max_name_tokens"]:
                    break
                words.append(clean)
                if clean != word:
                    break
            if words:
                end = text.index(words[-1], match.end()) + len(words[-1])
                surface = text[match.start() : end]
                found.append(
                    OrgMention(
                        match.start(), end, surface, " ".join(surface.split()), head["org_type"], rules["country"], language
                    )
                )
    return found


def _subsidiary_mentions(text: str, language: str) -> list[OrgMention]:
    """Units named with their parent: the unit is the mention, the parent its parent."""
    rules = load("organizations").get(language, {})
    found = []
    for block in rules.get("subsidiaries", []):
        for match in re.finditer(block["pattern"], text):
            if match.groupdict().get("city") is not None and match["city"] not in set(rules.get("name_whitelist", [])):
                continue
            head = match["name"].split()[0]
            org_type = block["org_type_by_head"].get(head) or block["org_type_by_head"].get("", "department")
            parent_mentions = [m for m in _head_mentions(match["parent"], language) if m.canonical]
            parent = parent_mentions[-1].canonical if parent_mentions else " ".join(match["parent"].split())
            name = " ".join(match["name"].split())
            found.append(
                OrgMention(
                    match.start("name"),
                    match.end("name"),
                    match["name"],
                    name,
                    org_type,
                    rules.get("country"),
                    language,
                    parent=parent,
                )
            )
    return found


def _self_mentions(text: str, language: str) -> list[OrgMention]:
    rules = load("organizations").get(language, {})
    found = []
    for pattern in rules.get("self_reference", []):
        for match in re.finditer(pattern, text):
            found.append(OrgMention(match.start(), match.end(), match.group(0), "", None, None, language, True))
    return found


def find_organizations(text: str, language: str | None) -> list[OrgMention]:
    """Organization mentions in text order; overlapping finds keep the longest."""
    known: list[OrgMention] = []
    pattern, by_alias = _gazetteer_index()
    for match in pattern.finditer(text):
        canonical, org_type, country, alias_language = by_alias[match.group(1)]
        known.append(OrgMention(match.start(), match.end(), match.group(0), canonical, org_type, country, alias_language))
    candidates: list[OrgMention] = []
    others = [entry.code for entry in extracted() if entry.code != language]
    for lang in ([language] if language else []) + others:
        candidates.extend(_head_mentions(text, lang))
        candidates.extend(_named_after_mentions(text, lang))
        candidates.extend(_subsidiary_mentions(text, lang))
    if language:
        candidates.extend(_self_mentions(text, language))
    # A gazetteer alias beats a head-noun guess that overlaps it.
    # (A unit named with its parent, e.g. "Kartal Belediyesi ... Müdürlüğü", is longer and wins later.)
    candidates = known + [c for c in candidates if c.parent or not any(c.start < k.end and k.start < c.end for k in known)]
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for mention in candidates:
        if kept and mention.start < kept[-1].end:
            if (mention.end - mention.start) > (kept[-1].end - kept[-1].start) and not mention.self_reference:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def short_names(mentions: list[OrgMention]) -> dict[str, OrgMention]:
    """'Leeds' for 'Leeds City Council': the place words of names in cased languages (Turkish, English),
    kept only when they point at one organization of the document."""
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
        entry = by_code(mention.language)
        if entry is None or not entry.cased or not mention.canonical:
            continue
        words = mention.canonical.split()
        for head in sorted(heads, key=len, reverse=True):
            if mention.canonical.endswith(" " + head):
                words = mention.canonical[: -len(head) - 1].split()
                break
        if words and len(words) < len(mention.canonical.split()) and len(" ".join(words)) >= 3:
            short = " ".join(words)
            candidates.setdefault(short, set()).add(mention.canonical)
            by_name[short] = mention
    return {short: by_name[short] for short, owners in candidates.items() if len(owners) == 1}
