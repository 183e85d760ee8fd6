"""Awards as English press and annual reports tell them around people and events, on sentences of held-out dev
documents: a title "of the Year" presented at a dated awards event (the event is where, not a second award), and
an honour that went to a person named with the organization they work for (that organization received nothing)."""

from __future__ import annotations

from datetime import date

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def found(text: str, organization: str | None = None, published_on: date = date(2025, 7, 15)) -> set[tuple]:
    facts = extract_document([PageInput(1, text, "en")], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.level, r.year) for r in facts.recognitions}


def test_a_title_of_the_year_takes_the_year_of_the_awards_event_it_was_presented_at():
    text = (
        "Our shareholder and funder, Lanford Combined Authority, was named\nTransport Authority of the Year at the "
        "2024 National Transport Awards, in\npart for the Metro’s reliability improvements."
    )
    assert found(text, "Lanford Metro Ltd") == {("Lanford Combined Authority", "other", "Transport Authority of the Year", 2024)}


def test_an_award_that_went_to_a_former_chief_executive_of_a_council_is_not_the_councils():
    text = (
        "Special awards\nThe Lifetime Contribution Award went to Margaret Oyelaran, former chief executive of Tollbridge\n"
        "Council. Tollbridge Council itself was shortlisted but did not win."
    )
    assert found(text, published_on=date(2025, 11, 21)) == set()


def test_an_award_noun_in_lower_case_named_by_what_it_is_for_is_received():
    text = (
        "Stockton-based Tees Crossing Bus Company Ltd was Recognised by EFQM 6 Star, up\nfrom the 5 Star level it "
        "achieved in 2021, while Wear Estuary Port Ltd won the category\naward for Engaging Stakeholders."
    )
    assert ("Wear Estuary Port Ltd", "other", "award for Engaging Stakeholders", 2024) in found(
        text, published_on=date(2024, 10, 18)
    )
    assert (
        found("Wear Estuary Port Ltd applied for the award for Engaging Stakeholders.", published_on=date(2024, 10, 18)) == set()
    )
