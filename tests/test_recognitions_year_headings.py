"""An awards page that dates its paragraphs by year headings, a plan dated after the page, a Turkish results
table by level: each recognition with its own year and holder."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.recognition_year_groups import year_sections
from exbench.reading import read_document

HELDOUT19 = Path(__file__).resolve().parent / "heldout19"


def _recognitions(doc_id: str, producer: str = "chromium") -> set[tuple]:
    label = json.loads((HELDOUT19 / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    title, pages = read_document(HELDOUT19 / f"pdf-{producer}" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    facts = extract_document(
        [PageInput(p.page_number, p.text, p.language) for p in pages],
        title,
        published_on=datetime.date.fromisoformat(label["published_on"]),
    )
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_year_alone_on_its_line_heads_what_follows_it_up_to_the_next() -> None:
    text = "Ödüllerimiz\n2024\nBelge alındı.\nBir satır daha.\n2022\nBaşka belge.\n2019 – 2020\n2019: Üç yıldız."
    sections = year_sections(text, "tr")
    assert [(text[s:e].strip().splitlines()[0], year) for s, e, year in sections] == [
        ("Belge alındı.", 2024),
        ("Başka belge.", 2022),
    ]


def test_years_in_a_column_of_a_table_head_nothing() -> None:
    assert year_sections("Yıl\n2022\n14\n2023\n18\n2024\n21\n", "tr") == []


def test_a_solar_year_heading_dates_in_gregorian() -> None:
    (section,) = year_sections("افتخارات\n۱۴۰۲\nدریافت تندیس بلورین", "fa")
    assert section[2] == 2023


def test_an_awards_page_dates_each_receipt_by_the_heading_above_it_and_no_plan_after_its_date() -> None:
    found = _recognitions("tr_x01")
    holder = "BOSKİ Bozkaya Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert {(holder, "kalder", 5, 2024), (holder, "kalder", 4, 2022), (holder, "iso", None, 2023)} <= found
    assert not any(year is not None and year > 2025 for *_, year in found)  # "2026 yılında ... almayı planlıyoruz"
    assert (holder, "kalder", 5, 2025) not in found


def test_a_turkish_results_table_by_level_gives_each_row_its_level() -> None:
    found = _recognitions("tr_x02")
    assert {
        ("Birlikova Gıda Sanayi A.Ş.", "kalder", None, 2024),
        ("Koraltı Otomotiv Yan Sanayi A.Ş.", "kalder", 5, 2024),
        ("Meşelik Belediyesi", "kalder", 4, 2024),
        ("Beyazkent Lojistik Ltd. Şti.", "kalder", 2, 2024),
    } <= found
