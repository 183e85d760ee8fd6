"""Lists and tables that give an organization's name first and its level last, one a line, with no verb, as three
writers printed them (a sidebar of partners' recognitions, a festival's winners by level, a results table)."""

from __future__ import annotations

import pytest

from exbench.extraction.recognition_name_first import _row
from tests.rendered import recognitions_read


@pytest.mark.slow
def test_a_sidebar_of_organization_colon_level_items():
    found = recognitions_read("heldout9", "en_i11")  # "Westmarch Constabulary: Recognised by EFQM 3 Star (its first ...)"
    assert ("Westmarch Constabulary", "efqm", 3, 2025) in found
    assert ("Westmarch Fire and Rescue Service", "iso", None, 2025) in found
    assert not any(organization == "Westmarch & District Hospice" for organization, *_ in found)  # shortlisted


@pytest.mark.slow
def test_a_festivals_winners_table_takes_the_festivals_scheme():
    found = recognitions_read("heldout10", "fa_j04")  # "واحد سطح" / "سازمان ... ★★★ سه ستاره"
    assert ("سازمان حمل\u200cونقل بار شهرداری نیلوفرشهر", "municipal", 3, 2025) in found
    assert ("سازمان پارک\u200cها و فضای سبز شهرداری نیلوفرشهر", "municipal", 2, 2025) in found


@pytest.mark.slow
def test_a_results_table_of_a_programme_and_its_finalist_row():
    found = recognitions_read("heldout10", "tr_j04")  # "Kuruluş Ödül / Seviye"
    assert ("Özel Şifa Vadisi Hastanesi", "kalder", 5, 2025) in found
    assert ("Yeniçınar Belediyesi", "kalder", None, 2025) in found
    assert not any(organization == "Bozkır Tekstil San. A.Ş." for organization, *_ in found)  # "Finalist"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Yayla EDAŞ – Türkiye Mükemmellik Ödülü 2024 – Geri Bildirim Raporu", "tr"),  # a title: more than a level
        ("KalDer – Türkiye Mükemmellik Ödülü 2025", "tr"),  # the giver
        ("Applicant: Kestrel Bay Borough Council", "en"),  # no name first
    ],
)
def test_lines_that_are_not_a_name_and_a_level(line: str, language: str):
    assert _row(line, language) is None
