"""Turkish and Persian results tables and award titles as held-out dev documents print them: a festival's
"واحد | امتیاز | سطح" table whose cells hold scores and counts besides the level (a name cell wrapped over two
lines, a parent's name in brackets), and a Turkish award whose edition year stands before its name."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.organizations import find_organizations
from tests.rendered import recognitions_read


def found(text: str, language: str, organization: str | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=date(2025, 3, 1))
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_municipality_s_name_cell_ends_where_its_score_cell_starts():
    names = [m.canonical for m in find_organizations("شهرداری نیک‌دشت ۴۶۸ چهار ستاره ۴۷ ۷۱", "fa")]
    assert names == ["شهرداری نیک‌دشت"]


def test_a_turkish_award_s_edition_year_before_its_name_dates_it_for_each_receiver():
    text = (
        "Program kapsamında 2024 Mükemmellik Ödülü’nü Kızılçam Belediyesi kazanmış; Serinkaya Belediyesi İtfaiye "
        "Müdürlüğü ise “Mükemmellikte Gelişim Belgesi” almaya hak kazanmıştır."
    )
    years = {r[0]: r[3] for r in found(text, "tr")}
    assert years == {"Kızılçam Belediyesi": 2024, "Serinkaya Belediyesi İtfaiye Müdürlüğü": 2024}


@pytest.mark.slow
def test_a_festival_s_results_table_gives_each_unit_its_star_level():
    got = recognitions_read("heldout13", "fa_m02")
    assert ("شهرداری نیک‌دشت", "municipal", 4, 2024) in got
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری نیک‌دشت", "municipal", 3, 2024) in got  # its name wraps
    assert ("شهرداری باغستان", "municipal", 3, 2024) in got
    assert ("سازمان پارک‌ها و فضای سبز شهرداری باغستان", "municipal", 2, 2024) in got
    assert not any(r[0] == "شهرداری کوشک‌نو" for r in got)  # "(وابسته به / شهرداری کوشک‌نو)": the parent, in brackets
