"""Which scheme and year a Turkish or Persian level shared by two schemes gets, read from rendered dev PDFs of
the eleventh and tenth blind batches: a municipality's own festival or a union of local governments' award is
the municipal scheme's, and a paragraph's one year told only in a later sentence dates that sentence alone."""

from __future__ import annotations

import pytest

from tests.rendered import recognitions_read


@pytest.mark.slow
def test_a_local_governments_award_is_municipal_and_a_later_sentences_year_is_not_the_paragraphs():
    # "... Birliğin Yerel Yönetimlerde Mükemmellik Ödülü'nde 3 Yıldız düzeyine ulaşmıştır. ... Ilıcakent
    # Belediyesi de 2023 döneminde aynı ödülde 4 Yıldız almıştı" in a report of 20.11.2024
    found = recognitions_read("heldout11", "tr_k01")
    assert ("Ilıcakent Toplu Taşıma ve Ulaşım Hizmetleri A.Ş.", "municipal", 3, 2024) in found
    assert ("Ilıcakent Belediyesi", "municipal", 4, 2023) in found
    assert not any(scheme in ("kalder", "other") and stars for _, scheme, stars, _ in found)


@pytest.mark.slow
def test_a_municipalitys_own_festival_gives_its_levels_to_the_municipal_scheme_in_the_next_sentence_too():
    # "در هفتمین جشنواره تعالی سازمانی شهرداری آبگینه ... سازمان فاوا تقدیرنامه دو ستاره گرفت. سازمان
    # آتش‌نشانی ... و سازمان اتوبوسرانی ... هم هر دو در همان دوره تقدیرنامه سه ستاره دریافت کردند."
    found = recognitions_read("heldout11", "fa_k12")
    levels = {(organization, stars): scheme for organization, scheme, stars, _ in found if stars}
    assert levels == {
        ("سازمان فناوری اطلاعات و ارتباطات شهرداری آبگینه", 2): "municipal",
        ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری آبگینه", 3): "municipal",
        ("سازمان اتوبوسرانی شهرداری آبگینه", 3): "municipal",
    }


@pytest.mark.slow
def test_a_provinces_festival_still_gives_the_national_awards_levels():
    found = recognitions_read("eval", "fa_a11")  # "در جشنواره تعالی مدیریت استان فارس، شهرداری شیراز تندیس زرین ..."
    assert {scheme for _, scheme, _, _ in found} == {"iran_national"}


@pytest.mark.slow
def test_the_award_a_sentence_tells_is_not_dated_by_the_year_a_later_sentence_of_its_paragraph_gives():
    # "... Türkiye Mükemmellik Ödülü'ne Körfez Doğalgaz Dağıtım A.Ş. layık görüldü. ... Körfezgaz, 2022'de de
    # aynı kategoride Başarı Ödülü almıştı." in a news item of 20.11.2025
    found = recognitions_read("heldout10", "tr_j04")
    assert ("Körfez Doğalgaz Dağıtım A.Ş.", "kalder", None, 2025) in found
