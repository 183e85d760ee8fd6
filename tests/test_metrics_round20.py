"""Counts of the twentieth round, on the eighteenth blind batch's dev half (tests/heldout18): stats boxes of label
and count pairs, counts told with the assessment named first or the noun left out, hours told before the team that
gave them, and the words (training, 'at least', commitments) that make a number no count."""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, Evidence, Metric, PageInput
from exbench.extraction.table_counts import table_metrics, without_table_readings
from tests.rendered import document_facts


def _metrics(batch: str, doc_id: str, printer: str = "chromium") -> frozenset[tuple]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id, printer).metrics)


def test_a_stats_box_of_label_and_count_pairs_from_either_printer():
    """heldout18 tr_w04: "Değerlendirilen belediye | 18 | Güçlü yön | 534" (a table in Chromium's print, lines of text in
    LibreOffice's): each count is its own label's; a sentence rule's "18 Güçlü yön" across the cells is gone."""
    union = "Güney Ege Belediyeler Birliği"
    for printer in ("chromium", "libreoffice"):
        found = _metrics("heldout18", "tr_w04", printer)
        assert {
            (union, "organizations_assessed", 18.0),
            (union, "assessors", 42.0),
            (union, "assessment_hours", 2016.0),
            (union, "strengths", 534.0),
            (union, "improvement_areas", 811.0),
            (union, "improvement_projects", 97.0),
        } <= found, printer
        assert (union, "strengths", 18.0) not in found and (union, "improvement_areas", 42.0) not in found


def test_pair_lines_need_a_metric_under_every_label():
    """A line of pairs reads only when every label names a metric: "Nüfus 120 Güçlü yön 12" is no stats box."""
    context = DocumentContext("tr", "Örnek Belediyesi", 2024, None)
    boxed = PageInput(1, "Giriş\nGüçlü yön 31 Gelişmeye açık alan 52\nSon söz", "tr", ())
    found = {(m.metric_code, m.value) for m in table_metrics([boxed], context)}
    assert found == {("strengths", 31), ("improvement_areas", 52)}
    mixed = PageInput(1, "Giriş\nMahalle 120 Güçlü yön 12\nSon söz", "tr", ())
    assert table_metrics([mixed], context) == []


def test_a_sentence_reading_across_a_rows_cells_gives_way_to_the_table():
    """The row's words with the count a cell gives under another label, read by a sentence rule as another metric
    ("Değerlendirilen belediye 18 Güçlü yön 534" as 18 strengths), give way; a count of its own sentence stays."""
    context = DocumentContext("tr", "Örnek Belediyesi", 2024, None)
    page = PageInput(1, "Değerlendirilen belediye 18 Güçlü yön 534", "tr", ())
    tabled = table_metrics([page], context)
    assert {(m.metric_code, m.value) for m in tabled} == {("organizations_assessed", 18), ("strengths", 534)}
    across = Metric("Örnek Belediyesi", "strengths", 18.0, 2024, Evidence(1, page.text), "tr.strengths.number_first")
    own = Metric("Örnek Belediyesi", "improvement_areas", 18.0, 2024, Evidence(1, "18 gelişmeye açık alan"), "tr.x")
    assert without_table_readings([across, own], tabled) == [own]


def test_a_row_of_words_heads_its_own_table_on_a_later_page():
    """heldout18 fa_w10: the scores table ("معیار | وزن معیار | درصد کسب‌شده") two pages after the findings count
    table has as many columns; its total "جمع کل ۱۰۰۰" is the weight, not 1000 strengths."""
    found = _metrics("heldout18", "fa_w10")
    service = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری اراک"
    assert (service, "strengths", 27.0) in found
    assert not any(value == 1000.0 for _, _, value in found)


def test_hours_told_before_the_team_that_gave_them_and_a_commitment_at_least():
    """heldout18 fa_w10: "۹۶ نفرساعت بود که ۶۴ نفرساعت آن توسط ارزیابان داخلی و ۳۲ نفرساعت توسط ارزیابان خارجی";
    "متعهد شده است در سال ۱۴۰۴ دست‌کم ۱۲ پروژه بهبود ... اجرا کند" is a commitment, no count."""
    found = _metrics("heldout18", "fa_w10")
    service = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری اراک"
    assert {
        (service, "assessment_hours", 96.0),
        (service, "assessment_hours_internal", 64.0),
        (service, "assessment_hours_external", 32.0),
    } <= found
    assert not any(code == "improvement_projects" for _, code, _ in found)


def test_persian_organizations_assessed_in_the_field_or_named_after_the_assessment():
    """heldout18 fa_w02: "۱۱۸ سازمان مورد ارزیابی میدانی قرار گرفتند"; fa_w04: "با ارزیابی ۲۲ واحد شامل ۱۰ منطقه، ۶
    سازمان و ۶ شرکت وابسته به پایان رسید" (the parts are no counts of their own)."""
    assert ("سازمان مدیریت صنعتی", "organizations_assessed", 118.0) in _metrics("heldout18", "fa_w02")
    tabriz = _metrics("heldout18", "fa_w04")
    assert ("شهرداری تبریز", "organizations_assessed", 22.0) in tabriz
    assert not any(code == "organizations_assessed" and value in (10.0, 6.0) for _, code, value in tabriz)


def test_training_after_the_next_number_is_that_numbers_own():
    """heldout18 fa_w12: "ارزیابی‌ها توسط ۲۳۸ ارزیاب انجام شد که از میان بیش از ۹۰۰ نفر دانش‌آموخته دوره‌های تربیت
    ارزیاب انتخاب شده بودند": the 238 assessed; the 900 were trained (and a bound)."""
    found = _metrics("heldout18", "fa_w12")
    assert ("سازمان مدیریت صنعتی", "assessors", 238.0) in found
    assert not any(value == 900.0 for _, _, value in found)


def test_member_councils_assessed():
    """heldout18 en_w04: "with 10 member councils assessed against the EFQM Model"."""
    assert ("North East Excellence Partnership", "organizations_assessed", 10.0) in _metrics("heldout18", "en_w04")
