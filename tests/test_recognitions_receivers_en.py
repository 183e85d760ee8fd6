"""English receivers and years read from held-out dev documents as Chromium prints them: a relative year fronted
before the clause, a definite head in a participle aside that is not the subject, a programme's own grade level
("the Silver Level") given by an active "recognized X at", and a building society's short name."""

from __future__ import annotations

import pytest

from tests.rendered import recognitions_read


@pytest.mark.slow
def test_a_relative_year_fronted_before_the_clause_dates_it():
    # "Published 21 March 2025 … This time last year, Lowmarsh was Recognised by EFQM at 3 Star."
    found = recognitions_read("heldout12", "en_l04")
    assert ("Lowmarsh District Council", "efqm", 3, 2024) in found
    assert ("Lowmarsh District Council", "efqm", 3, 2025) not in found


@pytest.mark.slow
def test_a_definite_head_in_a_participle_aside_is_not_the_receiver():
    # "The Metro Connect authority in a neighboring state, cited by the District as its benchmark, received that
    # state's Award of Excellence in 2023": not the District's
    found = recognitions_read("heldout8", "en_h10")
    assert ("Halvard County Transit District", "other", None, 2021) in found  # "previously received Level I recognition"
    assert ("Halvard County Transit District", "other", None, 2023) not in found


@pytest.mark.slow
def test_a_grade_level_given_by_an_active_recognized_goes_to_the_organization_after_the_verb():
    # "the Program recognized Riverbend Regional Medical Center at the Silver Level – Achievement in Excellence …
    # November 20, 2025"; "in 2022, when it received the Bronze Level – Commitment to Excellence"
    found = recognitions_read("heldout10", "en_j09")
    assert {(r[0], r[3]) for r in found} >= {
        ("Riverbend Regional Medical Center", 2025),
        ("Riverbend Regional Medical Center", 2022),
    }
    assert not any(r[3] == 2027 for r in found)  # "intends to apply for the Malcolm Baldrige … in 2027"


@pytest.mark.slow
def test_a_building_society_goes_by_its_short_name_and_the_school_by_its_reference():
    # "Northern Mutual was Recognised by EFQM 4 Star this spring"; "the School has achieved EQUIS accreditation"
    found = recognitions_read("heldout10", "en_j04")
    assert ("Northern Mutual Building Society", "efqm", 4, 2025) in found
    assert ("Kestrel Bay University Business School", "efqm", 4, 2025) not in found
    assert ("Kestrel Bay University Business School", "other", None, 2025) in found


@pytest.mark.slow
def test_a_scale_before_level_names_no_level():
    # "now the work of the directorate's 310 staff has been recognised at European level": where, not what
    found = recognitions_read("heldout4", "en_d03")
    assert not any(r[0].endswith("Directorate") and r[1] == "other" and r[3] == 2024 for r in found)
    assert ("Kestrel Vale University Estates and Facilities Directorate", "efqm", 3, 2021) in found
