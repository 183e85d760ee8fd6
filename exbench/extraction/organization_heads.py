"""Names built on a head noun (Belediyesi, Municipality, شهرداری): the words that name it before the head in
Turkish and English (capitalised place words), after it in Persian (which has no capitals).
"""

from __future__ import annotations

import re
from dataclasses import replace

from exbench.extraction.lexicons import load
from exbench.extraction.org_mention import OrgMention, acronym_after, head_pattern, typed

__all__ = ["head_mentions"]


_OPENING = re.compile(r"^[“\"«„(]+(?=\w)")
_SEPARATED = re.compile(r"\s[·|•]\s")  # the marks that part the items of a line of a heading, not running text
_WRAPPED = 0.6  # a line this share of its column's width or wider is running text that wraps, not a heading
_NEAR_LINES = 4  # the lines either side that measure a column's width


def _name_window(text: str, head_start: int, wrap_width: float, openers: frozenset[str] = frozenset()) -> int:
    """Where the words of a name before its head may begin: 120 characters back, on this line or one the
    name wrapped from. A short line above (a heading, a breadcrumb "Home > News > Council") ends a unit,
    so a name never reaches into it."""
    window = max(0, head_start - 120)
    line_start = text.rfind("\n", 0, head_start) + 1
    if line_start <= window:
        return window
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    if _SEPARATED.search(previous):  # a running head or a dateline ("... Ödülü 2018 · Geri Bildirim Raporu"): no sentence
        return line_start
    # the first line of a sentence's text starts mid-line: short as it looks, running text wraps from it
    first = previous.split()[0] if previous.split() else ""
    # or it holds only capitalised words ("Neighbouring Drumlin | Valley Fire and Rescue Service"): a sentence that
    # began mid-line, a name wrapping from it (a breadcrumb has its marks, a heading its own line)
    partial = text.rfind("\n", 0, line_start - 1) == -1 and (
        first in openers
        or re.search(r"(?<!\S)[^\W\d_A-Z]+(?!\S)", previous)
        or bool(re.fullmatch(r"(?:[A-Z][^\W\d_]+\s+)+[A-Z][^\W\d_]+", previous))
    )
    # a narrow column of running text (an annual report's page of two columns) wraps short lines the page's widest
    # line does not measure: a line of lower-case words as wide as the lines around it wraps too
    wraps = (
        len(previous) >= wrap_width
        or partial
        or (len(previous) >= _WRAPPED * _local_width(text, line_start) and any(w[:1].islower() for w in previous.split()))
    )
    return window if wraps and previous[-1:] not in ".!?؟:" else line_start


def _local_width(text: str, line_start: int) -> int:
    """The widest of the lines around a line: the width its column wraps at."""
    before = text[:line_start].split("\n")[-_NEAR_LINES - 1 :]
    after = text[line_start:].split("\n")[:_NEAR_LINES]
    return max((len(line.strip()) for line in before + after), default=0)


