"""Round 23 of the recognition rules: where names follow their head noun, a receiver cut after its first words is the
document's own organization."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.recognition_owners import subject_shortened


def _read(text: str, language: str, organization: str | None, published: datetime.date) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, organization, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_persian_name_cut_after_its_first_words_is_the_documents_own() -> None:
    own = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار"
    text = (
        f"گزارش ارزیابی {own}\n"
        "در ششمین دوره جشنواره تعالی مدیریت شهرداری دریاکنار (۱۴۰۳)، ۲۲ سازمان ارزیابی شدند.\n"
        "سازمان آتش‌نشانی با این امتیاز حائز تندیس دو ستاره جشنواره شد.\n"
    )
    found = _read(text, "fa", own, datetime.date(2025, 1, 24))
    assert {o for o, *_ in found} == {own}


def test_only_the_documents_own_name_is_read_from_its_first_words() -> None:
    own = "سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار"
    names = (own, "سازمان آتش‌نشانی شهرداری مشهد")
    assert subject_shortened(["سازمان آتش‌نشانی"], names, "fa") == [own]
    # another organization's name, perhaps a misread one, is not guessed at
    other = ("شهرداری دریاکنار", "شرکت آب منطقه‌ای سپیدرود شرکت مادرتخصصی")
    assert subject_shortened(["شرکت آب منطقه‌ای سپیدرود"], other, "fa") == ["شرکت آب منطقه‌ای سپیدرود"]


def test_where_names_come_before_their_head_the_first_words_are_the_parent() -> None:
    names = ("Kestrel Vale University Estates and Facilities Directorate", "Kestrel Vale University Library")
    assert subject_shortened(["Kestrel Vale University"], names, "en") == ["Kestrel Vale University"]
    unit = "Kuzeykent Büyükşehir Belediyesi İtfaiye Dairesi Başkanlığı"
    assert subject_shortened(["Kuzeykent Büyükşehir Belediyesi"], (unit,), "tr") == ["Kuzeykent Büyükşehir Belediyesi"]
