"""Findings whose kind only the assessor's own wording tells: a paragraph under a criterion heading, with
no findings heading, label or mark, that commends ("takdirle gözlemlemiştir", "the team commends") or
recommends ("önermektedir", "پیشنهاد می‌شود", "we recommend").

The words are lexicon data per language (reports: `verdict_cues`). A report is read so only where both
kinds are worded so at least twice each (one "önermektedir" in a closing letter is no way of writing
findings), and a paragraph only when its words give one kind.
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.finding_polarity import states_a_lack
from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon, line_key
from exbench.extraction.text_units import Span
from exbench.language.digits import to_ascii_digits
from exbench.language.text import fold

__all__ = ["VerdictReader", "unmarked_report", "verdict_kind", "verdict_topic", "worded_report"]

# A report writes findings by wording when each kind is worded so this many times.
_LEAST_WORDED = 2
# The kinds a report must state counts of before its unmarked paragraphs are read by their grammar.
_STATED = ("strength", "improvement_area")
# A line of at most this many words that ends no sentence, opening no paragraph, is a heading.
_HEADING_WORDS = 6
# A clause leading a finding in has at most this many words.
_LEAD_WORDS = 14
# What may open a paragraph and is no part of its text: a bullet, a paragraph number ("1.1", "3.")
_LEAD = re.compile(r"^(?:(?:[•·▪●◦■□➢►✓✔○✎]|[—–](?=\s))\s*)+|^(?:\d{1,2}(?:\.\d{1,2})?[.)]?\s+(?=[^\W\d_]))")


def _cues(text: str) -> dict[str, int]:
    """How often each kind's wording occurs in these words."""
    key = line_key(text)
    return {
        kind: sum(len(compiled(r"(?<!\w)(?:" + cue + r")(?!\w)").findall(key)) for cue in cues)
        for kind, cues in lexicon()["verdict_cues"].items()
    }


def worded_report(text: str) -> bool:
    """The report tells its findings' kinds by the assessor's wording: both kinds worded often enough, or
    each kind led in by a formula of its own that recurs (a lead clause met once is no way of writing
    findings: counting single clauses read a never-tuned report's paragraphs as findings)."""
    counts = _cues(text)
    return len(counts) >= 2 and all(count >= _LEAST_WORDED for count in counts.values()) or _formulaic(text)


def _formulaic(text: str) -> bool:
    """Paragraphs of both kinds opened by the same lead clause, word for word, at least twice each ("تیم
    ارزیابی به‌عنوان نقطه قوت مشاهده کرد که X" ... "به نظر تیم، زمینه بهبود آن است که Y" ...)."""
    seen: dict[tuple[str, str], int] = {}
    for line in text.split("\n"):
        lead = _LEAD.match(line.lstrip())
        line = line.lstrip()[lead.end() if lead else 0 :]
        found = verdict_lead(line)
        if found:
            clause = " ".join(fold(line)[: found[1]].split())
            seen[found[0], clause] = seen.get((found[0], clause), 0) + 1
    kinds = {kind for (kind, _), count in seen.items() if count >= _LEAST_WORDED}
    return len(kinds) >= 2


def unmarked_report(text: str) -> dict[str, int] | None:
    """How many strengths and areas for improvement a report says it holds ("19 strengths and 15 areas
    for improvement"), where it does: a report that, read for headings, labels, marks and wording, gave
    no finding may hold them under its criterion headings with nothing a reader can see to tell their
    kinds (a printer may drop a badge or a mark column: "[S]", "++" drawn apart from the text), so each
    paragraph's grammar tells it, and no more of a kind may be read than the report says it holds."""
    stated = {}
    for kind in _STATED:
        counts = compiled(r"(?<!\w)(\d{1,3})\s+(?:" + lexicon()["table_types"][kind] + r")").findall(text)
        if counts:
            stated[kind] = max(int(count) for count in counts)
    return stated if len(stated) == len(_STATED) else None


def verdict_kind(text: str) -> str | None:
    """The one kind a paragraph's wording gives, None where it gives none or both."""
    kinds = [kind for kind, count in _cues(text).items() if count]
    return kinds[0] if len(kinds) == 1 else None


