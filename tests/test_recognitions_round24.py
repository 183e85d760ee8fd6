"""Round 24 of the recognition rules: a company's timeline table ("سال | رویداد") is a table of what it received,
and a row's event cell may run longer than a cell usually does."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

_OWN = "شرکت آب و فاضلاب شهری آبسار"


def _read(text: str, language: str, organization: str | None, published: datetime.date) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, organization, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def _timeline(rows: str) -> str:
    return (
        f"{_OWN}\n"
        "جدول زیر مهم‌ترین رویدادهای سه دهه فعالیت شرکت است.\n"
        "سال رویداد\n"
        "۱۳۷۱ تأسیس شرکت به استناد قانون تشکیل شرکت‌های آب و فاضلاب\n"
        f"{rows}"
        "مدیرعامل شرکت در پایان این گزارش از همه همکاران سپاسگزاری کرد و گفت این مسیر ادامه خواهد داشت.\n"
    )


def test_a_timeline_of_events_is_read_as_a_table_of_what_was_received() -> None:
    text = _timeline(
        "۱۳۹۰ عضویت در انجمن آب و فاضلاب ایران\n"
        "۱۳۹۴ دریافت گواهی تعهد به تعالی در جایزه ملی تعالی سازمانی\n"
        "۱۳۹۷ کسب تقدیرنامه سه ستاره جایزه ملی تعالی سازمانی\n"
    )
    found = _read(text, "fa", _OWN, datetime.date(2025, 12, 6))
    assert (_OWN, "iran_national", None, 2015) in found
    assert (_OWN, "iran_national", 3, 2018) in found
    assert all(year in (2015, 2018) for *_, year in found)  # the membership gives nothing


def test_a_long_event_cell_does_not_end_the_timeline() -> None:
    text = _timeline(
        "۱۳۹۷ کسب تقدیرنامه سه ستاره جایزه ملی تعالی سازمانی\n"
        "۱۳۹۹ کسب عنوان دستگاه برتر در جشنواره استان؛ بهره‌برداری از ساختمان جدید ستاد در بلوار کوهسار شهر\n"
        "۱۴۰۰ کسب تقدیرنامه چهار ستاره جایزه ملی تعالی سازمانی\n"
        "۱۴۰۲\n"
        "دریافت تندیس بلورین جایزه ملی تعالی سازمانی از سازمان مدیریت صنعتی؛ برگزاری نخستین جشنواره درون‌سازمانی تعالی و اهدای لوح به سه امور\n"
        "آبفای برتر\n"
    )
    found = _read(text, "fa", _OWN, datetime.date(2025, 12, 6))
    assert (_OWN, "iran_national", 4, 2021) in found
    assert (_OWN, "iran_national", None, 2023) in found


def test_a_company_named_after_its_university_keeps_the_universitys_name() -> None:
    text = (
        "Harbridge University scored 545 points and is Recognised by EFQM with 5 Stars.\n"
        "Its commercial subsidiary, Harbridge University Enterprises Ltd, achieved ISO/IEC 27001 certification in March 2022.\n"
    )
    found = _read(text, "en", "Harbridge University", datetime.date(2025, 6, 30))
    assert ("Harbridge University Enterprises Ltd", "iso", None, 2022) in found
    assert ("Harbridge University", "efqm", 5, 2025) in found


def test_a_unit_of_a_long_named_trust_keeps_the_whole_trusts_name() -> None:
    own = "Fenmoor Valley NHS Foundation Trust"
    text = (
        f"{own} provides acute and community services to a population of about 410,000.\n"
        f"{own}’s Pathology Service has held UKAS accreditation to ISO 15189 since 2021.\n"
    )
    found = _read(text, "en", own, datetime.date(2025, 10, 3))
    assert (f"{own} Pathology Service", "iso", None, 2021) in found
