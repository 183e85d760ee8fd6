"""Round 22 of the recognition rules: finalists in the plural receive nothing, a list that repeats its preposition
gives each name, awards an organization runs as its own are not received."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _read(text: str, language: str, organization: str, published: datetime.date) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, organization, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_one_of_the_finalists_receives_nothing() -> None:
    text = "We were one of the finalists for the EFQM Global Award in 2024 and learnt a great deal.\n"
    found = _read(text, "en", "Brampton Buses Ltd", datetime.date(2025, 1, 10))
    assert not found


def test_a_list_that_repeats_its_preposition_gives_each_name() -> None:
    text = "At the dinner the Pennine Award went to Ashby University and to Brampton Ambulance Trust.\n"
    found = _read(text, "en", "Coldwell Forum", datetime.date(2024, 12, 1))
    assert {("Ashby University", "other", None, 2024), ("Brampton Ambulance Trust", "other", None, 2024)} <= found


def test_awards_an_organization_runs_as_its_own_are_not_received() -> None:
    text = "The Association's own Northern Excellence Awards were presented at the conference on 28 November 2024.\n"
    assert not _read(text, "en", "Northern Councils Association", datetime.date(2025, 1, 10))
