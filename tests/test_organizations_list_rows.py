"""A printed list of names, one a line, whose names open with their head ('Municipality of …'): each row is one
organization, the next row's head never joins the name above it."""

from __future__ import annotations

from exbench.extraction.organizations import find_organizations


def test_a_list_row_opening_with_a_head_starts_a_new_name() -> None:
    text = (
        "This year the label went to:\nCity of Arden\nMunicipality of Velmar Reach\nMunicipality of Oster Vale\nTown of Brisk\n"
    )
    names = [m.canonical for m in find_organizations(text, "en") if m.canonical]
    assert names == ["City of Arden", "Municipality of Velmar Reach", "Municipality of Oster Vale", "Town of Brisk"]


def test_a_name_that_wraps_onto_the_next_line_stays_whole() -> None:
    text = "The label went to the Municipality of Velmar\nReach and the Town of Brisk."
    names = [m.canonical for m in find_organizations(text, "en") if m.canonical]
    assert "Municipality of Velmar Reach" in names
