"""The head-noun grammar of organization names, one language's rules (lexicon `organizations`) at a time.

A name is a head noun (Belediyesi, Municipality, شهرداری) with the words that name it: capitalised
place words before the head in Turkish and English, the words after it in Persian (which has no
capitals), the name after a head that comes first ("City of ..."), a unit with its parent, and the
document's references to itself. Choosing between overlapping finds happens in `organizations`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from exbench.extraction.lexicons import load
from exbench.extraction.org_mention import OrgMention, acronym_after, typed
from exbench.extraction.organization_heads import head_mentions

__all__ = ["OrgMention", "head_mentions", "named_after_mentions", "self_mentions", "shared_head_mentions", "subsidiary_mentions"]


def named_after_mentions(text: str, language: str) -> list[OrgMention]:
    """'City of Fort Collins', 'National Association of Municipalities': the head comes first and the
    name follows; capitalised words right before the head (not an article) belong to the name too."""
    rules = load("organizations").get(language, {})
    token = re.compile(rules.get("name_token", r"\S+"))
    connectors = set(rules.get("connectors", [])) | set(rules.get("after_connectors", []))
    articles = set(rules.get("article_tokens", []))
    found = []
    for head in rules.get("name_after_heads", []):
        limit = head.get("max_name_tokens", rules["max_name_tokens"])
        for match in re.finditer(head["pattern"], text):
            words: list[str] = []
            for found_word in re.finditer(r"\S+", text[match.end() : match.end() + 160]):
                word, at = found_word.group(0), match.end() + found_word.start()
                if words and _opens_named_after(text, at, rules):
                    break  # "Municipality of Velika Reka | Municipality of Sremska Bara": a list's next row
                if words and word in connectors:
                    words.append(word)
                    continue
                clean = re.sub(r"['’]s$|['’]$|[,.;:)]$", "", word)
                if not token.fullmatch(clean) or len(words) >= limit:
                    break
                words.append(clean)
                if clean != word or clean in head.get("ends_at", ()):  # "Borough of Kelsby Council | Label awarded"
                    break
            while words and words[-1] in connectors:
                words.pop()
            if not words:
                continue
            start = match.start()
            line_start = text.rfind("\n", 0, start) + 1
            before = re.findall(r"\S+", text[line_start:start])
            for word in reversed(before[-head.get("max_prefix_tokens", 0) :] if head.get("max_prefix_tokens") else []):
                if not token.fullmatch(word) or word in articles:
                    break
                start = text.rfind(word, line_start, start)
            end = text.index(words[-1], match.end()) + len(words[-1])
            surface = text[start:end]
            org_type = typed(rules, words, head["org_type"])
            mention = OrgMention(start, end, surface, " ".join(surface.split()), org_type, rules["country"], language)
            found.append(replace(mention, acronym=acronym_after(text, end, rules)))
    return found


def _opens_named_after(text: str, at: int, rules: dict) -> bool:
    """Whether a word opens its line with a head that opens a name ('City of', 'Municipality of'): a list's next
    row, which the name before does not run into."""
    line_start = text.rfind("\n", 0, at)
    if line_start < 0 or text[line_start + 1 : at].strip():
        return False
    return any(re.match(head["pattern"], text[at:]) for head in rules.get("name_after_heads", []))


def subsidiary_mentions(text: str, language: str) -> list[OrgMention]:
    """Units named with their parent: the unit is the mention, the parent its parent."""
    rules = load("organizations").get(language, {})
    found = []
    for block in rules.get("subsidiaries", []):
        for match in re.finditer(block["pattern"], text):
            if block.get("parent_head") and match["parent"] is None:
                found.append(_district(text, match, block, rules, language))  # "شهرداری منطقه ۶«...»"
                continue
            if match.groupdict().get("city") is not None and not _is_place(text, match, rules):
                if block.get("parent_head"):  # "شهرداری منطقه ۱ و ...": the district's name, its city unsaid
                    found.append(_district(text, match, block, rules, language))
                continue
            head = match["name"].split()[0]
            org_type = block["org_type_by_head"].get(head) or block["org_type_by_head"].get("", "department")
            parent_mentions = [m for m in head_mentions(match["parent"], language) if m.canonical]
            parent = parent_mentions[-1].canonical if parent_mentions else " ".join(match["parent"].split())
            if not parent_mentions and block.get("parent_head"):  # "شهرداری منطقه ۴ آبیاران" is a unit of "شهرداری آبیاران"
                parent = f"{block['parent_head']} {parent}"
            name = " ".join(match["name"].split())
            if block.get("possessive"):  # "X University’s Estates Directorate" is "X University Estates Directorate"
                name = re.sub(r"['’]s\b", "", name, count=1)
            own_words = text[match.start("name") : match.start("parent")] + text[match.end("parent") : match.end("name")]
            org_type = typed(rules, own_words.split(), org_type)  # "... İtfaiye Müdürlüğü", "سازمان آتش‌نشانی ..."
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
                    acronym=acronym_after(text, match.end("name"), rules),  # "... Genel Müdürlüğü (KARSU)"
                )
            )
    return found


def _district(text: str, match: re.Match[str], block: dict, rules: dict, language: str) -> OrgMention:
    """A district's own name where no city follows it ("شهرداری منطقه ۱"): a unit whose parent the text leaves unsaid."""
    surface = text[match.start("name") : match.start("parent") if match["parent"] else match.end("name")].rstrip()
    name = " ".join(surface.split())
    org_type = block["org_type_by_head"].get(name.split()[0]) or block["org_type_by_head"].get("", "department")
    start = match.start("name")
    return OrgMention(start, start + len(surface), surface, name, org_type, rules.get("country"), language)


