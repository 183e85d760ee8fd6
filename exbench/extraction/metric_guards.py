"""Whether a number a metric rule matched is a count at all: not a plan, money or training, not a bound, not the
name of a part of the model, not a footnote mark (lexicons' metrics.json: `plan_markers`, `plan_sentence`,
`not_a_metric`, `trained` and `serving`, `pool`, `lower_bound`, `average`, `part_names`)."""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, fold, load
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import clause_around


def is_count(view: SentenceView, start: int, end: int, language: str) -> bool:
    """Whether the number at start..end is a reported count: every guard below lets it pass."""
    return (
        _reports_fact(view, start, language)
        and not _lower_bound(view, start, end, language)
        and not _names_a_part(view, start, language)
        and not _note_mark(view, start, end)
    )


def _reports_fact(view: SentenceView, position: int, language: str) -> bool:
    block = load("metrics")[language]
    clause = fold(clause_around(view.text, position))
    if view.in_plan:
        return False
    if any_match(block.get("plan_sentence", []), view.folded):
        return False
    if block.get("modifier_before_number"):
        scope = _own_stretch(view, position)
    else:
        scope = _up_to_next(view, position) if block.get("modifier_after_noun") else clause
    return (
        not any_match(block["plan_markers"], clause)
        and not any_match(block["not_a_metric"], scope)
        and not _trained_only(view, position, scope, block)
        and not _pool_only(view, position, scope, block)
    )


def _pool_only(view: SentenceView, position: int, scope: str, block: dict) -> bool:
    """A count of a pool of assessors (lexicon `pool`: `words`) counts a register, not a team, unless the sentence
    goes on, past the commas of an apposition, to say the pool did the work (`served`): "A pool of 212 trained
    assessors, most of them volunteers seconded by member organisations, carried out the assessments"."""
    pool = block.get("pool", {})
    if not any_match(pool.get("words", []), scope):
        return False
    rest = view.folded[position:].split(";", 1)[0]
    return not any_match(pool.get("served", []), rest)


def _trained_only(view: SentenceView, position: int, scope: str, block: dict) -> bool:
    """A count of people the clause says were trained (lexicon `trained`) counts the trained, not a team, unless
    the words after it up to the next number say they served on the assessment (lexicon `serving`): "eğitim
    almış 38 iç değerlendirici bulunmakla birlikte bunlar ekipte yer almamıştır" trained 38, but "Birliğin eğitim
    almış 46 gönüllü değerlendiricisi görev yapmıştır" served."""
    if not any_match(block.get("trained", []), scope):
        return False
    clause = clause_around(view.text, position)
    end = view.text.find(clause, max(0, position - len(clause))) + len(clause)
    after = [n.start for n in view.numbers if position < n.start and n.end <= end]
    return not any_match(block.get("serving", []), fold(view.text[position : min(after, default=end)]))


def _up_to_next(view: SentenceView, position: int) -> str:
    """The clause a number stands in, up to the next number in it. In a language whose modifiers follow the noun
    (lexicon `modifier_after_noun`: Persian's ezafe and relative clauses), a word that makes a number no metric
    stands before it or after it, before the next number; one after the next number is that number's own:
    "ارزیابی‌ها توسط ۲۳۸ ارزیاب انجام شد که از میان بیش از ۹۰۰ نفر دانش‌آموخته دوره‌های تربیت ارزیاب" trained
    the 900. (English was tried too: it let a count through that a later clause of its sentence disowned.)"""
    clause = clause_around(view.text, position)
    start = view.text.find(clause, max(0, position - len(clause)))
    end = start + len(clause)
    after = [n.start for n in view.numbers if position < n.start and n.end <= end]
    return fold(view.text[start : min(after, default=end)])


def _own_stretch(view: SentenceView, position: int) -> str:
    """The stretch of the clause a number's own words stand in: from the number before it in the clause to the one
    after. In a language whose modifiers stand before the noun they modify (lexicon `modifier_before_number`:
    Turkish participles and relative clauses), a word that makes a number no metric (training, money) belongs to
    the number it stands before, not to every number of the clause: "eğitimi alan 19 çalışan arasından seçilen 11
    iç değerlendirici" trained 19, and assessed with 11. English and Persian put such words after the number
    ("19 staff who completed training, of whom 11 ..."), so there the whole clause is read."""
    clause = clause_around(view.text, position)
    start = view.text.find(clause, max(0, position - len(clause)))
    end = start + len(clause)
    before = [n.end for n in view.numbers if start <= n.end <= position]
    after = [n.start for n in view.numbers if position < n.start and n.end <= end]
    return fold(view.text[max(before, default=start) : min(after, default=end)])


_NOTE_MARK = re.compile(r"[ \t]+[^\W\d_]")


def _note_mark(view: SentenceView, start: int, end: int) -> bool:
    """A number of one or two digits that opens a line, before a capitalised word, marks a footnote or numbers a
    heading or an item ("1 Saat toplamı, ekibin saha ziyareti öncesi ...", "2 Strengths"): no count. A count opens
    its line in small letters ("27 strengths and ...", "41 güçlü yön") or stands on a line of its own (a stats
    block's figure over its caption)."""
    line_start = view.text.rfind("\n", 0, start) + 1
    if view.text[line_start:start].strip() or end - start > 2:
        return False
    word = _NOTE_MARK.match(view.text, end)
    return bool(word) and view.text[word.end() - 1].isupper()


def _lower_bound(view: SentenceView, start: int, end: int, language: str) -> bool:
    """A number given as a bound ("more than 140 volunteer examiners", "بیش از ۱۸ هزار نفرساعت", "150’den fazla")
    or as an average ("an average of about 52 strengths per organisation") is no count: the count itself is not
    stated (lexicons `lower_bound` and `average`: `before` and `after` the number). The words before reach back
    over a count joined to an average ("şirket başına 25 güçlü yön ve yaklaşık 25 iyileştirme alanı")."""
    block = load("metrics")[language]
    return any(
        any_match(words.get("before", []), view.folded[max(0, start - 50) : start])
        or any_match(words.get("after", []), view.folded[end : end + 30])
        for words in (block.get("lower_bound", {}), block.get("average", {}))
    )


def _names_a_part(view: SentenceView, start: int, language: str) -> bool:
    """A number after the word for a criterion, alone or closing a list ("معیارهای ۲، ۷ و ۹ پروژه‌های بهبود", "criteria
    2, 7 and 9"), names a part of the model, not a count of what follows it (lexicon `part_names`)."""
    return any_match(load("metrics")[language].get("part_names", []), view.folded[max(0, start - 40) : start])
