"""A results table by organization whose cells wrap over lines ("Organisation | Sector | Category | Level 2024 |
Previous recognition"), read from a held-out dev document as Chromium prints it: each row's level this year, the
level a "year – level" cell dates, a unit's name wrapped under its university's, and no level for a finalist."""

from __future__ import annotations

import pytest

from tests.rendered import recognitions_read


@pytest.mark.slow
def test_a_results_table_whose_cells_wrap_gives_each_row_its_level_and_its_dated_earlier_one():
    found = recognitions_read("heldout11", "en_k11")
    assert ("Wyndmoor Fire and Rescue Service", "efqm", 5, 2024) in found
    assert ("Wyndmoor Fire and Rescue Service", "efqm", 2, 2021) in found  # "2021 – Committed to Excellence 2 Star"
    assert ("Castlegate Building Society", "efqm", 3, 2021) in found
    assert ("Marlow Vale Metro Ltd", "efqm", None, 2024) in found
    assert (
        "Aldbrook University School of Engineering",
        "efqm",
        3,
        2024,
    ) in found  # "Aldbrook University | School of Engineering"
    # "Eastridge Parks Trust | Charity | North of England Excellence Award | Finalist | 2022 – Validated by EFQM"
    eastridge = {r for r in found if r[0].startswith("Eastridge")}
    assert eastridge == {("Eastridge Parks Trust", "efqm", None, 2022)}
    assert not any(r[0] == "Aldbrook University" for r in found)  # the name cell's first line is no receiver


@pytest.mark.slow
def test_a_recipients_table_gives_a_programme_s_own_levels_and_names_ending_in_district_kinds():
    """ "Organization | Sector | Recognition level": "Achievement Level (Silver)", "Commitment Level" are the
    programme's own levels; "Regional", "St." and "Fire & Rescue", "Credit Union" stand inside receivers' names."""
    found = recognitions_read("heldout12", "en_l12")
    assert ("Tri-County Regional Water Authority", "other", None, 2024) in found
    assert ("St. Brendan's Medical Center", "other", None, 2024) in found  # and its Best Practice Recognition
    assert ("Millbrook Township Fire & Rescue", "other", None, 2024) in found  # "Progress Level (Bronze)"
    assert ("Harlan Creek Federal Credit Union", "other", None, 2024) in found  # "Commitment Level"
    assert not any(r[0] == "Pine Hollow School District" for r in found)  # "was a finalist"


@pytest.mark.slow
def test_a_special_district_s_acronym_receives_its_award():
    """ "Applicant: Cedar Valley Fire Protection District (CVFPD)" … "CVFPD received the Heartland Commitment Award
    (Level 2) in 2021": a fire protection district is an organization, and its acronym names it later."""
    found = recognitions_read("heldout12", "en_l01")
    assert ("Cedar Valley Fire Protection District", "other", None, 2021) in found
