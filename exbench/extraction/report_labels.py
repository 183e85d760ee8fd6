"""Findings introduced by a label of their kind ("Strength 3.1 ...", "Güçlü Yön 1.2: ...", "قوت ۱-۲: ...",
"1. نقطه قوت ..."), and the reports that tag their findings with a bare label in a script without capitals
("نقطه قوت بیانیه ...", where a printer or an HTML list left the running numbers out).

The labels are lexicon data (reports: finding_labels).
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon

__all__ = ["bare_labels", "both_kinds", "chrome", "finding_label", "lead_code", "note", "placeholder"]


def chrome(key: str) -> bool:
    """A line of the site or the page (a page number, a footer, a letterhead's contacts), never a finding."""
    return any(compiled(pattern).search(key) for pattern in lexicon()["chrome_line"])


def note(key: str) -> bool:
    """A line opened by a note's word and a colon ("Note: ...", "توجه: ..."): the report's aside, no finding."""
    return compiled(lexicon()["note_line"]).match(key) is not None


def placeholder(key: str) -> bool:
    """A cell or line that says a kind has no finding here ("No strength recorded.", "Yok."): no finding."""
    return any(compiled(pattern).match(key) for pattern in lexicon()["finding_placeholder"])


def finding_label(key: str, text: str, bare: bool = False) -> tuple[str, re.Match[str]] | None:
    """A finding introduced by its kind ("strength 3.1 ...", "güçlü yön: ...", "قوت ۱-۲: ...");
    a label with no number or colon stands before a capital ("Strength The company's ..."), or, in
    a script without capitals, before any word where the report tags its findings so (`bare`)."""
    for finding_type, pattern in lexicon()["finding_labels"].items():
        match = compiled(pattern).match(key)
        if match and match.group("text") and both_kinds(key[match.start("text") :]):
            return None  # "۳. نقاط قوت و زمینه‌های بهبود ...", "Strengths and areas ...": a heading of both kinds
        if match and not match.group("text"):
            if match.group("lead"):  # "ق-۱-۱ نقطه قوت" / "...": the row's text cell wrapped onto the next line
                return finding_type, match
            if match.group("running") and not match.group("sep"):  # "نقطه قوت ۱-۱" / "...": a term, its definition below
                return finding_type, match
            continue
        if match and (
            match.group("running")
            or match.group("sep")
            or match.group("crit")
            or match.group("bcrit")
            or match.group("lead")
            or match.group("pcode")
            or match.group("bcode")
            or text[match.start("text")].isupper()
            or bare
            and _caseless(text[match.start("text")])
        ):  # "1. نقطه قوت ...": a numbered list of labeled findings, in a script without capitals too
            return finding_type, match
    return None


def lead_code(match: re.Match[str]) -> str | None:
    """The criterion a label's own code names, for a finding outside any criterion heading: a dotted number
    after the label ("strength 3.1") or the code before it ("1a –", "2.3 –", "Kriter 7", "زیرمعیار ۱.۱ –")."""
    running = match.group("running")
    if running and re.fullmatch(r"\d{1,2}\s*[.\-/]\s*\d{1,2}", running):
        return re.split(r"\s*[.\-/]\s*", running)[0]
    return match.group("scode") or match.group("dcode") or match.group("icode") or match.group("wcode")


def both_kinds(rest: str) -> bool:
    """The words after a kind's label join another kind to it ("و زمینه‌های بهبود", "and areas for improvement")."""
    joined = re.match(r"\s*(?:و|and|ve|&)\s+", rest)
    types = lexicon()["table_types"].values()
    return bool(joined and any(compiled(r"(?:" + t + r")(?!\w)").match(rest, joined.end()) for t in types))


def _caseless(char: str) -> bool:
    """A letter of a script without capitals (Arabic script)."""
    return char.isalpha() and not char.isupper() and not char.islower()


# A report tags its findings with bare labels from this many lines so tagged.
_LEAST_BARE = 3
# A line of this many words that ends no sentence goes on in the next line.
_PARAGRAPH_WORDS = 8


def bare_labels(keys: list[str], texts: list[str]) -> frozenset[str]:
    """The lines that open with a bare kind label before a finding's text in a script without capitals
    ("نقطه قوت بیانیه ...", "فرصت بهبود ..."), where a printer or the page dropped the running numbers:
    none unless several lines open so (more than a sentence that merely starts with the word), and never
    a line that goes on with a sentence the line before left unended ("... ۶۱۸ نقطه قوت و ۹۴۲" /
    "زمینه قابل بهبود ثبت کردند")."""
    tagged = set()
    for index, (key, text) in enumerate(zip(keys, texts, strict=True)):
        found = finding_label(key, text, bare=True)
        before = keys[index - 1].rstrip() if index else ""
        running = len(before.split()) >= _PARAGRAPH_WORDS and not before.endswith((*".!?؟…", ":"))
        if found and found[1].group("text") and _caseless(text[found[1].start("text")]) and not running:
            tagged.add(text)
    return frozenset(tagged) if len(tagged) >= _LEAST_BARE else frozenset()