def verdict_lead(text: str) -> tuple[str, int] | None:
    """A clause that leads a finding in and gives its kind, ended by a colon or a complementizer ("Ekip
    aşağıdaki hususu takdirle not etmiştir: X", "به نظر تیم، زمینه بهبود آن است که X", "The team saw
    as a strength that X"): the kind and where X starts; None where the clause names no kind or both."""
    key = to_ascii_digits(fold(text))
    end = compiled(r"\s*:\s+|\s(?:" + "|".join(lexicon()["verdict_lead_ends"]) + r")\s+").search(key)
    if not end or len(key) != len(text) or len(key[: end.start()].split()) > _LEAD_WORDS or not key[end.end() :].strip():
        return None
    lead = key[: end.start()]
    if not compiled(r"(?<!\w)(?:" + "|".join(lexicon()["verdict_lead_subjects"]) + r")(?!\w)").search(lead):
        return None  # the clause is the assessors' own statement ("Ekip ...", "به نظر تیم", "The team ...")
    kinds = {kind for kind, count in _cues(lead).items() if count}
    for kind, pattern in lexicon()["table_types"].items():
        kinds |= {kind} if compiled(r"(?<!\w)(?:" + pattern + r")(?!\w)").search(lead) else set()
    return (kinds.pop(), end.end()) if len(kinds) == 1 else None


def _trimmed(cell: list[tuple[int, Span]], start: int, end: int) -> list[tuple[int, Span]]:
    """The part of a paragraph's lines between two offsets of their text joined by spaces."""
    kept, offset = [], 0
    for page, span in cell:
        low, high = max(start - offset, 0), min(end - offset, len(span.text))
        if low < high:
            kept.append((page, Span(span.start + low, span.start + high, span.text[low:high])))
        offset += len(span.text) + 1
    return kept or cell


def verdict_topic(cell: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """The finding a verdict wraps as its topic ("Ekip, X konusunu ... takdirle karşılamıştır", "The team
    regarded X as a strength", "تیم ارزیابی X را به عنوان نقطه قوت ..."): X alone, else the paragraph whole."""
    joined = " ".join(span.text for _, span in cell)
    key = to_ascii_digits(fold(joined))
    if len(key) != len(joined):
        return cell
    found = next((m for p in lexicon()["verdict_topics"] if (m := compiled(p).match(key)) and m.group("text").strip()), None)
    return _trimmed(cell, *found.span("text")) if found else cell


class VerdictReader:
    """Paragraphs under a criterion heading read for their wording, as a part of the findings reader."""

    worded = False  # the report tells kinds by wording (worded_report)
    polar = False  # every paragraph under a criterion is a finding of the kind its grammar gives (unmarked_report)
    verdict: list[tuple[int, Span]] | None = None  # the paragraph being read
    concluded = False  # a closing part of the report ("Sonuç", "Summary") is under no criterion

    def verdict_line(self, key: str, span: Span, page: int) -> None:
        """A line of a paragraph outside any findings heading: the paragraph is a finding when its
        wording gives it a kind once its sentence ends."""
        if not self.worded or self.criterion is None or self.concluded:
            return
        heading = compiled(lexicon()["numbered_heading"]).match(key)
        if heading and not self.verdict and not self.runs_on():  # "3. Sonuç ve Öneri": a part of the report after the criteria
            self.criterion = self.item = None
            return
        if self.polar and not self.verdict and len(key.split()) <= _HEADING_WORDS and not key.endswith(TERMINAL):
            self.criterion = self.item = None  # "Section C – Scoring summary": a part of the report after the criteria
            return
        lead = _LEAD.match(span.text.lstrip())
        if lead or self.verdict is None:
            offset = len(span.text) - len(span.text.lstrip()) + (lead.end() if lead else 0)
            span = Span(span.start + offset, span.end, span.text[offset:])
            self.verdict = []  # a new paragraph: one left unended is no finding
        self.verdict.append((page, span))
        if span.text.rstrip().endswith(TERMINAL):
            cell, self.verdict = self.verdict, None
            joined = " ".join(s.text for _, s in cell)
            lead = verdict_lead(joined)
            if lead:  # "Ekibin önerisi şudur: X": X, of the kind the clause gives
                self.emit_cells([(lead[0], self.criterion, self.item, _trimmed(cell, lead[1], len(joined)))])
                return
            if self.polar and any(compiled(pattern).search(line_key(joined)) for pattern in lexicon()["scaled_score"]):
                return  # "Bu kriterde Birim, 100 puan üzerinden 46 puan almıştır.": the criterion's score, no finding
            kind = verdict_kind(joined)
            if kind is None and self.polar:  # no wording of a kind: a stated lack makes an area for improvement
                kind = "improvement_area" if states_a_lack(joined) else "strength"
            if kind:
                self.emit_cells([(kind, self.criterion, self.item, verdict_topic(cell))])
