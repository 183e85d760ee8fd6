"""Feedback reports of the twelfth held-out batch (dev split), printed by Chromium: sub-criterion headings
with a dash ("1a – Liderler ...") over "+" and "–" bullets; running numbers before a kind's code that the
report defines in brackets in its prose ("7 güçlü yön (GY) ...", then "1. GY ..."; "( ق)" with the space a
printer left); a definition list whose term is a finding's label and number alone ("نقطه قوت ۱-۱") with its
text below; and a key that gives one mark alone ("Comments marked “+” are strengths.") beside labelled
opportunities ("OFI ...")."""

from __future__ import annotations

import pytest

from tests.rendered import finding_rows, report_findings_read


@pytest.mark.parametrize(
    "doc_id",
    [
        "tr_l10",  # "1a – Liderler misyonu, ..." / "Güçlü Yönler" / "+ Başhekimlik ve ..."
        "tr_l11",  # "Ekip 7 güçlü yön (GY) ve 9 iyileştirme alanı (İA) tespit etmiştir." / "1. GY Yönetim kurulu, ..."
        "fa_l01",  # "نقطه قوت ۱-۱" / "رئیس و هیئت‌رئیسه بیمارستان ..."
        "en_l01",  # "Comments marked “+” are strengths." / "+ The fire chief ..." / "OFI It is not evident ..."
    ],
)
def test_every_finding_with_its_criterion_kind_and_text(doc_id):
    label, findings = report_findings_read("heldout12", doc_id, 2024)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_kind_code_defined_in_brackets_with_a_printers_space_marks_the_findings():
    label, findings = report_findings_read("heldout12", "fa_l10", 2024)  # "۶ نقطه قوت ( ق) و ۸ حوزه قابل بهبود ( ب)"
    assert {(c, k) for c, k, _ in finding_rows(findings)} == {(c, k) for c, k, _ in finding_rows(label["findings"])}
    assert len(findings) == len(label["findings"]) == 14


def test_a_side_by_side_table_whose_criterion_column_wraps_its_names():
    """ "Kriter | Güçlü Yönler | İyileştirmeye Açık Alanlar": each row's name wraps in its narrow cell ("1. Amaç," /
    "Vizyon ve" / "Strateji"), and row 4's number stands alone with its name parted by the page break; the rows
    read whole are read under their criteria, the one the reader wove over the page break gives nothing."""
    label, findings = report_findings_read("heldout12", "tr_l09", 2024)
    read = finding_rows(findings)
    assert {(c, t) for c, _, t in read} <= {(c, t) for c, _, t in finding_rows(label["findings"])}
    assert {c for c, _, _ in read} == {"1", "2", "3", "5", "6", "7"}
    assert len(read) == 20
    # "... ağırlığı belirsizdir.": "unclear" states a lack, as "unclear" does in English
    assert (
        "1",
        "improvement_area",
        "Sürdürülebilirlik hedeflerinin (özellikle metan salımı) stratejik plandaki ağırlığı belirsizdir.",
    ) in read


def test_a_side_by_side_row_a_page_break_parts_keeps_each_cell_whole():
    """ "Üst yönetim ... önerileri" / "Liderlik davranışlarının ... ölçülmemektedir." / (page 2) "dinlemektedir.":
    the left cell's last word, on the next page, goes back after its first lines."""
    label, findings = report_findings_read("heldout4", "tr_d01", 2024)
    read = finding_rows(findings)
    assert (
        "2",
        "strength",
        "Üst yönetim her ay vardiya amirleriyle “rıhtım buluşmaları” yaparak sahadan gelen önerileri dinlemektedir.",
    ) in read
    assert ("2", "improvement_area", "Liderlik davranışlarının etkinliği çalışan geri bildirimiyle ölçülmemektedir.") in read
    assert {(c, k) for c, k, _ in read if c == "2"} == {(c, k) for c, k, _ in finding_rows(label["findings"]) if c == "2"}
