"""Counts of the twenty-sixth round: the Persian nine written with its vowel mark ("نُه"), a Persian lead assessor
given as a label ("سرارزیاب: ...؛ به همراه ۶ ارزیاب"), Persian hours after a key that names the assessment's hours,
an English pool of assessors the sentence says did the work, English organizations assessed after a relative
clause or that completed an assessment, a Turkish body that assessed organizations with its assessors (and a
Persian one, its organizations the object), Turkish member municipalities assessed, a Turkish count before a stats
block's participle, and a Turkish total of hours given as an effort after its parts."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.numbers import find_numbers
from tests.rendered import document_facts


def _counts(text: str, language: str, published: str = "2025-10-01") -> set[tuple]:
    date = datetime.date.fromisoformat(published)
    facts = extract_document([PageInput(1, text, language, ())], None, None, date)
    return {(m.metric_code, m.value) for m in facts.metrics}


def test_persian_nine_with_its_vowel_mark_is_a_number_and_plain_na_is_not():
    assert [n.value for n in find_numbers("تیم ارزیابی نُه نفره بود", "fa")] == [9]
    assert not find_numbers("نه، این تیم ارزیابی نبود", "fa")
    found = _counts("تیم ارزیابی نُه نفره بود و در مجموع ۳۶۰ نفرساعت در شرکت حضور داشت.", "fa")
    assert {("assessors", 9.0), ("assessment_hours", 360.0)} <= found


def test_persian_lead_assessor_given_as_a_label_counts_in_the_team():
    assert ("assessors", 7.0) in _counts("تیم ارزیابی سرارزیاب: مهندس علی رضایی؛ به همراه ۶ ارزیاب", "fa")


def test_persian_hours_after_a_key_that_names_the_assessments_hours():
    assert ("assessment_hours", 1240.0) in _counts("ساعات ارزیابی ۱٬۲۴۰ ساعت", "fa")
    text = "ارزیابی این شرکت توسط ۵ ارزیاب طی ۳ روز انجام شد و مجموع نفرساعت ارزیابی ۱۵۰ ساعت بود."
    assert ("assessment_hours", 150.0) in _counts(text, "fa")
    # plain hours with no such key stay out
    assert ("assessment_hours", 36.0) not in _counts("ارزیابی این سازمان ۳۶ ساعت به طول انجامید.", "fa")


def test_english_pool_of_assessors_that_did_the_work_is_a_team():
    text = "A pool of 180 trained assessors, most of them volunteers from member organisations, carried out the assessments."
    assert ("assessors", 180.0) in _counts(text, "en")
    text = "The Programme assessed 38 government entities, drawing on a pool of 164 certified assessors."
    assert ("assessors", 164.0) not in _counts(text, "en")


def test_english_organizations_assessed_after_a_relative_clause():
    assert ("organizations_assessed", 11.0) in _counts("All eleven municipalities that applied this year were assessed.", "en")
    text = "Nine councils that applied in the spring of this year and then withdrew were assessed later."
    assert ("organizations_assessed", 9.0) not in _counts(text, "en")


def test_turkish_body_that_assessed_organizations_with_its_assessors():
    found = _counts("Dernek bu yıl 35 kuruluşu 180 değerlendirici ile sahada değerlendirdi.", "tr")
    assert {("organizations_assessed", 35.0), ("assessors", 180.0)} <= found


def test_turkish_member_municipalities_assessed_but_not_members_alone():
    found = _counts("Ödülün bu döngüsünde 9 üye belediye değerlendirilmiştir.", "tr")
    assert ("organizations_assessed", 9.0) in found
    assert ("organizations_assessed", 42.0) not in _counts("Birliğin 42 üye belediyesi bulunmaktadır.", "tr")


def test_turkish_total_effort_after_its_parts_is_the_one_count():
    text = (
        "Değerlendirme takımı, başvuru raporunun incelemesi (80 saat), konsensüs toplantısı (24 saat) ve saha "
        "ziyareti (48 saat) dahil olmak üzere toplam 152 saatlik bir çalışma yürütmüştür."
    )
    hours = {value for code, value in _counts(text, "tr") if code == "assessment_hours"}
    assert hours == {152.0}


def test_persian_organizations_as_the_object_of_the_body_that_assessed_them():
    text = "دبیرخانه جایزه در این دوره ۶۴ سازمان را با همکاری ۲۱۰ ارزیاب ارزیابی کرد."
    assert {("organizations_assessed", 64.0), ("assessors", 210.0)} <= _counts(text, "fa")


def test_turkish_count_before_the_participle_of_a_stats_block_caption():
    """A bulletin's "in numbers" block: "12" over "değerlendirilen üye belediye"."""
    found = {(m.metric_code, m.value) for m in document_facts("heldout25", "tr_o04").metrics}
    assert ("organizations_assessed", 12.0) in found


def test_english_organizations_that_completed_an_assessment_were_assessed():
    found = _counts("Eighteen organizations applied in 2024, and 15 completed the full examination.", "en")
    assert ("organizations_assessed", 15.0) in found
    assert ("organizations_assessed", 9.0) in _counts("9 municipalities completed the 2025 ELoGE assessment.", "en")
    assert not _counts("Forty staff completed the training and 12 completed the assessor course.", "en")
