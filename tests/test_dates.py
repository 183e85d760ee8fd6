"""Dates, ranges, months and cued years in Turkish, English and Persian (Jalali)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from exbench.extraction.dates import find_dates, jalali_year_span, normalize_jalali_year

SEEDS = Path(__file__).parent / "fixtures" / "seeds" / "txt"

# (text, reference, expected [(raw, first, last, precision)])
TR = [
    ("Protokol 06 Nisan 2022 tarihinde imzalandı.", None, [("06 Nisan 2022", D(2022, 4, 6), D(2022, 4, 6), "day")]),
    ("21 Ekim 2019 tarihli meclis kararı", None, [("21 Ekim 2019", D(2019, 10, 21), D(2019, 10, 21), "day")]),
    ("20 Aralık 2023 Çarşamba günü toplantı yapıldı", None, [("20 Aralık 2023", D(2023, 12, 20), D(2023, 12, 20), "day")]),
    ("Meclis Kararı tarihi: 09.09.2009", None, [("09.09.2009", D(2009, 9, 9), D(2009, 9, 9), "day")]),
    ("Onay Tarihi: 13/05/1996", None, [("13/05/1996", D(1996, 5, 13), D(1996, 5, 13), "day")]),
    ("Kontrol Kanunu12.02.2021", None, [("12.02.2021", D(2021, 2, 12), D(2021, 2, 12), "day")]),
    ("7-8-9 Kasım 2023 tarihlerinde eğitim", None, [("7-8-9 Kasım 2023", D(2023, 11, 7), D(2023, 11, 9), "day")]),
    ("31 Ocak-1 Şubat 2024 tarihlerinde", None, [("31 Ocak-1 Şubat 2024", D(2024, 1, 31), D(2024, 2, 1), "day")]),
    ("31 Aralık-2 Ocak 2024 arası", None, [("31 Aralık-2 Ocak 2024", D(2023, 12, 31), D(2024, 1, 2), "day")]),
    ("3 ve 4 Mayıs 2023 günlerinde", None, [("3 ve 4 Mayıs 2023", D(2023, 5, 3), D(2023, 5, 4), "day")]),
    ("7, 8 ve 9 Kasım 2023", None, [("7, 8 ve 9 Kasım 2023", D(2023, 11, 7), D(2023, 11, 9), "day")]),
    ("Çalıştaylar (Haziran-Ağustos 2022)", None, [("Haziran-Ağustos 2022", D(2022, 6, 1), D(2022, 8, 31), "month")]),
    ("Temel Eğitim (Mayıs 2022)", None, [("Mayıs 2022", D(2022, 5, 1), D(2022, 5, 31), "month")]),
    ("NİSAN 2022 BÜLTENİ", None, [("NİSAN 2022", D(2022, 4, 1), D(2022, 4, 30), "month")]),
    ("subat 2024 raporu", None, [("subat 2024", D(2024, 2, 1), D(2024, 2, 29), "month")]),
    ("projeyi başlatmıştır (2022 Yılı).", None, [("2022 Yılı", D(2022, 1, 1), D(2022, 12, 31), "year")]),
    ("2023 yılında 14 proje tamamlandı", None, [("2023 yılında", D(2023, 1, 1), D(2023, 12, 31), "year")]),
    ("2021-2027 Dönemi çağrısı", None, [("2021-2027 Dönemi", D(2021, 1, 1), D(2027, 12, 31), "year")]),
    ("14 Aralık tarihinde tören", None, [("14 Aralık", None, None, "day")]),
    ("14 Aralık tarihinde tören", D(2024, 1, 10), [("14 Aralık", D(2023, 12, 14), D(2023, 12, 14), "day")]),
    ("14 Aralık tarihinde tören", D(2024, 12, 20), [("14 Aralık", D(2024, 12, 14), D(2024, 12, 14), "day")]),
    ("Mayıs ayında toplandı", D(2024, 3, 1), [("Mayıs ayında", D(2023, 5, 1), D(2023, 5, 31), "month")]),
    ("14 proje tamamlandı", None, []),
    ("2008 adet fidan dikildi", None, []),
    ("2019/127 sayılı karar", None, []),
    ("ISO 9001:2008 belgesi", None, []),
    ("1453 yılında", None, []),
]

EN = [
    ("The ceremony took place on 22 March 2023.", None, [("22 March 2023", D(2023, 3, 22), D(2023, 3, 22), "day")]),
    ("On March 22, 2023, the council met.", None, [("March 22, 2023", D(2023, 3, 22), D(2023, 3, 22), "day")]),
    ("The December 2023 report", None, [("December 2023", D(2023, 12, 1), D(2023, 12, 31), "month")]),
    ("Sept. 2021 assessment", None, [("Sept. 2021", D(2021, 9, 1), D(2021, 9, 30), "month")]),
    ("held on 14–15 December 2023", None, [("14–15 December 2023", D(2023, 12, 14), D(2023, 12, 15), "day")]),
    ("from 3 to 5 May 2024", None, [("3 to 5 May 2024", D(2024, 5, 3), D(2024, 5, 5), "day")]),
    ("between 3 and 5 May 2024", None, [("3 and 5 May 2024", D(2024, 5, 3), D(2024, 5, 5), "day")]),
    ("May 3-5, 2024", None, [("May 3-5, 2024", D(2024, 5, 3), D(2024, 5, 5), "day")]),
    ("March 31 – April 2, 2024", None, [("March 31 – April 2, 2024", D(2024, 3, 31), D(2024, 4, 2), "day")]),
    ("the 5th of May 2024", None, [("5th of May 2024", D(2024, 5, 5), D(2024, 5, 5), "day")]),
    ("June–August 2022 survey", None, [("June–August 2022", D(2022, 6, 1), D(2022, 8, 31), "month")]),
    ("dated 03/05/2024", None, []),
    ("dated 13/05/2024", None, [("13/05/2024", D(2024, 5, 13), D(2024, 5, 13), "day")]),
    ("dated 05/13/2024", None, [("05/13/2024", D(2024, 5, 13), D(2024, 5, 13), "day")]),
    ("dated 2024-03-05", None, [("2024-03-05", D(2024, 3, 5), D(2024, 3, 5), "day")]),
    ("in 2022 we trained 40 staff", None, [("2022", D(2022, 1, 1), D(2022, 12, 31), "year")]),
    ("we trained 2022 staff", None, []),
    ("you may 5 times", None, []),
    ("on 5 May we met", None, [("5 May", None, None, "day")]),
    ("on 5 May we met", D(2024, 3, 1), [("5 May", D(2023, 5, 5), D(2023, 5, 5), "day")]),
    ("since 2019 the city", None, [("2019", D(2019, 1, 1), D(2019, 12, 31), "year")]),
]

FA = [
    ("مراسم در ۱۲ آبان ۱۴۰۱ برگزار شد", None, [("۱۲ آبان ۱۴۰۱", D(2022, 11, 3), D(2022, 11, 3), "day")]),
    ("گزارش آبان ۱۴۰۱", None, [("آبان ۱۴۰۱", D(2022, 10, 23), D(2022, 11, 21), "month")]),
    ("در سال ۱۴۰۱ شرکت می کند", None, [("سال ۱۴۰۱", D(2022, 3, 21), D(2023, 3, 20), "year")]),
    ("از سال ۹۷ در جشنواره", None, [("سال ۹۷", D(2018, 3, 21), D(2019, 3, 20), "year")]),
    ("از سال ۹۸ تا ۱۴۰۱", None, [("سال ۹۸ تا ۱۴۰۱", D(2019, 3, 21), D(2023, 3, 20), "year")]),
    ("نامه مورخ ۱۴۰۱/۰۸/۱۲", None, [("۱۴۰۱/۰۸/۱۲", D(2022, 11, 3), D(2022, 11, 3), "day")]),
    ("نامه مورخ ۱۲/۰۸/۱۴۰۱", None, [("۱۲/۰۸/۱۴۰۱", D(2022, 11, 3), D(2022, 11, 3), "day")]),
    ("تا پایان اردیبهشت ماه", None, [("اردیبهشت ماه", None, None, "month")]),
    ("تا پایان اردیبهشت ماه", D(2022, 11, 5), [("اردیبهشت ماه", D(2022, 4, 21), D(2022, 5, 21), "month")]),
    ("روز ۱۲ آبان ماه", D(2022, 11, 5), [("۱۲ آبان ماه", D(2022, 11, 3), D(2022, 11, 3), "day")]),
    ("روز ۱۲ آبان ماه", D(2022, 11, 1), [("۱۲ آبان ماه", D(2021, 11, 3), D(2021, 11, 3), "day")]),
    ("از دی ماه امسال", D(2022, 11, 5), [("دی ماه امسال", D(2022, 12, 22), D(2023, 1, 20), "month")]),
    ("در ۱۴ اسفند ماه سال ۱۴۰۱", None, [("۱۴ اسفند ماه سال ۱۴۰۱", D(2023, 3, 5), D(2023, 3, 5), "day")]),
    ("دوازدهم آبان ۱۴۰۱", None, [("دوازدهم آبان ۱۴۰۱", D(2022, 11, 3), D(2022, 11, 3), "day")]),
    ("۱۲ تا ۱۴ آبان ۱۴۰۱", None, [("۱۲ تا ۱۴ آبان ۱۴۰۱", D(2022, 11, 3), D(2022, 11, 5), "day")]),
    ("مهر تا آذر ۱۴۰۱", None, [("مهر تا آذر ۱۴۰۱", D(2022, 9, 23), D(2022, 12, 21), "month")]),
    ("۲۲ مارس ۲۰۲۳", None, [("۲۲ مارس ۲۰۲۳", D(2023, 3, 22), D(2023, 3, 22), "day")]),
    ("در سال ۲۰۲۲ میلادی", None, [("سال ۲۰۲۲", D(2022, 1, 1), D(2022, 12, 31), "year")]),
    ("دي ماه ۱۴۰۱", None, [("دي ماه ۱۴۰۱", D(2022, 12, 22), D(2023, 1, 20), "month")]),
    ("اردی‌بهشت ۱۴۰۲", None, [("اردی‌بهشت ۱۴۰۲", D(2023, 4, 21), D(2023, 5, 21), "month")]),
    ("۱۴۰۱ ه.ش", None, [("۱۴۰۱ ه.ش", D(2022, 3, 21), D(2023, 3, 20), "year")]),
    ("۳۰ اسفند ۱۴۰۳", None, [("۳۰ اسفند ۱۴۰۳", D(2025, 3, 20), D(2025, 3, 20), "day")]),
    ("۱۴۰۰ نفر شرکت کردند", None, []),
    ("مهر و امضا شد", None, []),
    ("۵ سال تجربه", None, []),
]


def _dates(text: str, language: str | None, reference: D | None) -> list[tuple]:
    return [(d.raw, d.first, d.last, d.precision) for d in find_dates(text, language, reference)]


@pytest.mark.parametrize(("text", "reference", "expected"), TR)
def test_turkish(text: str, reference: D | None, expected: list) -> None:
    assert _dates(text, "tr", reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), EN)
def test_english(text: str, reference: D | None, expected: list) -> None:
    assert _dates(text, "en", reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), FA)
def test_persian(text: str, reference: D | None, expected: list) -> None:
    assert _dates(text, "fa", reference) == expected


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("۱۲ آبان ۱۴۰۱", "jalali"),
        ("سال ۱۴۰۱", "jalali"),
        ("۲۲ مارس ۲۰۲۳", "gregorian"),
        ("سال ۲۰۲۲ میلادی", "gregorian"),
        ("۱۴۰۱/۰۸/۱۲", "jalali"),
        ("06 Nisan 2022", "gregorian"),
    ],
)
def test_calendar(text: str, calendar: str) -> None:
    assert [d.calendar for d in find_dates(text, None)] == [calendar]


@pytest.mark.parametrize(
    ("text", "first"),
    [("06 Nisan 2022", D(2022, 4, 6)), ("22 March 2023", D(2023, 3, 22)), ("۱۲ آبان ۱۴۰۱", D(2022, 11, 3))],
)
def test_language_guessed(text: str, first: D) -> None:
    assert [d.first for d in find_dates(text, None)] == [first]


@pytest.mark.parametrize(
    ("year", "expected"), [(97, 1397), (50, 1350), (99, 1399), (0, 1400), (1, 1401), (49, 1449), (1401, 1401)]
)
def test_normalize_jalali_year(year: int, expected: int) -> None:
    assert normalize_jalali_year(year) == expected


@pytest.mark.parametrize(
    ("year", "span"),
    [
        (1401, (D(2022, 3, 21), D(2023, 3, 20))),
        (1397, (D(2018, 3, 21), D(2019, 3, 20))),
        (1403, (D(2024, 3, 20), D(2025, 3, 20))),
    ],
)
def test_jalali_year_span(year: int, span: tuple[D, D]) -> None:
    assert jalali_year_span(year) == span


def test_seed_turkish_dates() -> None:
    text = (SEEDS / "000_64b73009d1241be1.txt").read_text(encoding="utf-8")
    found = find_dates(text, "tr")
    assert all(d.raw == text[d.start : d.end] for d in found)
    spans = {(d.first, d.last) for d in found}
    for day in (D(2022, 4, 6), D(2023, 3, 22), D(2023, 12, 14)):
        assert (day, day) in spans
    assert (D(2023, 11, 7), D(2023, 11, 9)) in spans
    assert (D(2024, 1, 31), D(2024, 2, 1)) in spans
    assert (D(2022, 6, 1), D(2022, 8, 31)) in spans


def test_seed_persian_dates() -> None:
    text = (SEEDS / "002_dc6b67fdd8ec7530.txt").read_text(encoding="utf-8")
    found = find_dates(text, "fa", D(2022, 11, 5))
    assert ("۱۲ آبان ماه", D(2022, 11, 3)) in [(d.raw, d.first) for d in found]
    years = {(d.first, d.last) for d in found if d.precision == "year"}
    assert jalali_year_span(1401) in years and jalali_year_span(1397) in years