def head_mentions(text: str, language: str) -> list[OrgMention]:
    """Every name built on one of the language's head nouns, with its type and country (overlaps kept)."""
    rules = load("organizations").get(language)
    if not rules:
        return []
    token = re.compile(rules["name_token"])
    drop = set(rules["drop_name_tokens"])
    inner = set(rules.get("inner_name_tokens", []))
    locations = set(rules["drop_location_tokens"])
    connectors = set(rules.get("connectors", []))
    whitelist = set(rules.get("name_whitelist", []))
    unsuffixed = set(rules.get("unsuffixed_words", []))
    wrap_width = _WRAPPED * max((len(line) for line in text.split("\n")), default=0)
    found = []
    for head in rules["heads"]:
        stops_pattern = head.get("suffixed_token_stops", rules.get("suffixed_token_stops"))
        stops = re.compile(stops_pattern) if stops_pattern else None
        max_tokens = head.get("max_name_tokens", rules["max_name_tokens"])
        # "Meridian Trust Bank plc", "Northfield Ambulance Service NHS Trust": a head of its own inside the name
        inner_here = inner | set(head.get("inner_name_tokens", []))
        award_words = rules.get("award_name_after")
        for match in head_pattern(rules, head).finditer(text):
            if award_words and re.match(award_words, text[match.end() :]):
                continue  # "the King’s Fire Service Medal": the head names an award, not an organization
            base = match.groupdict().get("base")
            unlisted_place = False
            if rules["name_before_head"]:
                line_start = _name_window(text, match.start(), wrap_width, frozenset(rules.get("article_tokens", [])))
                words = re.findall(r"\S+", text[line_start : match.start()])
                name: list[str] = []
                for word in reversed(words):
                    opened = _OPENING.match(word)
                    word = word[opened.end() :] if opened else word  # "“Ege Raylı Sistemler A.Ş.’nin ...": speech opens
                    if name and word in connectors:
                        name.insert(0, word)
                        continue
                    ends_with_head = not name and head.get("name_ends_with_head")  # "Ashford Bank plc"
                    dropped = word in drop and not ends_with_head and word not in inner_here
                    if not token.fullmatch(word) or dropped or len(name) >= max_tokens * 2:
                        break
                    if word in drop and name and name[0] in connectors:
                        break  # "... NHS Trust and Coastline Water Ltd": a head before "and" ends another name
                    if name and stops and stops.search(word) and word not in unsuffixed:
                        break  # a suffixed noun ("Projesi", "Törenine") is not part of a place name; "Perakende" is a stem
                    name.insert(0, word)
                    if opened:
                        break
                while name and (name[0] in connectors or name[0] in inner_here):
                    name.pop(0)  # "Excellence Network" alone names nothing; "Pennine Excellence Network" does
                if not name:
                    continue
                kept = [w for w in name if w not in locations]
                if locations & set(name):  # "Tunceli İli Ovacık": the municipality is the last place
                    kept = kept[-1:]
                kept = _last_words(kept, max_tokens, connectors)
                while kept and kept[0] in connectors:
                    kept.pop(0)
                if not kept:
                    continue
                start = text.rfind(kept[0], line_start, match.start())
                article = re.search(r"(\S+)\s+$", text[max(0, start - 20) : start])
                before = article.group(1) if article else ""
                # "sister company Hollins Vale Energy Services", "partner, Wessex Valley Pathology Services": a noun of
                # the organization's kind stands for the article
                kind = before.rstrip(",") in set(rules.get("kind_nouns", []))
                if head.get("needs_article") and not (before in set(rules.get("article_tokens", [])) or kind):
                    continue  # "Customer Service Excellence" names no service; "the Ashby Revenues Service" does
                if article and article.group(1) in set(rules.get("title_openers", [])):
                    continue  # "Best Digital Bank – Gold": an award's category, not a bank
                head_words = head["canonical_head"] or base or re.sub(r"['’]s$", "", text[match.start() : match.end()])
                canonical = " ".join(kept + [" ".join(head_words.split())])
                end = match.end()
                org_type = typed(rules, kept, head["org_type"])
            elif head.get("name_after"):
                name = _name_after_head(text, match.end(), rules, language)
                if not name:
                    continue
                start, end = match.start(), text.index(name.split()[-1], match.end()) + len(name.split()[-1])
                words = name.split()
                canonical = " ".join([head["canonical_head"]] + words)
                org_type = typed(rules, words, head["org_type"])
                kinds = set(rules.get("kind_name_words", []))  # "شرکت خدمات انفورماتیک ...": the name says what it does
                told = org_type != head["org_type"] or (whitelist | kinds) & set(words) or acronym_after(text, end, rules)
                if head.get("needs_kind_or_place") and not told:
                    continue  # "سازمان استقرار": a common noun, not a name
                if head.get("needs_kind_or_place") and len(words) == 1 and set(words) <= kinds and org_type == head["org_type"]:
                    continue  # "اطلاعیه سازمان پسماند": a kind alone, no place nor name, is what it does, not who
            else:
                tail = re.match(r"[ \u00a0]+(\S+)", text[match.end() :])
                if not tail:
                    continue
                word = tail.group(1).rstrip("،,.:;!?؟»)")
                second = re.match(r"[ \u00a0]+(\S+)", text[match.end() + tail.end() :])
                if word in set(rules.get("city_prefixes", [])) and second:  # "شهرداری بندر نیلگون"
                    tail = re.match(r"[ \u00a0]+(\S+[ \u00a0]+\S+)", text[match.end() :])
                    word = tail.group(1).rstrip("،,.:;!?؟»)")
                if word not in whitelist and not (head.get("place_after") and _unknown_place(text, match.end(), word, rules)):
                    continue
                start, end = match.start(), match.end() + tail.start(1) + len(word)
                canonical = f"{head['canonical_head']} {word}"
                org_type = head["org_type"]
                unlisted_place = word not in whitelist
            country = _country_before(text, start, rules) if rules["name_before_head"] else rules["country"]
            if unlisted_place:
                country = None  # a place the city list lacks: the language does not tell its country
            mention = OrgMention(start, end, text[start:end], " ".join(canonical.split()), org_type, country, language)
            found.append(replace(mention, acronym=acronym_after(text, end, rules)))
    return found


