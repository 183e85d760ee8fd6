"""Headings that name a criterion: by its number ("Kriter 3:", "4.1 Kriter 1 – ...", "زیرمعیار ۱-۲"), by its
code ("K1 Liderlik", "C2: Strategy") or by the model's own name ("3.1 Amaç, Vizyon ve Strateji", "معیار رهبری").

Every word is lexicon data (reports: criterion_heading, coded_heading, criterion_names, name_heading_lead).
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon
from exbench.language.scripts import ARABIC_LETTERS, LATIN_LETTERS

__all__ = [
    "coded_heading",
    "criterion_by_name",
    "criterion_heading",
    "criterion_lead",
    "criterion_named",
    "titled_heading",
]


def criterion_by_name(key: str, framework: str | None, current: str | None = None, numbered: bool = True) -> str | None:
    """A heading naming a criterion by the model's name after a section number or the criterion word
    ("3.1 Amaç, Vizyon ve Strateji", "معیار رهبری"): that criterion (a bare name is read elsewhere). An
    item numbered under the criterion being read ("7.2 Customer Results" under "Category 7") stays that
    criterion's, whatever another criterion of some model its title names."""
    rest = compiled(lexicon()["name_heading_lead"]).sub("", key, count=1)
    if rest == key:  # "1. Liderlik" heads its criterion outside the scores (`numbered`)
        own = numbered and re.match(r"(\d{1,2})\s?[.)]\s+(?=[^\W\d_])", key)
        named = criterion_named(key[own.end() :], framework) if own else None
        whole = named and named[1] >= len(key[own.end() :].rstrip(" :"))
        return named[0] if whole and named[0] == own.group(1) else None
    named = criterion_named(rest, framework)
    item = re.match(r"(\d{1,2})\.\d", key)
    if named and item and item.group(1) == current != named[0]:
        return None
    return named[0] if named and named[1] >= len(rest.rstrip(" :")) else None


def criterion_named(key: str, framework: str | None, anywhere: bool = True) -> tuple[str, int] | None:
    """A criterion named by the model's own name at the start of a line ("Strategy: ...",
    "هدف، چشم‌انداز و استراتژی: ..."), and where the name ends: in the report's framework, else
    in any framework where the name is one criterion's only (unless `anywhere` is False)."""
    names = lexicon()["criterion_names"]
    for frameworks in ([framework] if framework in names else [], list(names) if anywhere else []):
        found: dict[str, int] = {}
        for name in frameworks:
            for code, patterns in names[name].items():
                for pattern in patterns:
                    match = compiled(lexicon()["criterion_name"].replace("{name}", "(?:" + pattern + ")")).match(key)
                    if match:
                        found[code] = max(found.get(code, 0), match.end())
        if found:
            return next(iter(found.items())) if len(found) == 1 else None
    return None


def criterion_lead(key: str, framework: str | None, bare: bool = True) -> tuple[str, int] | None:
    """The criterion a finding names before its text, and where its text starts: in brackets ("(Purpose,
    Vision & Strategy) The ...", "( معیار رهبری): ..."), which is never part of the text, or (`bare`: where
    no code of the finding named one) by the name alone ("Strategy: ...")."""
    match = compiled(lexicon()["criterion_bracket"]).match(key)
    named = criterion_named(match.group("name"), framework) if match else None
    if named and named[1] >= len(match.group("name")):
        return named[0], match.end()
    return criterion_named(key, framework) if bare else None


def _criterion_heading(pattern: str, strip: str, key: str, framework: str | None, findings_follow: bool) -> str | None:
    """The criterion a heading of the lexicon's `pattern` numbers, where its title is the criterion's model name
    or findings follow (else the line is a finding that closes with a code)."""
    match = compiled(lexicon()[pattern]).match(key)
    if not match:
        return None
    title = match.group("title").rstrip(strip)
    named = criterion_named(title, framework)
    return match.group("num") if findings_follow or named and named[1] >= len(title) else None


def coded_heading(key: str, framework: str | None, findings_follow: bool) -> str | None:
    """A heading naming a criterion by its code ("K1 Liderlik", "C2: Strategy"; else "C1 Leaders meet ..." is a
    finding)."""
    return _criterion_heading("coded_heading", " :", key, framework, findings_follow)


def titled_heading(key: str, framework: str | None, findings_follow: bool) -> str | None:
    """A heading giving the criterion's number in brackets after its title ("People (Criterion 3)",
    "Liderlik (Kriter 2)", "رهبری (معیار ۱)"; else "... are reviewed (Criterion 3)" is a finding)."""
    return _criterion_heading("titled_heading", " :-–—", key, framework, findings_follow)


def criterion_heading(key: str) -> re.Match[str] | None:
    """A heading naming a criterion by number ("Kriter 3:", "4.1 Kriter 1 – ...", "زیرمعیار ۱-۲"), in words
    too ("معیار سوم", "Birinci Kriter", "Criterion Two")."""
    key = _number_in_digits(compiled(lexicon()["criterion_lead"]).sub("", key, count=1))
    # a bilingual caption whose Arabic-script half the reader put first ("انطباعات المعنيين Criterion 6 – ...")
    caption = re.match(r"(?:(?:" + ARABIC_LETTERS.pattern + r"|\u200c)+\s+)+(?=" + LATIN_LETTERS.pattern + ")", key)
    for text in [key, key[caption.end() :]] if caption else [key]:
        for pattern in lexicon()["criterion_heading"]:
            match = compiled(pattern).match(text)
            if match:
                return match
    return None


def _number_in_digits(key: str) -> str:
    """A heading's criterion number written as a word put in digits: a cardinal or an ordinal after the
    criterion word ("معیار سه", "معیار سوم", "criterion two"), an ordinal before it ("birinci kriter")."""
    cardinals, ordinals = lexicon()["criterion_number_words"], lexicon()["criterion_ordinal_words"]
    words = {**cardinals, **ordinals}
    if not words:
        return key
    after = "|".join(sorted(words, key=len, reverse=True))
    found = compiled(r"^(?P<lead>" + lexicon()["criterion_word_lead"] + r")(?P<word>" + after + r")(?!\w)").match(key)
    if found:
        return found.group("lead").rstrip() + " " + str(words[found.group("word")]) + key[found.end() :]
    before = "|".join(sorted(ordinals, key=len, reverse=True)) if ordinals else None
    found = compiled(r"^(?P<word>" + before + r")\s+(?P<lead>" + lexicon()["criterion_word_lead"] + r")") if before else None
    found = found.match(key) if found else None
    if found:
        return found.group("lead").rstrip() + " " + str(ordinals[found.group("word")]) + key[found.end() :]
    return key
