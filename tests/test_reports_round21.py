"""Reports of the twenty-first round: a score table's columns headed by years refuse where the latest year is
a target's or another organization's; and a table that gives each criterion's share of its weight, no weight
column, is weighed with the framework's weights where they add up to the total the report states."""

from __future__ import annotations

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_columns, key
from exbench.extraction.score_transposed import transposed


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


def test_a_transposed_tables_target_row_is_never_the_points() -> None:
    keys = [
        key(line)
        for line in ["Criterion 1 2 3 4 5 6 7", "Available 100 100 100 200 100 200 200", "Target 2026 60 60 60 120 60 120 120"]
    ]
    assert [rows for _, _, rows in transposed(keys)] in ([], [[]])


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
