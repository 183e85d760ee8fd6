"""Counts of a programme's cycles told as a table (tests/heldout20 dev *_y03, *_y04, tests/heldout19 dev tr_x04): a
year may say its figures are the actual ones, a column of bounds is read past, a row marked as a part counts the
part of the team its words name, and a row that with a row of one kind adds up to the team is the other kind."""

from __future__ import annotations

from exbench.extraction.metric_table_parts import row_metrics
from exbench.extraction.metric_year_headers import column_years
from tests.rendered import document_facts


def _counts(batch: str, doc_id: str) -> frozenset[tuple]:
    return frozenset((m.organization, m.metric_code, m.value, m.period_year) for m in document_facts(batch, doc_id).metrics)


def test_actual_years_and_a_bound_column():
    assert column_years(("Gösterge", "2023 (gerçekleşen)", "2024 (gerçekleşen)", "2025 (hedef)"), "tr") == [2023, 2024, None]
    assert column_years(("Measure", "2023 round", "2024 round", "Target 2025", "Maximum capacity"), "en") == [
        2023,
        2024,
        None,
        None,
    ]
    assert column_years(("Measure", "2024 round", "Maximum capacity"), "en") is None  # one cycle is no row of cycles
    assert column_years(("Measure", "2023", "2024", "Notes"), "en") is None  # a column of words is no plan's


def test_part_rows_name_their_kind_or_take_the_other_one():
    rows = (
        ("Assessors deployed", "44", "52"),
        ("of which peer (member council officers)", "27", "31"),
        ("of which external (licensed)", "17", "21"),
        ("Assessment hours", "1,280", "1,640"),
        ("peer assessor hours", "790", "1,020"),
        ("external assessor hours", "490", "620"),
    )
    assert row_metrics(rows, "en") == [
        "assessors",
        "assessors_internal",
        "assessors_external",
        "assessment_hours",
        "assessment_hours_internal",
        "assessment_hours_external",
    ]


def test_a_part_of_no_kind_that_does_not_add_up_is_no_count():
    rows = (("Assessors deployed", "44"), ("of which peer (member council officers)", "20"), ("of which external", "17"))
    assert row_metrics(rows, "en") == ["assessors", None, "assessors_external"]


def test_a_turkish_team_row_beside_external_and_total_rows_is_internal():
    rows = (
        ("Üye belediyelerden görev alan değerlendirici", "23", "33"),
        ("KalDer lisanslı dış değerlendirici", "8", "11"),
        ("Toplam değerlendirici", "31", "44"),
    )
    assert row_metrics(rows, "tr") == ["assessors_internal", "assessors_external", "assessors"]


def test_an_english_programme_table_with_part_rows():
    """heldout20 en_y04: "Measure | 2023 round | 2024 round | Target 2025 | Maximum capacity"."""
    found = _counts("heldout20", "en_y04")
    body = "Northern Councils Association"
    assert {
        (body, "organizations_assessed", 11, 2023),
        (body, "assessors_internal", 31, 2024),
        (body, "assessors_external", 17, 2023),
        (body, "assessment_hours_internal", 1020, 2024),
        (body, "assessment_hours_external", 490, 2023),
        (body, "best_practices", 33, 2024),
    } <= found
    assert not any(value in (16, 60, 36, 1900, 2400, 35) for _, _, value, _ in found)  # targets and capacity


def test_a_turkish_table_of_actual_years():
    """heldout20 tr_y03: "Gösterge | 2023 (gerçekleşen) | 2024 (gerçekleşen) | 2025 (hedef)"."""
    found = _counts("heldout20", "tr_y03")
    body = "Batı Anadolu Belediyeler Birliği"
    assert {
        (body, "organizations_assessed", 15, 2023),
        (body, "assessors_internal", 33, 2023),
        (body, "assessors_external", 24, 2024),
        (body, "assessment_hours", 930, 2023),
    } <= found
    assert not any(value in (248, 312, 400, 80, 50) for _, _, value, _ in found)  # people trained, targets


def test_a_turkish_table_whose_members_row_is_the_internal_part():
    """heldout19 tr_x04: member municipalities' assessors beside licensed external ones and the total."""
    found = _counts("heldout19", "tr_x04")
    body = "Yeşilvadi Belediyeler Birliği"
    assert {(body, "assessors_internal", 23, 2022), (body, "assessors_internal", 41, 2024)} <= found
    assert (body, "assessors", 23, 2022) not in found
