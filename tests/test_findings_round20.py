"""Findings tables of criterion | sub-criterion | kind | finding whose kind cell holds a letter the report's
key defines in brackets after the kind's words ("نقاط قوت (ق) و زمینه‌های قابل بهبود (ب)", "güçlü yönler (G)"):
the letter alone as the cell after the sub-criterion's code is the row's kind."""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_marks import cell_mark
from exbench.extraction.reports import read_report
from tests.rendered import finding_rows, report_findings_read

FA_TABLE = (
    "گزارش بازخورد ارزیابی\n"
    "یافته‌های ارزیابی\n"
    "جدول زیر نقاط قوت ( ق) و زمینه‌های قابل بهبود( ب) شناسایی‌شده را به تفکیک معیار و زیرمعیار نشان می‌دهد.\n"
    "معیار زیرمعیار نوع\n"
    "یافته\n"
    "شرح یافته\n"
    "۱ ۱-۱ ق مدیران ارشد ارزش‌های سازمان را در راندهای مدیریتی ترویج می‌کنند.\n"
    "۱ ۱-۳ ب شواهدی از بازنگری ساختار سازمانی مشاهده نشد.\n"
    "۲ ۲-۴ ب نحوه ابلاغ اهداف استراتژیک به واحدها مشخص نیست.\n"
    "۳ ۳-۲ ق برنامه آموزش مداوم کارکنان بر اساس ارزیابی صلاحیت طراحی و اجرا می‌شود.\n"
    "گام‌های بعدی\n"
)


def _read(text: str, language: str = "fa") -> list:
    findings, _scores = read_report([PageInput(1, text, language)], DocumentContext(language, "سازمان نمونه", 2024, None))
    return findings


def test_a_letter_of_the_key_as_the_kind_cell_after_the_sub_criterion_s_opens_a_row() -> None:
    rows = {(f.criterion_code, f.item_code, f.finding_type) for f in _read(FA_TABLE)}
    assert rows == {
        ("1", "1.1", "strength"),
        ("1", "1.3", "improvement_area"),
        ("2", "2.4", "improvement_area"),
        ("3", "3.2", "strength"),
    }


def test_a_letter_is_a_kind_cell_only_where_the_key_defines_it_and_stands_alone() -> None:
    marks = {"ق": "strength", "ب": "improvement_area"}
    assert cell_mark("ق مدیران ارشد ...", marks) == ("strength", 2)
    assert cell_mark("قوت مدیران ارشد ...", marks) is None  # a word, not the letter alone
    assert cell_mark("G Belediye ...", marks) is None  # a letter the key does not define
    assert cell_mark("+ The board ...", {"+": "strength", "-": "improvement_area"}) == ("strength", 2)


def test_a_sub_criterion_cell_of_another_criterion_opens_no_row_of_its_letter() -> None:
    """ "۱ ۲-۱ ق ...": the part's code does not run under the criterion's number, so the cells are not read so."""
    text = FA_TABLE.replace("۱ ۱-۱ ق", "۱ ۲-۱ ق")
    rows = {(f.criterion_code, f.item_code) for f in _read(text)}
    assert ("1", "1.1") not in rows and ("1", "2.1") not in rows


def test_the_dev_report_whose_table_keys_kinds_by_letters_reads_every_row() -> None:
    """fa_w11 (heldout18 dev): fourteen rows, each with its criterion, sub-criterion and kind."""
    label, findings = report_findings_read("heldout18", "fa_w11", 2024)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_libreoffice_print_s_wrapped_kind_cell_and_swapped_part_code_still_read() -> None:
    """LibreOffice prints "۱ ۳- ۱ ب ..." for 1-3 (a right-to-left code's numbers swapped) and, where the text
    wraps, leaves the kind's letter at the end of the row's first line."""
    text = FA_TABLE.replace("۱ ۱-۳ ب", "۱ ۳- ۱ ب").replace("۳ ۳-۲ ق برنامه", "۳ ۳-۲ ق\nبرنامه")
    rows = {(f.criterion_code, f.item_code, f.finding_type) for f in _read(text)}
    assert ("1", "1.3", "improvement_area") in rows
    assert ("3", "3.2", "strength") in rows
    assert len(rows) == 4


TR_TEAM = (
    "Alt Kriterlere Göre Bulgular\n"
    "1.1 Amacı ve Vizyonu Tanımlamak\n"
    "Güçlü Yönler\n"
    "Hastanenin amacı, üniversitenin eğitim ve araştırma misyonu ile bölgenin sağlık ihtiyaçlarını\n"
    "birlikte gözeten bir yaklaşımla tanımlanmıştır.\n"
    "7.1 Stratejik ve Operasyonel Performans Sonuçları\n"
    "Gelişmeye Açık Alanlar\n"
    "Klinik kalite göstergelerinin önemli bir bölümü için hedefler belirlenmiş olsa da hedeflerin hangi\n"
    "gerekçeyle belirlendiği ve benzer hastanelerle kıyaslamalar sunulmamıştır.\n"
    "Değerlendirme Takımı\n"
    "Takım Lideri: Prof. Dr. Ayşe Yılmaz · Değerlendiriciler: Uzm. Dr. Ali Kaya, Murat Öztürk, Gülcan\n"
    "Demir, Emre Uysal\n"
    "Rapor teslim tarihi: 6 Aralık 2024\n"
)


def test_a_short_title_of_the_report_s_own_before_a_long_line_ends_the_findings() -> None:
    """ "Değerlendirme Takımı" names no findings heading: the team's line under it is no area for improvement."""
    findings = _read(TR_TEAM, "tr")
    assert [(f.criterion_code, f.finding_type) for f in findings] == [("1", "strength"), ("7", "improvement_area")]


def test_a_cell_a_narrow_column_wrapped_after_capitalised_words_goes_on() -> None:
    """A capitalised start of a finding wrapped short goes on in a line as short: no title, still a finding."""
    text = TR_TEAM.replace(
        "Klinik kalite göstergelerinin önemli bir bölümü için hedefler belirlenmiş olsa da hedeflerin hangi\n"
        "gerekçeyle belirlendiği ve benzer hastanelerle kıyaslamalar sunulmamıştır.\n",
        "Klinik Kalite\nGöstergeleri için\nhedefler belirlenmemiştir.\n",
    )
    texts = [f.text for f in _read(text, "tr")]
    assert "Klinik Kalite Göstergeleri için hedefler belirlenmemiştir." in texts
