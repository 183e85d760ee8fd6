"""Feedback reports whose findings tables give each row's kind by a letter the report's key defines
("ق = نقطه قوت، ب = زمینه بهبود"): the letter stands alone in the kind cell, after a criterion's name cell
that may wrap over lines. Lines from the tenth held-out batch (dev split), and its printed PDF."""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_marks import legend
from exbench.extraction.reports import read_report
from tests.rendered import finding_groups, report_findings_read

_FA_KEY = "تیم ارزیابی ۵ نقطه قوت و ۶ زمینه بهبود ثبت کرده است ( ق = نقطه قوت، ب = زمینه بهبود)."
_FA_TABLE = [
    "گزارش ارزیابی هشتمین جشنواره تعالی سازمانی شهرداری بندر آبگون",
    "۲. یافته‌های ارزیابی",
    _FA_KEY,
    "ردیف معیار نوع شرح یافته",
    "١ ١. هدف، چشم‌انداز و",
    "استراتژی",
    "ق سند راهبردی شهر هوشمند بندر آبگون با مشارکت معاونت‌های شهرداری و شورای شهر",
    "تدوین و تصویب شده است.",
    "٣ ٢. فرهنگ سازمانی و رهبری ق رئیس سازمان جلسات «گفت‌وگوی فناوری» را هر فصل با کارکنان و پیمانکاران برگزار",
    "می‌کند.",
    "٨ ٥. پیشبرد عملکرد و تحول ب پروژه‌های تحول دیجیتال بدون ارزیابی پس از اجرا بسته می‌شوند.",
    "۳. درصد تحقق معیارها",
    "معیار درصد تحقق وزن معیار",
    "١. هدف، چشم‌انداز و استراتژی ٪٦٠ ١٠٠",
    "٢. فرهنگ سازمانی و رهبری ٪٥٥ ١٠٠",
    "٣. درگیر کردن ذی‌نفعان ٪٥٠ ١٠٠",
]


def test_a_key_defining_letters_by_an_equals_sign_gives_them_their_kinds():
    assert legend(_FA_KEY) == {"ق": "strength", "ب": "improvement_area"}


def test_a_kind_letter_of_the_key_alone_or_after_the_criterion_name_cell_opens_the_finding():
    findings, _ = read_report([PageInput(1, "\n".join(_FA_TABLE), "fa")], DocumentContext("fa", "Örnek", 2025, None))
    assert [(f.criterion_code, f.finding_type, f.text[:22]) for f in findings] == [
        ("1", "strength", "سند راهبردی شهر هوشمند"),
        ("2", "strength", "رئیس سازمان جلسات «گفت"),
        ("5", "improvement_area", "پروژه‌های تحول دیجیتال"),
    ]


def test_a_printed_report_whose_table_gives_kinds_by_the_keys_letters():
    label, findings = report_findings_read("heldout10", "fa_j10", 2025)
    assert finding_groups(findings) == finding_groups(label["findings"])
