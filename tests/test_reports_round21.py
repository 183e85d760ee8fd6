"""Reports of the twenty-first round: a score table's columns headed by years refuse where the latest year is
a target's or another organization's; and a table that gives each criterion's share of its weight, no weight
column, is weighed with the framework's weights where they add up to the total the report states."""

from __future__ import annotations

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_labels import chrome as report_chrome
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_columns, key
from exbench.extraction.score_statements import scaled_readings, statements


@pytest.mark.parametrize(
    "header",
    [
        "Criterion Weight 2022 2023 2024 Target",
        "Criterion Maximum 2023 Target 2025 2024",
        "Criterion Max 2023 2024 Benchmark (2024)",
        "Kriter Ağırlık 2022 2023 Hedef 2024",
        "معیار وزن ۱۴۰۲ ۱۴۰۳ ۱۴۰۴ هدف",
    ],
)
def test_a_latest_year_that_is_a_target_makes_no_cycle_columns(header: str) -> None:
    assert header_columns(key(header)) is None


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        ("Criterion Weight 2022 2023 2024", ["criterion", "other", "compare", "compare", "points"]),
        ("Criterion Weight 2023 2024 Sector average", ["criterion", "other", "compare", "points", "compare"]),
        ("معیار وزن ۱۴۰۲ ۱۴۰۳", ["criterion", "other", "compare", "points"]),
    ],
)
def test_years_of_the_organizations_own_cycles_still_head_columns(header: str, columns: list[str]) -> None:
    assert header_columns(key(header)) == columns


_FA_SHARES = """گزارش ارزیابی
مدل مورد استفاده، مدل تعالی EFQM ویرایش ۲۰۲۰ است.
ج) نیم‌رخ امتیاز
وزن معیارها در این دوره چنین است: معیار ۱: ۱۰۰، معیار ۲: ۱۰۰، معیار ۳: ۱۰۰، معیار ۴: ۲۰۰، معیار ۵: ۱۰۰، معیار ۶: ۲۰۰، معیار ۷: ۲۰۰ (جمع ۱۰۰۰). جدول زیر
درصد کسب‌شده از وزن هر معیار را نشان می‌دهد.
معیار درصد کسب‌شده از وزن معیار
هدف، چشم‌انداز و استراتژی ۴۰٪
فرهنگ سازمانی و رهبری ۴۵٪
مشارکت دادن ذی‌نفعان ۳۸٪
خلق ارزش پایدار ۳۶٪
پیشبرد عملکرد و تحول ۴۲٪
ادراکات ذی‌نفعان ۳۵٪
عملکرد استراتژیک و عملیاتی ۳۳٪
مجموع امتیاز کسب‌شده سازمان {total} امتیاز از ۱۰۰۰ است.
"""

_EN_SHARES = """Assessment feedback report
The assessment used the EFQM Model 2020.
Scoring profile
Criterion % of weight
Purpose, Vision & Strategy 60%
Organisational Culture & Leadership 55%
Engaging Stakeholders 50%
Creating Sustainable Value 45%
Driving Performance & Transformation 40%
Stakeholder Perceptions 35%
Strategic & Operational Performance 30%
The organisation scored {total} points out of 1000.
"""


def _scores(text: str, language: str) -> set[tuple[str | None, float, float | None]]:
    pages = [PageInput(1, text, language)]
    _findings, scores = read_report(pages, DocumentContext(language, "Örnek", 2024, None))
    return {(s.criterion_code, s.points, s.max_points) for s in scores}


def test_shares_of_the_weights_are_weighed_where_they_add_up_to_the_total() -> None:
    scores = _scores(_FA_SHARES.format(total="۳۷۳"), "fa")
    assert {("1", 40.0, 100.0), ("4", 72.0, 200.0), ("7", 66.0, 200.0), (None, 373.0, 1000.0)} <= scores
    assert len([s for s in scores if s[0] is not None]) == 7
    english = _scores(_EN_SHARES.format(total="425"), "en")  # 60+55+50+90+40+70+60
    assert {("1", 60.0, 100.0), ("4", 90.0, 200.0), ("6", 70.0, 200.0)} <= english


def test_shares_that_miss_the_stated_total_give_no_criterion_points() -> None:
    assert {s for s in _scores(_FA_SHARES.format(total="۴۵۰"), "fa") if s[0] is not None} == set()
    assert {s for s in _scores(_EN_SHARES.format(total="500"), "en") if s[0] is not None} == set()


