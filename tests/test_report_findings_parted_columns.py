"""Feedback reports whose findings table has a criterion's and a sub-criterion's column before the strengths
and areas columns ("معیار زیرمعیار نقاط قوت زمینه‌های بهبود"): each row opens with the criterion's cell on the
line of its first cells, the name may wrap, the sub-criterion's cell holds its code or a dash for none, and an
empty kind cell is a dash. Lines from the tenth held-out batch (dev split), and its printed PDF."""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from tests.rendered import finding_groups, report_findings_read

_FA_ROWS = [
    "گزارش بازخورد ارزیابی",
    "جدول ۱ — نقاط قوت و زمینه‌های بهبود به تفکیک معیار و زیرمعیار",
    "معیار زیرمعیار نقاط قوت زمینه‌های بهبود",
    "معیار ۱: رهبری 1a مدیران ارشد شرکت در تدوین بیانیه مأموریت و",
    "ارزش‌ها با نمایندگان کارکنان خطوط و ایستگاه‌ها",
    "مشارکت فعال داشته‌اند.",
    "نحوه ارزیابی اثربخشی سبک رهبری مدیران",
    "میانی تعریف نشده است.",
    "معیار ۱: رهبری 1c جلسات ماهانه مدیرعامل با انجمن‌های مسافران و",
    "شورای شهر به صورت منظم برگزار می‌شود.",
    "—",
    "معیار ۴: شراکت‌ها و",
    "منابع",
    "4d — داده‌های سامانه‌های بلیت الکترونیک و کنترل",
    "قطار به‌صورت یکپارچه برای تصمیم‌گیری",
    "تحلیل نمی‌شوند.",
    "معیار ۷: نتایج",
    "کارکنان",
    "— — نتایج رضایت کارکنان بر اساس رده‌های شغلی",
    "تفکیک نشده و روند قابل مشاهده نیست.",
    "جدول ۲ — امتیاز کسب شده به تفکیک معیار",
    "ردیف عنوان معیار امتیاز کسب شده حداکثر امتیاز",
    "۱ رهبری ۵۲ ۱۰۰",
    "۲ خط‌مشی و استراتژی ۴۸ ۱۰۰",
    "۳ کارکنان ۴۵ ۱۰۰",
]


def test_each_row_gives_its_cells_past_the_criterion_name_and_the_sub_criterion_cell():
    findings, _ = read_report([PageInput(1, "\n".join(_FA_ROWS), "fa")], DocumentContext("fa", "Örnek", 2025, None))
    expected = [
        ("1", "strength", "مدیران ارشد شرکت در تدوین"),
        ("1", "improvement_area", "نحوه ارزیابی اثربخشی"),
        ("1", "strength", "جلسات ماهانه مدیرعامل"),
        ("4", "improvement_area", "داده‌های سامانه‌های بلیت"),
        ("7", "improvement_area", "نتایج رضایت کارکنان"),
    ]
    assert [(f.criterion_code, f.finding_type) for f in findings] == [e[:2] for e in expected]
    assert all(f.text.startswith(e[2]) for f, e in zip(findings, expected, strict=True))
    assert not any("جدول" in f.text for f in findings)


def test_a_printed_report_with_criterion_and_sub_criterion_columns_before_the_kinds():
    label, findings = report_findings_read("heldout10", "fa_j09", 2025)
    assert finding_groups(findings) == finding_groups(label["findings"])


_FA_LETTERED = [
    "گزارش بازخورد ارزیابی",
    "۳. نقاط قوت و زمینه‌های بهبود به تفکیک زیرمعیار",
    "زیرمعیار نقاط قوت زمینه‌های بهبود",
    "معیار ۱: رهبری",
    "۱-الف مدیرعامل و اعضای هیئت‌مدیره در تدوین مأموریت و ارزش‌های",
    "شرکت با برگزاری کارگاه‌های مشترک با راهبران قطار مشارکت فعال",
    "داشته‌اند.",
    "—",
    "۱-ج — اثربخشی ارتباط مدیران ارشد با ذی‌نفعان بیرونی، به‌ویژه",
    "شورای شهر و مسافران، به‌صورت نظام‌مند سنجیده",
    "نمی‌شود.",
    "معیار ۹: نتایج کلیدی کسب‌وکار",
    "۹-ب شاخص دقت حرکت قطارها در سه سال اخیر بالای ۹۶ درصد بوده و از",
    "هدف تعیین‌شده فراتر رفته است.",
    "—",
    "گزارش بازخورد · دوره ۱۴۰۳ · صفحه ۴",
    "۴. جدول امتیازات",
    "ردیف معیار امتیاز مجاز رویکرد استقرار ارزیابی و بازنگری امتیاز کسب شده",
    "۱ رهبری ۱۰۰ ۴۷٪ ۵۸٪ ۵۷٪ ۵۸",
    "۲ استراتژی ۱۰۰ ۴۴٪ ۵۱٪ ۵۹٪ ۵۲",
    "۳ کارکنان ۱۰۰ ۵۵٪ ۶۰٪ ۵۸٪ ۴۹",
]


def test_rows_headed_by_sub_criteria_lettered_in_the_language_and_a_running_header_after_the_last():
    """ "۱-الف" / "۱-ج —": each sub-criterion's row its own, its empty cell a dash; the page's running header
    ("... · صفحه ۴") is no part of the last row."""
    findings, _ = read_report([PageInput(1, "\n".join(_FA_LETTERED), "fa")], DocumentContext("fa", "Örnek", 2025, None))
    assert [(f.criterion_code, f.finding_type, f.text.split()[0]) for f in findings] == [
        ("1", "strength", "مدیرعامل"),
        ("1", "improvement_area", "اثربخشی"),
        ("9", "strength", "شاخص"),
    ]
