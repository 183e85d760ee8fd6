"""Scores in an official letter that announces an assessment's result ("The Validation Panel ... confirmed a
score of 447 points out of 1,000", "Şirketinizin 1000 puan üzerinden 357 puan aldığı", "با کسب ۳۷۲ امتیاز از
۱۰۰۰ امتیاز"): the letter is no feedback report, but the score it states is the addressee's, as a report's is.

A letter is told by its parts, never by its title: a salutation or addressee, a closing, reference or
subject lines (lexicon data, reports: letter_parts); two of the three kinds make one. A news story or an
annual report quoting a score has none of them and gives no score: whose and which cycle's the score is
cannot be told there. So does a report whose layout no reader knows but which states its whole scoring
profile in prose, every criterion of a model by name with its points ("the team scored Purpose, Vision &
Strategy at 62 points ..."): only an assessment's own report states that.
"""

from __future__ import annotations

from exbench.extraction.lexicons import compiled
from exbench.extraction.model import PageInput
from exbench.extraction.report_facts import Score
from exbench.extraction.report_layout import lexicon, line_key
from exbench.extraction.report_lexicon import framework_of
from exbench.extraction.report_scores import ScoreReader
from exbench.extraction.score_named import named_scores
from exbench.extraction.score_seed import criteria_counts
from exbench.extraction.text_units import lines

__all__ = ["letter_scores", "result_letter", "whole_profile"]

# A letter is believed from this many kinds of its parts.
_LEAST_PARTS = 2


def result_letter(pages: list[PageInput]) -> bool:
    """Whether the document is an official letter: two kinds of a letter's parts at the start of its lines."""
    keys = [line_key(span.text) for page in pages for span in lines(page.text)]
    found = {
        kind
        for kind, patterns in lexicon()["letter_parts"].items()
        if any(compiled(pattern).match(key) for pattern in patterns for key in keys)
    }
    return len(found) >= _LEAST_PARTS


def whole_profile(pages: list[PageInput]) -> bool:
    """Whether the text names every criterion of a model with its points, in the model's order of codes."""
    rows = named_scores("\n".join(line_key(page.text) for page in pages), None)
    return len(rows) in criteria_counts() and sorted(int(str(row.criterion)) for row in rows) == list(range(1, len(rows) + 1))


def letter_scores(pages: list[PageInput], subject: str) -> list[Score]:
    """The scores a letter (or a whole scoring profile in prose) states in its sentences or a table laid on its
    side, as a report's running text is read (score_statements, score_transposed); none for other documents."""
    if not pages or not (result_letter(pages) or whole_profile(pages)):
        return []
    reader = ScoreReader(subject, framework_of(pages), {page.page_number: page.text for page in pages})
    reader.running(pages)
    return reader.scores
