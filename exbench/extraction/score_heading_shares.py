"""Criteria's scores printed as a percent of their weight on their headings' lines (lexicon `heading_share`)."""

from __future__ import annotations

from exbench.extraction.lexicons import compiled
from exbench.extraction.model import PageInput
from exbench.extraction.report_layout import lexicon, line_key
from exbench.extraction.score_headers import ScoreRow, value
from exbench.extraction.text_units import lines

__all__ = ["heading_shares"]


def heading_shares(pages: list[PageInput]) -> list[tuple[ScoreRow, int, str]]:
    """Each criterion's share of its weight ("Kriter 1: Amaç ... Puan düzeyi: %45", or the label alone on the line
    under the heading), criteria in order, with page and quote: a share only, which the framework's weights and
    the report's total must confirm (score_row_values.weighed_shares). None where one criterion is given two
    shares that differ: which is this report's cannot be told."""
    lead, label = compiled(lexicon()["heading_share_lead"]), compiled(lexicon()["heading_share"])
    found: dict[int, tuple[ScoreRow, int, str]] = {}
    for page in pages:
        above = None  # the criterion whose heading is the line above
        for span in lines(page.text):
            key = line_key(span.text)
            opened, stated = lead.match(key), label.search(key)
            criterion = int(opened["num"]) if opened else above
            above = criterion if opened and not stated else None
            if not stated or criterion is None:
                continue
            row = ScoreRow(str(criterion), value(stated["before"] or stated["after"]), None, 0, 0, share=True)
            if criterion in found and found[criterion][0].points != row.points:
                return []
            found.setdefault(criterion, (row, page.page_number, span.text))
    return [found[criterion] for criterion in sorted(found)]