def _is_place(text: str, match: re.Match[str], rules: dict) -> bool:
    """The word after 'شهرداری' in a unit's name is its city when it is a known city, or when it is no
    word of the closed lists (prepositions, light verbs, words no place is) and the next word is not a light verb either
    (which would make it part of a compound verb: 'شهرداری برگزار کرد')."""
    city = match["city"]
    if city in set(rules.get("name_whitelist", [])):
        return True
    stops = set(rules.get("name_stop_words", [])) | set(rules.get("place_not_words", [])) | set(rules.get("connectors", []))
    # "شهرداری مورد ارزیابی", "شهرداری منطقه ۱ و ...": no place
    verbs = set(rules.get("light_verbs", []))
    following = re.match(r"\s*([^\s،,.:;!?؟]+)", text[match.end() :])
    return city not in stops and city not in verbs and not (following and following.group(1) in verbs)


def self_mentions(text: str, language: str) -> list[OrgMention]:
    rules = load("organizations").get(language, {})
    found = []
    for pattern in rules.get("self_reference", []):
        for match in re.finditer(pattern, text):
            found.append(OrgMention(match.start(), match.end(), match.group(0), "", None, None, language, True))
    return found


def shared_head_mentions(text: str, language: str) -> list[OrgMention]:
    """ "Sarıkent Büyükşehir, Kuşluca ve Gökçeli belediyeleri": a plural head noun after a coordinated list
    of names is each name's head ("Kuşluca Belediyesi"); a name ending in a word of `kind_words` takes that
    kind's head and type ("Sarıkent Büyükşehir Belediyesi")."""
    rules = load("organizations").get(language, {})
    token = rules.get("name_token")
    found = []
    for head in rules.get("plural_heads", []):
        # a printed list wraps where the line is full: a line break is a space between its words
        item = rf"{token}(?:\s+{token}){{0,2}}"
        joiner = rf"(?:,\s*|\s+(?:{'|'.join(head['joiners'])})\s+)"
        listed = re.compile(rf"({item}(?:{joiner}{item})+)\s+(?:{head['pattern']})")
        for match in listed.finditer(text):
            position = match.start(1)
            for name in re.split(joiner, match.group(1)):
                start = text.index(name, position)
                position = start + len(name)
                words = name.split()
                kind = head.get("kind_words", {}).get(words[-1])
                canonical = " ".join(words[:-1] + [kind["canonical_head"]]) if kind else f"{name} {head['canonical_head']}"
                org_type = kind["org_type"] if kind else head["org_type"]
                found.append(
                    OrgMention(start, position, name, " ".join(canonical.split()), org_type, rules.get("country"), language)
                )
    return found
