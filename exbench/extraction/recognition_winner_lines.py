"""One line of a winners list read on its own: a level heading, a line introducing the names below, a row
giving a level and its winners, or a line that is only names. The page walk that strings lines into lists
is `recognition_winners`."""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.metric_row_names import DocumentNames, named_by_short_form
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import Mention, lexicon, mentions_in, normalised, with_schemes
from exbench.extraction.recognition_names import level_noun
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span

__all__ = [
    "MAX_HEADING_WORDS",
    "described_at",
    "in_full",
    "introduced_level",
    "is_list_name",
    "level_line",
    "level_row",
    "line_view",
    "listed_names",
]

MAX_HEADING_WORDS = 8
_MAX_LINE_WORDS = 16
_INTRO_LOOK_BACK = 600  # characters above a list's introduction that may name its level
_STEM_LOOK_BACK = 3000  # characters above an introduction that points back by a noun ("The label went to:")
_NAME_BEFORE = 24  # characters before a level that may spell out its name
_REMARK = re.compile(r"\s+[—–]\s+(?=[^\W\d_A-ZÇĞİÖŞÜ])")  # "Corrabeg County Council — label renewed": a remark after a name
_FINAL_STOP = re.compile(r"(?<![.\s][^\W\d_])\.$")  # a line's full stop, not the last of "A.Ş."
# a capitalised short name, or a Persian one ("( مترو البرزان)"), not a legal form ("(سهامی عام)") nor an honorific ("(ع)")
_ALIAS = re.compile(r"\s*\(\s*(?:[A-ZÇĞİÖŞÜ]|(?!سهامی)[\u0600-\u06FF])[^()\d]{1,39}\)\s*$")
_SHORT_FIRST = re.compile(r"^(?P<short>[^\W\d_]*[A-ZÇĞİÖŞÜ]{2}[^\W\d_]*)\s*(?:\((?P<bracketed>[^()]+)\)|[–—]\s*(?P<dashed>.+))$")
_HEADING_REMARK = re.compile(r"\s[–—]\s+[^\W\d_]+\s*$")
_AFTER_COMMA = re.compile(r"[,،]\s+(?P<word>[^\W\d_])")


def described_at(text: str) -> int | None:
    """Where a list line's description of the name before it begins: a comma before a lower-case word ("St. Brendan
    Medical Center, a 210-bed hospital in ...", "Lakeview Unified School District, serving ..."); None in a line
    with none, and in a script without case."""
    match = next((m for m in _AFTER_COMMA.finditer(text) if m["word"].islower()), None)
    return match.start() if match else None


def line_view(text: str, page: int, language: str) -> SentenceView:
    """A line as a sentence, for the mention finder."""
    return SentenceView(Span(0, len(text), text), page, language)


def _own_noun(folded: str, level_end: int) -> re.Match[str] | None:
    """ "Mükemmellikte Yetkinlik 5 Yıldız belgesi", "Mükemmellikte Süreklilik Ödülü": the award noun right after a
    level (and its stars) is the level's own, no part of what follows it."""
    nouns = [
        match
        for pattern in lexicon()["generic_awards"]
        for match in compiled(pattern).finditer(folded, level_end)
        if level_noun(folded, level_end, match.start())
    ]
    return min(nouns, key=lambda m: m.start()) if nouns else None


def level_line(text: str, page: int, language: str) -> Mention | None:
    """The one level a short line names and is made of ("Recognised by EFQM", "تقدیرنامه چهار ستاره")."""
    if len(text.split()) > MAX_HEADING_WORDS:
        return None
    view = line_view(text, page, language)
    mentions, bodies = mentions_in(view)
    mentions = with_schemes(mentions, bodies, None)
    if len(mentions) != 1 or find_organizations(text, language):
        return None
    mention = mentions[0]
    after = view.folded[mention.end :]
    noun = _own_noun(view.folded, mention.end)
    if noun:
        after = view.folded[mention.end : noun.start()] + " " + view.folded[noun.end() :]
    rest = compiled(lexicon()["stars"]).sub("", view.folded[: mention.start] + " " + after)
    rest = _HEADING_REMARK.sub("", rest)  # "Recognised by EFQM – presentations": a remark after a dash
    return mention if not re.sub(r"[\W\d_]+", "", rest) else None