def _last_words(words: list[str], limit: int, connectors: set[str]) -> list[str]:
    """The last `limit` words of a name, its connectors not counted: "Millbrook Falls Parks and Recreation
    Department" has four words of its own before the head, "and" joins two of them."""
    counted = 0
    for index in range(len(words) - 1, -1, -1):
        counted += words[index] not in connectors
        if counted > limit:
            return words[index + 1 :]
    return words


def _unknown_place(text: str, end: int, word: str, rules: dict) -> bool:
    """ "شهرداری سپیدشهر در ...": a city the whitelist lacks is the word after the head when it is no word of the
    closed lists (prepositions, light verbs, generic words, numerals) and what follows it is what follows a
    name (punctuation, a preposition or conjunction of `place_followers`), not the rest of a verb phrase."""
    closed = set(rules.get("name_stop_words", [])) | set(rules.get("generic_name_words", []))
    closed |= set(rules.get("connectors", [])) | set(rules.get("place_not_words", []))
    if any(w in closed or not re.fullmatch(rules["name_token"], w) for w in word.split()):
        return False
    rest = text[end:].lstrip(" \u00a0")[len(word) :]
    if not rest.strip() or rest[:1] in "،,.:;!?؟)»":
        return True
    following = re.match(r"[ \u00a0]+([^\s،,.:;!?؟]+)", rest)
    # "شهرداری نیک‌دشت ۴۶۸ چهار ستاره": a table row's name cell ends where its number cell starts
    return bool(following) and (following.group(1) in set(rules.get("place_followers", [])) or following.group(1).isdigit())


def _country_before(text: str, start: int, rules: dict) -> str | None:
    """The country of a name: a foreign country written before it on its line, after any other name
    ("Sırbistan Sjenica Belediyesi Kartal Belediyesi": Sjenica is in RS, Kartal is not), else the language's."""
    countries = rules.get("foreign_countries", {})
    line = text[text.rfind("\n", 0, start) + 1 : start]
    ends = [match.end() for head in rules["heads"] for match in head_pattern(rules, head).finditer(line)]
    line = line[max(ends, default=0) :]
    named = [countries[word] for word in re.findall(r"[^\W\d_]+", line) if word in countries]
    return named[-1] if named else rules["country"]


