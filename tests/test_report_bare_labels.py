"""Findings tagged with a bare label of their kind in a script without capitals ("نقطه قوت بیانیه ...",
"فرصت بهبود ..."): the running numbers before them are in the page as an HTML list's markers, which
WeasyPrint prints apart and the HTML text leaves out, so the label alone must open the finding. A
sentence that merely starts with the word, or a wrapped line that goes on with one, is no finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report

HELDOUT5 = Path(__file__).resolve().parent / "heldout5"


def _read(pages: list[PageInput]):
    return read_report(pages, DocumentContext("fa", "سازمان نمونه", 2023, None))


FA_BARE = (
    "گزارش بازخورد ارزیابی\n"
    "در این جشنواره ارزیابان در مجموع ۶۱۸ نقطه قوت و ۹۴۲ مورد دیگر را در همه سازمان‌ها و شرکت‌ها ثبت کردند و\n"
    "زمینه قابل بهبود بیشتری از سال گذشته یافتند.\n"
    "۱. هدف، چشم‌انداز و استراتژی\n"
    "نقطه قوت بیانیه هدف سازمان در کارگاه مشترک با معاونت‌ها تدوین شده است.\n"
    "فرصت بهبود ریسک‌های امنیت سایبری در بازنگری استراتژی بررسی نمی‌شوند.\n"
    "جمع‌بندی تیم: این معیار ۵۲ امتیاز از ۱۰۰ امتیاز را به دست آورد.\n"
    "۲. فرهنگ سازمانی و رهبری\n"
    "نقطه قوت مدیرعامل جلسات فصلی با همه کارکنان برگزار می‌کند.\n"
    "فرصت بهبود برای سنجش فرهنگ سازمانی شاخصی تعریف نشده است.\n"
)


def test_bare_labels_open_findings_under_numbered_criteria_and_the_criterion_scores_are_read():
    findings, scores = _read([PageInput(1, FA_BARE, "fa")])
    assert [(f.criterion_code, f.finding_type) for f in findings] == [
        ("1", "strength"),
        ("1", "improvement_area"),
        ("2", "strength"),
        ("2", "improvement_area"),
    ]
    assert findings[0].text == "بیانیه هدف سازمان در کارگاه مشترک با معاونت‌ها تدوین شده است."
    assert ("1", 52.0) in [(s.criterion_code, s.points) for s in scores]


def test_a_sentence_that_merely_starts_with_the_word_is_no_finding():
    text = (
        "۱. هدف، چشم‌انداز و استراتژی\n"
        "نقاط قوت\n"
        "- بیانیه هدف سازمان در کارگاه مشترک تدوین شده است.\n"
        "- نقشه راه به بودجه مصوب متصل شده است.\n"
        "۲. فرهنگ سازمانی و رهبری\n"
        "نقاط قوت\n"
        "- مدیرعامل جلسات فصلی برگزار می‌کند.\n"
        "نقطه قوت اصلی سازمان در این دوره مشارکت کارکنان بوده است.\n"
    )
    findings, _ = _read([PageInput(1, text, "fa")])
    assert len(findings) == 3
    assert not any(f.text.startswith("اصلی سازمان") for f in findings)  # one such line is no tagged finding


@pytest.mark.parametrize("producer", ["html", "pdf-weasyprint", "pdf-libreoffice"])
def test_a_persian_report_tagging_findings_inline_reads_alike_from_every_producer(producer):
    from exbench.reading import read_document

    if producer == "html":
        _title, pages = read_document(HELDOUT5 / "docs" / "fa_e02.html", "text/html", ocr=False)
    else:
        _title, pages = read_document(HELDOUT5 / producer / "fa_e02.pdf", "application/pdf", ocr=False)
    findings, scores = _read([PageInput(p.page_number, p.text, p.language) for p in pages])
    label = json.loads((HELDOUT5 / "labels" / "fa_e02.json").read_text(encoding="utf-8"))
    assert sorted((f.criterion_code, f.finding_type) for f in findings) == sorted(
        (f["criterion"], f["finding_type"]) for f in label["findings"]
    )
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}