def introduced_level(text: str, page: int, language: str, before: str = "", pages_before: str = "") -> Mention | None:
    """The one level a line ending in a colon says the names below received ("... belgesi alan kuruluşlar şöyle:");
    a line that names none ("The 2025 recipients are:") speaks of the last level the page named before it
    (`before`, the page's text above the line), as a press release names its label in the headline; one that
    points back by a noun ("The label went to:") speaks of the last level named with that noun, on the pages
    before too (`pages_before`) when the page starts there."""
    intros = lexicon()["winner_intros"].get(language, [])
    if not text.rstrip().endswith(":"):
        # a heading with no colon that is only the winners' word and one level ("برگزیدگان تقدیرنامه چهار ستاره")
        bare = text.lower()
        for pattern in intros:
            bare = compiled(pattern).sub(" ", bare)
        return level_line(bare, page, language) if bare != text.lower() else None
    if not any_match(intros, text.lower()):
        return None
    if find_organizations(text, language):
        return None
    mentions, bodies = mentions_in(line_view(text, page, language))
    # "This year the label went to:": a noun that points back names no level of its own
    refers = [compiled(e["pattern"]) for e in lexicon()["level_references"].get(language, [])]
    mentions = [m for m in with_schemes(mentions, bodies, None) if not any(r.match(text.lower(), m.start) for r in refers)]
    if not mentions and (before or pages_before):
        # "The label went to:" under a sidebar of other news: the label the page named before, however far up
        stems = [
            fold(e["stem"])
            for e in lexicon()["level_references"].get(language, [])
            if compiled(e["pattern"]).search(text.lower())
        ]
        named = _named_by_stem(stems, (pages_before + before)[-_STEM_LOOK_BACK:], page, language)
        if named is not None or not before:
            return named
        above = before[-_INTRO_LOOK_BACK:]
        earlier, bodies = mentions_in(line_view(above, page, language))
        earlier = [
            m
            for m in with_schemes(earlier, bodies, None)
            if m.scheme != "iso" and not any(r.match(above.lower(), m.start) for r in refers)
        ]
        return earlier[-1] if earlier else None
    return mentions[0] if len(mentions) == 1 else None


def _named_by_stem(stems: list[str], above: str, page: int, language: str) -> Mention | None:
    """The last level named in `above` whose name, or the words just before it, holds one of the reference's
    stems ("European Label of Governance Excellence (ELoGE)" for "the label"); an ISO standard never does."""
    if not stems:
        return None
    mentions, bodies = mentions_in(line_view(above, page, language))
    folded = fold(above)
    refers = [compiled(e["pattern"]) for e in lexicon()["level_references"].get(language, [])]
    for mention in reversed(with_schemes(mentions, bodies, None)):
        named = folded[max(0, mention.start - _NAME_BEFORE) : mention.end]
        if any(r.match(above.lower(), mention.start) for r in refers):
            continue  # "The label, created by ...": itself a reference
        if mention.scheme != "iso" and any(stem in fold(mention.level or "") or stem in named for stem in stems):
            return mention
    return None


def _is_name(item: str, language: str) -> bool:
    """A list item is a name: in a cased language, name words around a name the finder finds; in one
    without capitals (Persian), words that start with a head noun ("شرکت پالایش نفت کرانه") and hold no
    word of the closed lists."""
    rules = load("organizations").get(language, {})
    words = item.split()
    if not words:
        return False
    if rules.get("name_before_head"):
        token = re.compile(rules["name_token"])
        inner = set(rules.get("connectors", [])) | set(rules.get("after_connectors", []))
        found = [m for m in find_organizations(item, language) if m.canonical]
        outside = "".join(item[m.end : n.start] for m, n in zip([*found][:-1], found[1:], strict=True))
        outside = item[: found[0].start] + outside + item[found[-1].end :] if found else item
        if not found:  # "Sarıçam Organize Sanayi Bölgesi Müdürlüğü": a unit's name alone on a list's line
            # "Çamlıova Bld.", "Yenikent BB İtfaiye Daire Bşk.": a head cut short, as a narrow cell prints it
            short = set(rules.get("abbreviated_heads", []))
            return (
                1 < len(words) <= MAX_HEADING_WORDS
                and words[-1] in set(rules.get("list_name_heads", [])) | short
                and all(token.fullmatch(word) and not word.isupper() or word in inner | short for word in words)
            )
        return all(token.fullmatch(word) or word in inner for word in outside.split())
    stops = set(rules.get("name_stop_words", []))
    heads = [compiled(head["pattern"]) for head in rules.get("heads", [])]
    if 1 < len(words) <= MAX_HEADING_WORDS and any(h.match(item) for h in heads) and not stops & set(words[1:]):
        return True
    # "سازمان اتوبوسرانی شهرداری بندر نیلگون": a unit named with its parent, which the finder reads whole
    return any(m.start == 0 and m.end >= len(item.rstrip(".")) for m in find_organizations(item, language) if m.canonical)


def is_list_name(item: str, language: str) -> bool:
    """Whether a list item or a table cell is only an organization's name (`_is_name`)."""
    return _is_name(item, language)