def _findings(text: str, language: str) -> set[tuple[str | None, str, str]]:
    pages = [PageInput(1, text, language)]
    findings, _scores = read_report(pages, DocumentContext(language, "Örnek", 2024, None))
    return {(f.criterion_code, f.finding_type, " ".join(f.text.split())) for f in findings}


_EN_CODES = """Feedback Report
The sections below give each category's comments; the item to which each comment relates is shown in parentheses.
Category 2: Strategy
Strengths
The strategic planning process uses community health needs assessment data and market
analysis (2.1)
Opportunities for Improvement
Action plans lack measures that show progress toward the two strategic objectives on access
(2.2)
The process for deciding which work is done by partners is not described (2.1)
Regional Council for Performance Excellence · 1200 Lakeview Ave., Suite 400 · (555) 013-2260 · This report is confidential
to the applicant."""

_FA_TURNED = """گزارش بازخورد
معیار ۱ – رهبری
نقاط قوت
رئیس بیمارستان و مدیران ارشد در کمیته‌های بیمارستانی به صورت منظم حضور دارند و مصوبات را پیگیری می‌کنند
)۲-۱(
گشت‌های ایمنی مدیریتی به صورت ماهانه در بخش‌های بالینی انجام می‌شود(۱-۴)
زمینه‌های قابل بهبود
فرآیند مدیریت تغییر در اجرای پروژه‌های تحول تعریف نشده است (۱-۵)
معیار ۲ – خط‌مشی و استراتژی
نقاط قوت
نقطه قوت قابل توجهی در این معیار ثبت نشد.
زمینه‌های قابل بهبود
اثربخشی استراتژی به صورت دوره‌ای بازنگری نمی‌شود(۲-۴)
تهران، دبیرخانه جایزه ملی تعالی سازمانی · تلفن: ۰۲۱-۸۸۷۷۶۶۵۵ · این گزارش محرمانه است."""


def test_a_code_alone_on_its_line_closes_the_finding_it_wrapped_from() -> None:
    found = _findings(_EN_CODES, "en")
    assert (
        "2",
        "improvement_area",
        "Action plans lack measures that show progress toward the two strategic objectives on access",
    ) in found
    assert ("2", "improvement_area", "The process for deciding which work is done by partners is not described") in found
    assert len(found) == 3  # the footer with its contacts, and its wrapped end, are no finding
    persian = _findings(_FA_TURNED, "fa")
    assert {f[2] for f in persian if f[:2] == ("1", "strength")} == {
        "رئیس بیمارستان و مدیران ارشد در کمیته‌های بیمارستانی به صورت منظم حضور دارند و مصوبات را پیگیری می‌کنند",
        "گشت‌های ایمنی مدیریتی به صورت ماهانه در بخش‌های بالینی انجام می‌شود",
    }
    assert len(persian) == 4  # "no notable strength was recorded" and the footer are no findings


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("KalDer Genel Merkezi · Değerlendirme Birimi · Tel: 0 216 555 41 70 · Bu rapor 3 nüsha olarak düzenlenmiştir.", True),
        ("Bu rapor gizlidir. · İletişim:", True),
        ("Assessment administered by the national partner · enquiries: 020 7946 0418", True),
        ("Customer satisfaction rose from 72% to 81% · see results 2019 2020 2021", False),
        ("Staff survey response rates are low in on-call stations and results are not segmented.", False),
    ],
)
def test_a_footer_of_contacts_is_page_chrome(line: str, chrome: bool) -> None:
    assert report_chrome(key(line)) is chrome


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("For Criterion 1, Purpose, Vision and Strategy, the team agreed 52 of the 100 available points.", ("1", 52.0, 100.0)),
        ("Criterion 4, Creating Sustainable Value, earned 96 of its 200 points.", ("4", 96.0, 200.0)),
        ("The total is 452 out of the possible 1,000 points.", (None, 452.0, 1000.0)),
    ],
)
def test_a_scale_after_the_or_its_is_read(sentence: str, row: tuple) -> None:
    assert [(r.criterion, r.points, r.max_points) for r in statements(key(sentence))] == [row]


def test_a_part_of_a_few_is_no_criterions_score() -> None:
    assert statements(key("In Criterion 6 the team read 2 of the 3 surveys.")) == []


def test_points_with_a_case_suffix_before_their_maximum() -> None:
    readings = scaled_readings(key("Takımın bu kritere verdiği puan 48’dir (azami 100)."))
    assert [(points, maximum) for _, points, maximum in readings] == [(48.0, 100.0)]


