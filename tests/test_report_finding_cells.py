"""Findings in the comments cell of a scoring worksheet (factor and range columns on its left): the words of
the worksheet's rows a printer put on a finding's lines are not the finding's."""

from __future__ import annotations

import json
from pathlib import Path

from exbench.extraction.finding_cells import cell_texts
from exbench.extraction.model import Evidence, PageInput
from exbench.extraction.report_facts import Finding
from tests.rendered import finding_rows, report_findings_read


def test_a_worksheet_s_factor_and_range_beside_a_comment_are_left_out_of_its_finding() -> None:
    """heldout17 en_v09: "... at every meeting. Deployment 30–45% Learning 30–45%" and a factor's first letter
    split from the rest ("new D service designs ... eployment 50–65%") read as each comment's words alone."""
    label, findings = report_findings_read("heldout17", "en_v09", 2025)
    assert finding_rows(findings) == finding_rows(label["findings"])


def _finding(text: str) -> Finding:
    return Finding("Örnek", "EFQM", "1", None, "strength", text, Evidence(1, text))


def test_a_radar_sheet_s_cells_on_a_turkish_or_persian_finding_s_line_are_dropped() -> None:
    comment = "GY Liderler yönetim sistemini her ay gözden geçirmektedir."
    page = PageInput(1, "", "tr", ((("Yaklaşım", "%60", comment), ("Yayılım", "%55", "")),))
    read = cell_texts([_finding("Liderler yönetim sistemini her ay gözden geçirmektedir. Yayılım %55")], [page])
    assert read[0].text == "Liderler yönetim sistemini her ay gözden geçirmektedir."
    persian = "مدیران ارشد هر ماه عملکرد واحدها را بازنگری می‌کنند."
    page = PageInput(1, "", "fa", ((("رویکرد", "٪۶۰", persian), ("استقرار", "٪۵۵", "")),))
    assert cell_texts([_finding(persian + " استقرار ٪۵۵")], [page])[0].text == persian


def test_words_not_printed_in_the_table_s_other_columns_stay_in_the_finding() -> None:
    """A finding that goes on past its cell with words of its own column (a row the reader split) is kept whole."""
    first, rest = "Liderler yönetim sistemini her ay", "gözden geçirmektedir."
    page = PageInput(1, "", "tr", (((first, "%60"), (rest, "%55")),))
    whole = f"{first} {rest}"
    assert cell_texts([_finding(whole)], [page])[0].text == whole


def test_a_cell_cut_short_keeps_its_finding_whole_when_the_rest_is_another_finding_s_words() -> None:
    """A two-column table of strengths and areas, its first cell cut short by the reader: the rest of the
    finding is words the other column prints too, but no worksheet's score, so the finding is not cut."""
    strength, tail = "Liderler yönetim sistemini her ay", "çalışanlarla birlikte gözden geçirmektedir."
    area = f"Süreç sahipleri {tail}"
    page = PageInput(1, "", "tr", (((strength, area),),))
    whole = f"{strength} {tail}"
    assert cell_texts([_finding(whole)], [page])[0].text == whole


def _rows_over_a_page(footer: str, caption: str) -> set[tuple[str, str, str]]:
    """heldout17 fa_v09's findings with its page's footer and its table's continued caption written as given."""
    from exbench.extraction.model import DocumentContext
    from exbench.extraction.reports import read_report
    from exbench.reading import read_document
    from tests.rendered import TESTS

    _title, pages = read_document(TESTS / "heldout17" / "pdf-chromium" / "fa_v09.pdf", "application/pdf", ocr=False)
    inputs = [
        PageInput(p.page_number, p.text.replace("— صفحه ۴ —", footer).replace("ادامه جدول ۳", caption), p.language, p.tables)
        for p in pages
    ]
    return finding_rows(read_report(inputs, DocumentContext("fa", "Örnek", 2022, None))[0])


def test_a_page_s_footer_and_a_table_s_continued_caption_inside_a_row_are_not_its_finding_s_words() -> None:
    """fa_v09: a row of the findings table runs over a page; "— صفحه ۴ —" and "ادامه جدول ۳" came between its
    lines. The same in Turkish and English page furniture."""
    label = json.loads((Path(__file__).parent / "heldout17/labels/fa_v09.json").read_text(encoding="utf-8"))
    want = finding_rows(label["findings"])
    assert _rows_over_a_page("— صفحه ۴ —", "ادامه جدول ۳") == want
    assert _rows_over_a_page("— Sayfa 4 —", "Tablo 3 (devamı)") == want
    assert _rows_over_a_page("— Page 4 —", "Table 3 (continued)") == want


def test_a_letter_code_the_key_sets_equal_to_a_kind_opens_a_finding_beside_a_radar_sheet() -> None:
    """heldout17 tr_v10: "Kısaltmalar: GY = güçlü yön, İA = iyileştirmeye açık alan" and findings "GY (1b) ..."
    in the cell beside each criterion's RADAR sheet: every finding with its kind and its sub-criterion's criterion."""
    label, findings = report_findings_read("heldout17", "tr_v10", 2024)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_letter_code_opens_a_finding_only_when_the_key_defines_it() -> None:
    from exbench.extraction.finding_letters import letter_mark

    letters = {"s": "strength", "ofi": "improvement_area", "ق": "strength", "ب": "improvement_area"}
    assert letter_mark("ofi (3b) the council does not review its plans.", letters) == ("improvement_area", 4)
    assert letter_mark("ق مدیران ارشد هر ماه عملکرد را بازنگری می‌کنند.", letters) == ("strength", 2)
    assert letter_mark("so the council reviews its plans.", letters) is None
    assert letter_mark("ofi", letters) is None


def test_a_sub_criterion_code_alone_on_the_line_after_a_finding_s_full_stop_is_that_finding_s() -> None:
    """heldout17 en_v10: "... planned a year ahead." / "(3.4)": the finding is criterion 3's, not left out."""
    from exbench.extraction.model import DocumentContext
    from exbench.extraction.reports import read_report

    label, findings = report_findings_read("heldout17", "en_v10", 2025)
    assert finding_rows(findings) == finding_rows(label["findings"])
    text = (
        "Değerlendirme Raporu\nGüçlü Yönler\nKurum, stratejisini her yıl paydaşlarla gözden geçirmektedir.\n(1.2)\n"
        "Çalışan önerileri toplanmaktadır. (3.1)\nGelişmeye Açık Alanlar\nTedarikçi performansı ölçülmemektedir. (4.2)\n"
    )
    read, _ = read_report([PageInput(1, text, "tr")], DocumentContext("tr", "X", 2024, None))
    assert [(f.criterion_code, f.finding_type) for f in read] == [
        ("1", "strength"),
        ("3", "strength"),
        ("4", "improvement_area"),
    ]
