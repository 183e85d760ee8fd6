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
