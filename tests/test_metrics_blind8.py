"""Counts of the eighth batch's dev pages (two writers), read from their rendered PDFs as a user's run reads them:
a programme's figures belong to whoever runs it (the parent of the unit reporting, the programme the page names
in full, the network of a winners page), a unit keeps its own team, and a bound is no count."""

from __future__ import annotations

import datetime
import json
from functools import cache
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.reading.pdf import read_pdf

TESTS = Path(__file__).resolve().parent


@cache
def _metrics(batch: str, doc_id: str, printer: str = "chromium") -> frozenset[tuple[str | None, str, float]]:
    """The metrics of a dev document, with the organization and date its manifest row would give."""
    folder = TESTS / batch
    label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    title, pages = read_pdf(folder / f"pdf-{printer}" / f"{doc_id}.pdf")
    published = datetime.date.fromisoformat(label["published_on"]) if label.get("published_on") else None
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    facts = extract_document(inputs, title, label.get("manifest_organization"), published)
    return frozenset((m.organization, m.metric_code, m.value) for m in facts.metrics)


@pytest.mark.parametrize(
    ("doc_id", "parent", "unit", "programme", "team"),
    [
        (
            "tr_h10",  # "... 12 birim başvurmuş, ... 9 birim saha değerlendirmesine alınmıştır. Süreçte toplam 27 kurum içi ..."
            "Yeşilırmak Büyükşehir Belediyesi",
            "Yeşilırmak Büyükşehir Belediyesi Fen İşleri Dairesi Başkanlığı",
            {("organizations_assessed", 9.0), ("assessors_internal", 27.0)},
            ("assessors", 4.0),
        ),
        (
            "tr_h02",  # "... bunlardan 14’ü saha değerlendirmesine alınmıştır. Değerlendirmelerde toplam 40 iç değerlendirici ..."
            "Körfezkent Büyükşehir Belediyesi",
            "Körfezkent Büyükşehir Belediyesi Sosyal Hizmetler Dairesi Başkanlığı",
            {("organizations_assessed", 14.0), ("assessors_internal", 40.0)},
            ("assessors", 3.0),
        ),
        (
            "fa_h10",  # a heading naming the unit runs into "در هفتمین دوره جشنواره، ۲۱ سازمان ... ارزیابی شدند و ۳۸ ارزیاب"
            "شهرداری نگین‌شهر",
            "سازمان فناوری اطلاعات و ارتباطات شهرداری نگین‌شهر",
            {("organizations_assessed", 21.0), ("assessors", 38.0)},
            ("assessors", 3.0),
        ),
    ],
)
def test_a_unit_s_report_gives_the_programme_s_figures_to_the_parent_that_runs_it(doc_id, parent, unit, programme, team):
    found = _metrics("heldout8", doc_id)
    assert {(parent, code, value) for code, value in programme} <= found
    assert (unit, *team) in found
    assert not any(org == unit and (code, value) in programme for org, code, value in found)


@pytest.mark.parametrize(
    ("doc_id", "programme", "count"),
    [
        ("en_h02", "Great Lakes Performance Excellence Program", ("assessors", 96.0)),  # "the Program received ..."
        ("en_h10", "Prairie State Quality Award", ("assessors", 61.0)),  # "Across all state program applicants ..."
    ],
)
def test_a_programme_referred_to_by_its_head_owns_its_figures_under_the_name_the_page_gives_it(doc_id, programme, count):
    assert (programme, *count) in _metrics("heldout8", doc_id)


def test_a_line_of_figures_does_not_take_the_name_of_the_next_line_s_sentence():
    """en_h11: "31 organisations assessed · 118 volunteer assessors · 3,640 assessment hours" / "Wyreside Housing Group
    also joined the Network ..."; the footer gives the Network its legal form ("North West Excellence Network CIC")."""
    found = _metrics("heldout8", "en_h11")
    assert ("North West Excellence Network CIC", "assessors", 118.0) in found
    assert not any(org == "Wyreside Housing Group" for org, _, _ in found)


def test_persian_team_sizes_and_self_assessment_hours():
    """fa_h11 "تیمی ۹ نفره"; fa_h12 "تیم ۳ نفره" and "۴۸۰ نفرساعت خودارزیابی" (internal hours)."""
    assert ("بانک آتیه‌ساز ایرانیان", "assessors", 9.0) in _metrics("heldout8", "fa_h11")
    found = _metrics("heldout8", "fa_h12")
    assert {("شهرداری دشت‌آرا", "assessors", 3.0), ("شهرداری دشت‌آرا", "assessment_hours_internal", 480.0)} <= found
    assert not any(code == "assessment_hours" for _, code, _ in found)


def test_a_bound_is_no_count():
    """heldout6 en_f10 "the more than 140 volunteer examiners"; heldout7 fa_g11 "بیش از ۱۸ هزار نفرساعت"."""
    assert not any(value == 140.0 for _, _, value in _metrics("heldout6", "en_f10"))
    assert not any(value == 18000.0 for _, _, value in _metrics("heldout7", "fa_g11"))


def test_a_narrow_column_s_count_meets_its_noun_across_the_line_break():
    """heldout7 tr_g03, a sidebar: "Sonuçta 23 güçlü yön ve 31" / "iyileştirmeye açık alan belirlenmiş, 11" / "iyileştirme
    projesi başlatılmıştır."."""
    owner = "Akyaka Belediyesi"
    found = _metrics("heldout7", "tr_g03")
    assert {(owner, "strengths", 23.0), (owner, "improvement_areas", 31.0), (owner, "improvement_projects", 11.0)} <= found


def test_a_deadline_with_a_past_verb_reports():
    """heldout6 fa_f12: "... ۳۱ نقطه قوت و ۴۴ زمینه قابل بهبود شناسایی و ۱۲ پروژه بهبود تعریف شد که تا پایان سال ۵ پروژه
    از آن‌ها به پایان رسید"."""
    owner = "بانک سرمایه شهر (سهامی عام)"
    found = _metrics("heldout6", "fa_f12")
    assert {(owner, "strengths", 31.0), (owner, "improvement_areas", 44.0), (owner, "improvement_projects", 12.0)} <= found


def test_a_programme_count_told_of_a_body_by_its_head_goes_to_no_award_name():
    """heldout5 en_e01: "the Council received 14 applications and was supported by 62 volunteer examiners; these
    figures describe the programme as a whole" on a page that also names the Cascadia Performance Excellence Award."""
    assert not any(value == 62.0 and org for org, _, value in _metrics("heldout5", "en_e01"))
