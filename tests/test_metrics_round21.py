"""Counts of the twenty-first round, on the dev halves of tests/heldout19: stats blocks whose run
of figures holds a figure with its unit, totals rows under a numbering column, rows of key and count on one line,
an "N-member" team, and organizations that received site visits."""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.table_counts import table_metrics
from tests.rendered import document_facts


def _metrics(batch: str, doc_id: str) -> frozenset[tuple]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


def test_a_figure_with_its_unit_does_not_break_a_stats_block():
    """heldout19 en_x11 and tr_x11: "6 / assessors / 5 days / on site / 250 / assessor hours": the "5 days" figure
    is a figure of the block, so "6 assessors" is read; the block's captions before "210 / adam-saat" say whose
    hours they are."""
    assert {
        ("Ashcombe Water Services Ltd", "assessors", 6.0),
        ("Ashcombe Water Services Ltd", "assessment_hours", 250.0),
    } <= _metrics("heldout19", "en_x11")
    hospital = "Karaçam Şehir Hastanesi"
    found = _metrics("heldout19", "tr_x11")
    assert {(hospital, "assessors", 5.0), (hospital, "assessment_hours", 210.0)} <= found
    assert not any(value in (4.0, 64.0) for _, _, value in found)  # days on site, people interviewed


def test_a_totals_row_under_a_numbering_column():
    """A table led by a "#" column leaves that cell empty on its totals row (" | Total | 35 | 36"): the row is the
    table's owner's totals; a criterion's row is no one's."""
    context = DocumentContext("en", "Ashcombe Water Services Ltd", 2017, None)
    table = (("#", "Criterion", "Strengths", "AFIs"), ("1", "Leadership", "5", "4"), ("", "Total", "35", "36"))
    page = PageInput(1, "# Criterion Strengths AFIs\n1 Leadership 5 4\nTotal 35 36", "en", (table,))
    found = {(m.organization, m.metric_code, m.value) for m in table_metrics([page], context)}
    assert found == {
        ("Ashcombe Water Services Ltd", "strengths", 35),
        ("Ashcombe Water Services Ltd", "improvement_areas", 36),
    }


def test_rows_of_key_and_count_on_one_line():
    """heldout19 fa_x11: "تعداد ارزیابان: ۴ نقاط قوت: ۲۷ زمینه‌های بهبود: ۳۴": each count is its own key's (not "۴
    نقاط قوت")."""
    service = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری بهاران‌شهر"
    city = "شهرداری بهاران‌شهر"
    found = _metrics("heldout19", "fa_x11")
    assert {
        (service, "strengths", 27.0),
        (service, "improvement_areas", 34.0),
        (service, "assessors", 4.0),
        (city, "assessors", 48.0),
    } <= found
    assert (service, "strengths", 4.0) not in found and (service, "improvement_areas", 27.0) not in found


def test_an_n_member_team():
    """heldout19 en_x12: "the seven-member examiner team" counts seven assessors."""
    assert ("City of Millbrook Falls", "assessors", 7.0) in _metrics("heldout19", "en_x12")


def test_organizations_that_received_site_visits():
    """heldout19 en_x02: "19 organizations received site visits" counts the organizations the programme assessed;
    the examiners and hours the next sentence counts are that programme's, its own page's organization's."""
    council = "Cascadia Performance Excellence"
    assert {
        (council, "organizations_assessed", 19.0),
        (council, "assessors", 142.0),
        (council, "assessment_hours", 9860.0),
    } <= _metrics("heldout19", "en_x02")
