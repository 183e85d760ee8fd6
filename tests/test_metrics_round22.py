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


def _sentence_counts(language: str, text: str, organization: str) -> frozenset[tuple]:
    from exbench.extraction.document import extract_document
    from exbench.extraction.model import PageInput

    facts = extract_document([PageInput(1, text, language, [])], None, organization, None)
    return frozenset((m.metric_code, m.value) for m in facts.metrics)


def test_turkish_parts_of_a_team_and_its_hours_by_the_partitive():
    """ "bunların 30'u ... iç değerlendiriciler, 12'si ise ... dış değerlendiricilerdir", "bunun 720 saati iç
    değerlendiriciler ...": the parts of the count before, each of its kind."""
    found = _sentence_counts(
        "tr",
        "Değerlendirmelerde toplam 42 değerlendirici görev almış; bunların 30'u kurum personeli iç değerlendiriciler, 12'si"
        " ise lisanslı dış değerlendiricilerdir. Değerlendirmeler için toplam 1.152 saat harcanmış, bunun 720 saati iç"
        " değerlendiriciler, 432 saati dış değerlendiriciler tarafından gerçekleştirilmiştir.\n",
        "Örnek Belediyesi",
    )
    assert {
        ("assessors", 42),
        ("assessors_internal", 30),
        ("assessors_external", 12),
        ("assessment_hours", 1152),
        ("assessment_hours_internal", 720),
        ("assessment_hours_external", 432),
    } <= found


def test_turkish_people_in_brackets_after_a_count_of_one_kind_are_part_of_it():
    """heldout20 tr_y10: the people in brackets after the external assessors ("4 dış değerlendirici (takım lideri,
    ... ve 2 değerlendirici)") are those four, not a team of three."""
    found = {(m.metric_code, m.value) for m in document_facts("heldout20", "tr_y10").metrics}
    assert {("assessors", 6), ("assessors_external", 4)} <= found
    assert ("assessors", 3) not in found


def test_persian_team_in_people_and_hours_by_kind():
    """heldout20 fa_y11: "۵ نفر ( ۳ ارزیاب بیرونی و ۲ ارزیاب داخلی): سرارزیاب ... و دو ارزیاب مستقل بیرونی" and "۳۶
    ساعت توسط ارزیابان داخلی و ۶۴ ساعت توسط ارزیابان بیرونی"."""
    found = {(m.metric_code, m.value) for m in document_facts("heldout20", "fa_y11").metrics}
    assert {
        ("assessors", 5),
        ("assessors_external", 3),
        ("assessors_internal", 2),
        ("assessment_hours_internal", 36),
        ("assessment_hours_external", 64),
    } <= found
    assert not {("assessors", 3), ("assessors_external", 2)} & found


def test_a_persian_participle_of_the_units_assessed():
    found = _sentence_counts("fa", "شهرداری نمونه\n۲۲ سازمان و شرکت ارزیابی‌شده\n", "شهرداری نمونه")
    assert ("organizations_assessed", 22) in found


def test_an_english_team_and_its_kinds_after_of_whom():
    found = _sentence_counts(
        "en", "In 2025 the Authority used 24 examiners, including 9 external and 15 internal.\n", "Example Council"
    )
    assert {("assessors", 24), ("assessors_external", 9), ("assessors_internal", 15)} <= found


def test_a_stats_block_whose_captions_hold_an_aside_and_a_breakdown():
    """heldout21 en_z03: "14" / "organisations assessed" / "(up from 11 in 2024)" and "63" / "assessors, of whom
    41" / "internal and 22 external" are figures of the block, read with their captions."""
    found = _metrics_of("heldout21", "en_z03")
    body = "Lakeshire Combined Authority"
    assert {
        (body, "organizations_assessed", 14),
        (body, "assessors", 63),
        (body, "assessors_internal", 41),
        (body, "assessors_external", 22),
        (body, "best_practices", 37),
    } <= found


def _metrics_of(batch: str, doc_id: str) -> frozenset[tuple]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


def test_a_programmes_own_newsletter_owns_its_rows_of_counts():
    """heldout20 en_y03: "Organizations assessed 23" / "Volunteer examiners 118" / "Examiner hours 6,540" in the
    programme's own newsletter: its counts, however large."""
    body = "Lakeshore Performance Excellence Program"
    assert {
        (body, "organizations_assessed", 23),
        (body, "assessors", 118),
        (body, "assessment_hours", 6540),
    } <= _metrics_of("heldout20", "en_y03")


def test_a_verb_coordinated_after_applications_is_no_count_of_them():
    """heldout20 en_y09: "received 16 applications and assessed 14 organizations": 14 were assessed, not 16."""
    found = _metrics_of("heldout20", "en_y09")
    assert ("Tri-County Performance Excellence Program", "organizations_assessed", 14) in found
    assert not any(value == 16 for _, _, value in found)


def test_a_persian_count_after_a_sentence_on_the_self_assessment():
    """heldout20 fa_y01: "خودارزیابی سالانه سازمان‌ها و مناطق شهرداری ... به پایان رسید. امسال ۹ سازمان و منطقه ارزیابی
    شدند و ۳۰ ارزیاب داخلی ...": the municipality's own programme, not a quality association named before."""
    city = "شهرداری باران‌دشت"
    assert {
        (city, "organizations_assessed", 9),
        (city, "assessors_internal", 30),
        (city, "assessment_hours_internal", 480),
    } <= _metrics_of("heldout20", "fa_y01")


def test_units_assessed_as_their_total_and_of_them():
    """heldout18 fa_w10 "... ( در مجموع ۲۵ واحد) مورد ارزیابی قرار گرفتند" and tr_w12 "44 kuruluşun başvurduğunu ve
    bunlardan 37'sinin saha ziyareti dahil tüm aşamaları tamamlayarak değerlendirildiğini"."""
    assert any(code == "organizations_assessed" and value == 25 for _, code, value in _metrics_of("heldout18", "fa_w10"))
    found = _metrics_of("heldout18", "tr_w12")
    assert any(code == "organizations_assessed" and value == 37 for _, code, value in found)
    assert not any(value == 44 for _, _, value in found)
