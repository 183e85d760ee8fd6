"""A name a number counts is what was assessed, not who ran the programme.

"21 organizations and companies of X Municipality were assessed", "۲۲ سازمان و ۶ شرکت وابسته به شهرداری X": the
name right after the number (or closing a list of bare nouns after it) is counted; the organization it belongs to
is the one that ran the assessment, never the counted name itself (metric_owners.py).
"""

from __future__ import annotations

import re

from exbench.extraction.org_mention import OrgMention
from exbench.extraction.sentence_view import SentenceView

# bare nouns listed before the counted name: "۲۶ سازمان، منطقه و شرکت تابعه ..."
_LISTED = re.compile(r"^(?:\s*[^\W\d_][^\s،,.;؛:]*\s*(?:[،,]|\s(?:و|and|ve)\s)){1,4}\s*$")


def counted_units_of(view: SentenceView, position: int) -> str | None:
    """ "21 organizations and companies of X Municipality were assessed": a name that opens right after the
    number is what is counted, and the organization it belongs to owns the count."""
    number = next((n for n in view.numbers if n.start == position), None)
    if number is None:
        return None
    after = [m for m in view.organizations if _counts(view, number.end, m)]
    return after[0].parent if after and after[0].parent else None


def _counts(view: SentenceView, number_end: int, mention: OrgMention) -> bool:
    """Whether the number ending at `number_end` counts the name: the name opens right after it, or after bare nouns
    listed before it ("۲۶ سازمان، منطقه و شرکت تابعه شهرداری ...", "14 councils, boroughs and companies of ..."), the
    name being the list's last item."""
    gap = mention.start - number_end
    return 0 <= gap <= 2 or (gap > 0 and bool(_LISTED.match(view.text[number_end : mention.start])))


def not_counted(view: SentenceView, named: str | None) -> str | None:
    """A name a number counts ("۲۲ سازمان و ۶ شرکت وابسته به شهرداری X", "14 municipalities of the Union") names
    what was assessed, not who ran the programme: the organization it belongs to does, else no one."""
    counted = [m for m in view.organizations if m.canonical == named and any(_counts(view, n.end, m) for n in view.numbers)]
    if not named or not counted:
        return named
    return counted[0].parent