def test_a_part_of_the_models_whole_is_no_total() -> None:
    sentence = "Direction accounts for 200, Execution for 300 and Results for 400 of the 1,000 points available."
    assert statements(key(sentence)) == []


_TR_SUMMARY = """Özet Geri Bildirim Raporu – 2024
Değerlendirme modeli: EFQM Modeli 2020
Kriter Bazında Puan Aralıkları
Kriter Adı
Puan
aralığı
Kriter
1
Amaç, Vizyon ve Strateji %40-50
Kriter
2
Kurum Kültürü ve Liderlik %30-40
Kriter
3
Paydaşları Dahil Etme %30-40
Kriter
4
Sürdürülebilir Değer Yaratma %40-50
Kriter
5
Performansı ve Dönüşümü
Yönetme %30-40
Kriter
6
Paydaş Algıları %20-30
Kriter
7
Stratejik ve Operasyonel
Performans %30-40
Toplam puan: 348
Öne Çıkan Güçlü Yönler
Kriter 1: Havza koruma eylem planı ile stratejik plan hedefleri
arasında açık bir bağlantı kurulmuştur.
Kriter 7: Fiziki su kaybı oranı son dört yılda düzenli olarak azalmıştır.
Öncelikli Gelişim Alanları
Kriter 2: Bölge müdürlüklerinde liderlerin mükemmellik yaklaşımına
katılımı genel müdürlük düzeyinin gerisindedir.
"""


def test_rows_numbered_one_to_n_in_order_are_no_points() -> None:
    assert _scores(_TR_SUMMARY, "tr") == {(None, 348.0, 1000.0)}


def test_a_finding_opened_by_its_criterion_and_a_colon_under_a_qualified_heading() -> None:
    assert _findings(_TR_SUMMARY, "tr") == {
        ("1", "strength", "Havza koruma eylem planı ile stratejik plan hedefleri arasında açık bir bağlantı kurulmuştur."),
        ("7", "strength", "Fiziki su kaybı oranı son dört yılda düzenli olarak azalmıştır."),
        (
            "2",
            "improvement_area",
            "Bölge müdürlüklerinde liderlerin mükemmellik yaklaşımına katılımı genel müdürlük düzeyinin gerisindedir.",
        ),
    }


_TR_CYCLES = """Değerlendirme Geri Bildirim Raporu
Değerlendirme modeli: EFQM Modeli 2020
2. Puan Tablosu
Kriter Azami
Puan
Önceki
değerlendirme
(2023)
Bu
değerlendirme
(2025)
1. Amaç, Vizyon ve Strateji 100 48 60
2. Kurum Kültürü ve Liderlik 100 45 56
5. Performansı ve Dönüşümü
Yönetme
100 40 50
TOPLAM 1000 378 462
"""


def test_a_header_wrapped_over_its_cycles_years_reads_this_cycles_column() -> None:
    assert header_columns(key("Kriter Azami Puan Önceki değerlendirme (2023) Bu değerlendirme (2025)")) == [
        "criterion",
        "max",
        "compare",
        "points",
    ]
    assert _scores(_TR_CYCLES, "tr") == {("1", 60.0, 100.0), ("2", 56.0, 100.0), ("5", 50.0, 100.0), (None, 462.0, 1000.0)}


@pytest.mark.parametrize(
    "header",
    [
        "ردیف معیار حداکثر امتیاز دوره قبل (۱۴۰۲) دوره جاری(۱۴۰۳)",
        "Criterion Max Previous assessment (2022) This assessment (2024)",
    ],
)
def test_the_words_before_a_cycles_year_in_brackets_name_its_column(header: str) -> None:
    assert header_columns(key(header)) == ["criterion", "max", "compare", "points"]


_EN_RADAR = """Recognised by EFQM – Assessment Report
The university was assessed against the EFQM Model 2020.
2. RADAR Scoring Profile
Crit. Criterion Approach Deployment
Assessment &
Refinement
Results Max. Points
1
Purpose, Vision &
Strategy
65% 60% 55% – 100 62
2
Organisational Culture &
Leadership
60% 60% 55% – 100 60
3 Engaging Stakeholders 60% 55% 55% – 100 58
Total 1000 546
"""


def test_the_first_rows_number_alone_on_its_line_opens_the_row() -> None:
    assert _scores(_EN_RADAR, "en") == {("1", 62.0, 100.0), ("2", 60.0, 100.0), ("3", 58.0, 100.0), (None, 546.0, 1000.0)}