def _name_after_head(text: str, position: int, rules: dict, language: str) -> str:
    """The words after a head noun that name it, in a language without capitals (Persian): up to a
    punctuation mark, a word that cannot be in a name (a preposition, a verb) or the limit; a name whose
    first word is generic ("شرکت وابسته", "سازمان‌ها") is none."""
    stops = set(rules.get("name_stop_words", []))
    generic = set(rules.get("generic_name_words", []))
    token = re.compile(rules["name_token"])
    words: list[str] = []
    honorifics = "|".join(map(re.escape, rules.get("name_honorifics", [])))
    # "بیمارستان امام رضا (ع) سپیدشهر": an honorific in brackets after a holy name is part of the name
    pattern = rf"\(\s*(?:{honorifics})\s*\)|\S+" if honorifics else r"\S+"
    for found in re.finditer(pattern, text[position : position + 160]):
        raw = found.group(0)
        if words and raw in set(rules.get("connectors", [])) and _head_follows(text, position + found.end(), rules):
            break  # "بانک سپهرآیین و شرکت گاز ...": a conjunction before another head noun joins two names
        if honorifics and raw.startswith("(") and re.fullmatch(rf"\(\s*(?:{honorifics})\s*\)", raw):
            if words:
                words.append("(" + raw.strip("() ") + ")")
                continue
            break
        glued = raw.find("(", 1)
        if glued > 0 and not re.fullmatch(rf"\(\s*(?:{honorifics})\s*\)\S*", raw[glued:]):
            raw = raw[: glued + 1]  # "کوهپایه‌سار(این شرکت ...": a printer glued the bracket after a name to its last word
        word = raw.rstrip("،؛,.:;!?؟»)«(")
        if _temporal(word, text[position + found.end() :], rules, language):
            break  # "بانک مهرماه امسال ...", "بانک روز گذشته ...": a time told after a name is no part of it
        if words and rules.get("adverb_ending") and re.search(rules["adverb_ending"], word):
            break  # "شرکت توزیع نیروی برق سپیدکوه مجموعاً ۵۸۳ امتیاز": an adverb (its tanwin) is no word of a name
        prefixed = re.match(rules["verb_prefix"], word) if rules.get("verb_prefix") else None
        stem = word[prefixed.end() :] if prefixed else word  # "برگزار می‌شود": a light verb with its prefix
        if stem in set(rules.get("light_verbs", [])) or (words and prefixed):
            if words and stem in set(rules.get("light_verbs", [])):
                words.pop()  # "شرکت اجرا شد": the word before a light verb belongs to the verb, not the name
            break  # "در بیمارستان بودند؛": a head the verb follows at once is named by no word
        if not word or word in stops or not token.fullmatch(word) or len(words) >= rules.get("max_name_after_tokens", 6):
            break
        words.append(word)
        if word != raw:
            break
    while words and (words[-1] in set(rules.get("connectors", [])) or words[-1].startswith("(")):
        words.pop()
    if not words or words[0] in generic or words[0] in set(rules.get("connectors", [])) or any(w in stops for w in words):
        return ""
    return " ".join(words)


def _temporal(word: str, rest: str, rules: dict, language: str) -> bool:
    """Whether `word` opens a time rather than a name: a word of `name_time_words` ("روز", "امروز"), or a
    month of the language's calendar (the `dates` lexicon) followed by its month word ("مهرماه", "مهر ماه");
    a month alone stays a name's word ("بانک مهر ایران")."""
    if word in set(rules.get("name_time_words", [])):
        return True
    dates = load("dates").get(language, {})
    tail = dates.get("month_tail")
    if not tail:
        return False
    months = "|".join(map(re.escape, sorted(dates.get("months", {}), key=len, reverse=True)))
    return bool(months) and bool(
        re.fullmatch(rf"(?:{months})(?:{tail})", word) or (word in dates["months"] and re.match(tail, rest))
    )


def _head_follows(text: str, position: int, rules: dict) -> bool:
    """Whether the next word after `position` is a head noun of the language ("... و شرکت گاز")."""
    rest = text[position:].lstrip(" \u00a0")
    offset = len(text) - len(rest)
    return any(head_pattern(rules, head).match(text, offset) for head in rules["heads"])
