"""Numbers in Persian, Turkish and English text: digits, words, mixtures, traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.numbers import find_numbers, parse_number
from exbench.language import to_ascii_digits

SEEDS = Path(__file__).parent / "fixtures" / "seeds" / "txt"
P = True  # marks a percent in the tables below

# (text, expected [(value, is_percent)] in text order)
FA = [
    ("شهرداری تهران در سال گذشته ۳۲ پروژه بهبود را اجرا کرد.", [(32, False)]),
    ("تعداد کارکنان به یک هزار و ۴۵۰ نفر رسید.", [(1450, False)]),
    ("۲ هزار و ۷۳۱ نقطه قابل بهبود شناسایی شد", [(2731, False)]),
    ("دو هزار نفر در این دوره شرکت کردند", [(2000, False)]),
    ("پنج شهرداری منطقه برنده شدند", [(5, False)]),
    ("بیست و پنج ارزیاب مستقل", [(25, False)]),
    ("سیصد و شصت و پنج روز کار مداوم", [(365, False)]),
    ("بودجه ۱.۵ میلیون دلار تصویب شد", [(1500000, False)]),
    ("بودجه ۱٫۵ میلیون دلار تصویب شد", [(1500000, False)]),
    ("۱۵ سازمان و ۵ شرکت ارزیابی شدند", [(15, False), (5, False)]),
    ("در سومین جشنواره ۱۲ جایزه اهدا شد", [(12, False)]),
    ("شهرداری رتبه سوم کشور را کسب کرد", []),
    ("برای دومین بار متوالی", []),
    ("برای بار ۳ام تقدیر شد", []),
    ("۸۰ درصد اهداف برنامه محقق شد", [(80, P)]),
    ("رضایت شهروندان ۸۵٪ بود", [(85, P)]),
    ("رشد ۲/۵ درصد نسبت به پارسال", [(2.5, P)]),
    ("پنجاه و دو درصد پروژه‌ها", [(52, P)]),
    ("۳ میلیون و ۲۰۰ هزار نفر", [(3200000, False)]),
    ("هفتصد و بیست نفر ساعت آموزش", [(720, False)]),
    ("هفت‌صد نفر", [(700, False)]),
    ("دو و نیم میلیون تومان", [(2500000, False)]),
    ("نه تنها کیفیت بلکه سرعت خدمات", []),
    ("به عنوان یک برند ملی", []),
    ("بیست و یک شاخص کلیدی", [(21, False)]),
    ("۱۰ هزار و ۲۰ هزار نفر", [(10000, False), (20000, False)]),
    ("۱۲۵٬۰۰۰ نفر بازدید", [(125000, False)]),
    ("٣٥ عضو هیئت", [(35, False)]),
    ("۴۰ و ۵۰ امتیاز", [(40, False), (50, False)]),
    ("سيصد و شصت نفر", [(360, False)]),  # Arabic yeh
    ("گواهینامه ISO 9001:2015 دریافت شد", []),
    ("بخشنامه شماره ۱۴۰۱/۲۳۵ ابلاغ شد", []),
    ("هزار و یک شب", [(1001, False)]),
]

TR = [
    ("Belediyemiz 2023 yılında 1.293 vatandaşa eğitim verdi.", [(1293, False)]),
    ("Memnuniyet oranı %75,5 olarak gerçekleşti.", [(75.5, P)]),
    ("Katılım oranı % 75 oldu.", [(75, P)]),
    ("Toplam on dört iyileştirme projesi yürütüldü.", [(14, False)]),
    ("iki bin yedi yüz otuz bir öneri toplandı", [(2731, False)]),
    ("2 bin 731 başvuru alındı", [(2731, False)]),
    ("1,5 milyon TL bütçe ayrıldı", [(1500000, False)]),
    ("bir proje başlatıldı", []),
    ("bir milyon fidan dikildi", [(1000000, False)]),
    ("yirmi bir kurum katıldı", [(21, False)]),
    ("vatandaşların yüzde 80'i memnun", [(80, P)]),
    ("yüzde yetmiş beş oranında", [(75, P)]),
    ("09.09.2009 tarihli karar", []),
    ("Onay: 13/05/1996", []),
    ("2019/127 sayılı meclis kararı", []),
    ("ISO 9001:2008 ve ISO 14001 belgeleri", []),
    ("sürüm 1.2.3 yayımlandı", []),
    ("Kanunun 9'uncu maddesi gereği", []),
    ("41. maddesi uyarınca", []),
    ("416 belediyenin 276'sı birliğe üyedir", [(416, False), (276, False)]),
    ("yüz yüze eğitim verildi", []),
    ("yüz kişi katıldı", [(100, False)]),
    ("bir buçuk milyon ziyaretçi", [(1500000, False)]),
    ("onbeş gönüllü görev aldı", [(15, False)]),
    ("1.293.000 TL harcandı", [(1293000, False)]),
    ("12 İyi Yönetişim ilkesi", [(12, False)]),
    ("14 İyileştirme Projesi ve 3 çalıştay", [(14, False), (3, False)]),
    ("ÜÇ YÜZ ELLİ personel", [(350, False)]),
    ("uc yuz elli personel", [(350, False)]),
    ("ortalama 0,5 puan arttı", [(0.5, False)]),
    ("7,25 puan", [(7.25, False)]),
    ("altı ay içinde", [(6, False)]),
]

EN = [
    ("The municipality trained 1,293 employees in 2022.", [(1293, False)]),
    ("Satisfaction rose to 75% from 68.5 percent.", [(75, P), (68.5, P)]),
    ("fourteen improvement projects were completed", [(14, False)]),
    ("two thousand seven hundred and thirty-one suggestions", [(2731, False)]),
    ("2 thousand volunteers", [(2000, False)]),
    ("a thousand trees were planted", [(1000, False)]),
    ("a project was launched", []),
    ("one of the three finalists", [(1, False), (3, False)]),
    ("ISO 9001:2015 certified", []),
    ("software version 1.2.3", []),
    ("ranked 3rd among 40 cities", [(40, False)]),
    ("1.5 million residents", [(1500000, False)]),
    ("twenty-five assessors", [(25, False)]),
    ("two hundred and five sites", [(205, False)]),
    ("5 and 6", [(5, False), (6, False)]),
    ("council decision 2019/127", []),
    ("Ninety-nine percent of requests", [(99, P)]),
    ("one hundred thousand visitors", [(100000, False)]),
    ("12 strengths and 7 areas for improvement", [(12, False), (7, False)]),
    ("a 12.5% increase", [(12.5, P)]),
]

NONE = [  # language None: guessed per token from script
    ("۱۵ سازمان و ۵ شرکت", [(15, False), (5, False)]),
    ("1.293 kişi katıldı", [(1293, False)]),
    ("1.5 million people", [(1500000, False)]),
    ("یک هزار و ۲۹۳ نقطه قوت", [(1293, False)]),
]


def _values(text: str, language: str | None) -> list[tuple[float | int, bool]]:
    return [(m.value, m.is_percent) for m in find_numbers(text, language)]


@pytest.mark.parametrize(("text", "expected"), FA)
def test_persian(text: str, expected: list) -> None:
    assert _values(text, "fa") == expected


@pytest.mark.parametrize(("text", "expected"), TR)
def test_turkish(text: str, expected: list) -> None:
    assert _values(text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english(text: str, expected: list) -> None:
    assert _values(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), NONE)
def test_language_guessed(text: str, expected: list) -> None:
    assert _values(text, None) == expected


@pytest.mark.parametrize(
    ("text", "language"), [(t, "fa") for t, _ in FA] + [(t, "tr") for t, _ in TR] + [(t, "en") for t, _ in EN]
)
def test_offsets_quote_the_text(text: str, language: str) -> None:
    previous_end = 0
    for match in find_numbers(text, language):
        assert match.raw == text[match.start : match.end]
        assert match.start >= previous_end
        previous_end = match.end


@pytest.mark.parametrize(
    ("text", "language", "raw"),
    [
        ("oran %75,5 oldu", "tr", "%75,5"),
        ("oran % 75 oldu", "tr", "% 75"),
        ("۷۵ درصد پروژه‌ها", "fa", "۷۵ درصد"),
        ("شناسایی یک هزار و ۲۹۳ نقطه", "fa", "یک هزار و ۲۹۳"),
        ("about 75 percent of", "en", "75 percent"),
        ("two thousand seven hundred and thirty-one ideas", "en", "two thousand seven hundred and thirty-one"),
    ],
)
def test_raw_span(text: str, language: str, raw: str) -> None:
    assert [m.raw for m in find_numbers(text, language)] == [raw]


def test_integral_values_are_int() -> None:
    assert isinstance(find_numbers("1,5 milyon", "tr")[0].value, int)
    assert isinstance(find_numbers("75,5", "tr")[0].value, float)


def test_dates_kept_when_asked() -> None:
    assert [m.value for m in find_numbers("14 Aralık 2023", "tr")] == []
    assert [m.value for m in find_numbers("14 Aralık 2023", "tr", skip_dates=False)] == [14, 2023]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1.293", "tr", 1293),
        ("75,5", "tr", 75.5),
        ("%40", "tr", 40),
        ("bir", "tr", 1),
        ("on dört", "tr", 14),
        ("12 proje", "tr", None),
        ("09.09.2009", "tr", None),
        ("۲ هزار و ۷۳۱", "fa", 2731),
        ("۱۴۰۱", "fa", 1401),
        ("سومین", "fa", None),
        (" fourteen ", "en", 14),
        ("1,293", "en", 1293),
        ("", "en", None),
        ("abc", "en", None),
        ("5 and 6", "en", None),
    ],
)
def test_parse_number(text: str, language: str, expected: float | int | None) -> None:
    assert parse_number(text, language) == expected


def test_to_ascii_digits_keeps_length() -> None:
    text = "سال ۱۴۰۱ و ٣٥ نفر"
    converted = to_ascii_digits(text)
    assert converted == "سال 1401 و 35 نفر"
    assert len(converted) == len(text)


def test_seed_persian_counts() -> None:
    text = (SEEDS / "002_dc6b67fdd8ec7530.txt").read_text(encoding="utf-8")
    found = find_numbers(text, "fa")
    values = [m.value for m in found]
    for expected in (1293, 2731, 68, 736, 55, 10, 1100, 600, 15, 5):
        assert expected in values
    assert [m.value for m in found if m.is_percent] == [75]
    assert 1401 not in values and 97 not in values  # years are dates, not counts


def test_seed_turkish_counts() -> None:
    text = (SEEDS / "000_64b73009d1241be1.txt").read_text(encoding="utf-8")
    values = [m.value for m in find_numbers(text, "tr")]
    assert 14 in values
    assert 2022 not in values and 2023 not in values