def listed_names(text: str, language: str) -> list[str]:
    """The names a line lists ("A، B و C", "A; B"), or none when it is not only names. After a name, a
    comma and lower-case words describe it ("Ashby Metro Ltd, for its ... project")."""
    joiners = lexicon()["winner_list_joiners"].get(language, [])
    if len(text.split()) > _MAX_LINE_WORDS:
        # a sentence, not a line of a list, unless a short name opens it and the rest describes that name
        cut = described_at(text)
        if cut is None or len(text[:cut].split()) > MAX_HEADING_WORDS:
            return []
        text = text[:cut]
    text = _REMARK.split(text, maxsplit=1)[0]
    # "STSO (Sarıyaka Ticaret ve Sanayi Odası)", "TEPMETRO – Tepecik Metro ...": a short form, then the name in full
    short_first = _SHORT_FIRST.match(text.strip())
    if short_first and _is_name(full := (short_first.group("bracketed") or short_first.group("dashed")).strip(), language):
        text = full
    if not re.search(r"[;,،؛]", text):  # "X, Türkiye Kalite Derneği (KalDer)" is a sentence's start, not two winners
        text = _ALIAS.sub("", text)  # "Boğazkent Metro İşletmesi A.Ş. (Boğazkent Metro)": the short name it goes by
    text = text.strip()
    # "Trakya Teknik Hizmetler Ltd. Şti.", "Ortaköy Bld.": the stop closes an abbreviation, not the line
    cut_short = [*load("abbreviations")["compounds"], *load("organizations").get(language, {}).get("abbreviated_heads", [])]
    text = text if any(text.endswith(f" {c}") for c in cut_short if c.endswith(".")) else _FINAL_STOP.sub("", text)
    chunks = [c.strip() for c in re.split(r"\s*[;,،؛]\s*", text) if c.strip()]
    names: list[str] = []
    for chunk in chunks:
        if names and chunk[:1].islower():
            break
        # "شرکت آب و فاضلاب ... و بیمارستان ...": split at a joiner only where a name ends and one begins, and
        # not within a unit the finder reads whole with its parent ("... Üniversitesi Sağlık Uygulama ve
        # Araştırma Hastanesi")
        whole = any(m.parent and m.start == 0 and m.end == len(chunk) for m in find_organizations(chunk, language))
        pieces = re.split(rf"\s+({'|'.join(joiners)})\s+", chunk) if joiners and not whole else [chunk]
        current = pieces[0]
        for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if _is_name(current, language) and _is_name(piece, language):
                names.append(current)
                current = piece
            else:
                current = f"{current} {joiner} {piece}"
        if not _is_name(current, language):
            return []
        names.append(current)
    return [" ".join(name.split()) for name in names]


def level_row(text: str, next_line: str, page: int, language: str) -> tuple[Mention, str, list[str]] | None:
    """A row that gives a level, its grade and the winners in one line ("Pennine Award – Silver Ashby
    Council", "Recognised by EFQM 5 Star Ashby Bank plc"): the level opens the line and only names
    follow it. A name the line wraps ("... NHS Foundation" / "Trust") goes on in a short next line."""
    mentions, bodies = mentions_in(line_view(text, page, language))
    mentions = with_schemes(mentions, bodies, None)
    if not mentions or mentions[0].start > 0 or mentions[0].scheme is None:
        return None
    mention = mentions[0]
    rest = text[mention.end :].strip()
    level = normalised(text[: mention.end])
    stars = compiled(lexicon()["stars"]).match(rest.lower())
    if stars and mention.stars is not None:  # "Recognised by EFQM 5 Star": the level's stars stand after it
        level, rest = f"{level} {rest[: stars.end()]}", rest[stars.end() :].strip()
    # "Mükemmellikte Süreklilik Ödülü X A.Ş.": the noun of the award's title, capitalised; "... belgesini X" is prose
    noun = _own_noun(fold(rest), 0)
    rest = rest[noun.end() :].strip() if noun and noun.start() == 0 and rest[:1].isupper() else rest
    dash = re.match(r"^[–—-]\s*", rest)
    rest = rest[dash.end() :] if dash else rest
    for grade in sorted(lexicon()["award_grades"].get(language, []), key=len, reverse=True):
        if rest.lower().startswith(grade + " "):
            level, rest = f"{level} – {rest[: len(grade)]}", rest[len(grade) :].strip()
            break
    else:
        if dash:
            return None  # "Award – Leadership: ...": a category, read elsewhere
    if not rest or rest[:1].islower() or ":" in rest:
        return None
    if 0 < len(next_line.split()) <= 2 and not mentions_in(line_view(next_line, page, language))[0]:
        joined = listed_names(f"{rest} {next_line.strip()}", language)
        if joined and " ".join(joined).endswith(next_line.strip()):
            return mention, level, joined
    names = listed_names(rest, language)
    return (mention, level, names) if names else None


def in_full(name: str, document: DocumentNames, language: str) -> str:
    """A listed name whose head is cut short ("Kuzeyli Üniv.") as the one name the document writes in full that
    it shortens ("Kuzeyli Üniversitesi"); as written where the document writes none."""
    short = load("organizations").get(language, {}).get("abbreviated_heads", [])
    if not name.split() or name.split()[-1] not in short:
        return name
    return named_by_short_form(name, document, language) or name
