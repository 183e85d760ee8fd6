"""Recognitions by who gives and who holds them, read from rendered dev PDFs of several writers: a municipality's
own award to its units is the municipal scheme's whatever its grades are called; a body that assesses, awards or
certifies never receives (named beside the receiver, or alone in a table's giver column); a table row that marks
an organization as a subsidiary is that organization's."""

from __future__ import annotations

import pytest

from exbench.extraction.recognition_internal import internal_scheme
from exbench.extraction.recognition_owners import gives
from tests.rendered import recognitions_read


@pytest.mark.slow
@pytest.mark.parametrize(
    ("batch", "doc_id", "unit"),
    [
        ("heldout8", "tr_h10", "Yeşilırmak Büyükşehir Belediyesi Zabıta Dairesi Başkanlığı"),  # "Altın Ödül’e"
        ("heldout7", "tr_g10", "Yeşilova Belediyesi Fen İşleri Müdürlüğü"),  # "Gümüş Kategori Ödülü"
        ("heldout6", "tr_f03", "Kumlubel Belediyesi Temizlik İşleri Müdürlüğü"),  # "Kumlubel Belediyesi Kalite Ödülü"
    ],
)
def test_a_municipalitys_award_to_its_unit_is_the_municipal_schemes(batch: str, doc_id: str, unit: str):
    found = recognitions_read(batch, doc_id)
    assert any(organization == unit and scheme == "municipal" for organization, scheme, *_ in found)
    assert not any(organization == unit and scheme == "other" for organization, scheme, *_ in found)


@pytest.mark.parametrize(
    ("scheme", "level", "organization", "document_scheme", "expected"),
    [
        ("other", "Altın Ödül", "Yeşilırmak Büyükşehir Belediyesi Zabıta Dairesi Başkanlığı", "municipal", "municipal"),
        ("other", "Yılı Kumlubel Belediyesi Kalite Ödülü", "Kumlubel Belediyesi Temizlik İşleri Müdürlüğü", None, "municipal"),
        # an outside body's certificate to a unit, in a document on another scheme, stays other
        ("other", "Sıfır Atık Belgesi", "Akyaka Belediyesi Temizlik İşleri Müdürlüğü", "kalder", "other"),
        # the municipality itself is no unit of its own
        ("other", "Altın Ödül", "Yeşilırmak Büyükşehir Belediyesi", "municipal", "other"),
        ("kalder", "Mükemmellikte Yetkinlik", "Kumlubel Belediyesi Temizlik İşleri Müdürlüğü", "municipal", "kalder"),
    ],
)
def test_internal_scheme(scheme, level, organization, document_scheme, expected):
    assert internal_scheme(scheme, level, organization, "tr", document_scheme) == expected


@pytest.mark.parametrize(
    ("organization", "language", "expected"),
    [
        ("Türkiye Kalite Derneği", "tr", True),
        ("Türk Standardları Enstitüsü", "tr", True),
        ("Avrupa Konseyi", "tr", True),
        ("Anadolu Belgelendirme A.Ş.", "tr", True),
        ("Çamlıtepe Belediyesi", "tr", False),
        ("Council of Europe", "en", True),
        ("Ashcombe Borough Council", "en", False),
    ],
)
def test_givers(organization: str, language: str, expected: bool):
    assert gives(organization, language) is expected


@pytest.mark.slow
def test_a_giver_named_beside_the_receiver_does_not_receive():
    # "Özel Defne Hastanesi, Kalite Derneği’nin (KalDer) ... törende ... belgesini aldı"
    found = recognitions_read("heldout8", "tr_h12")
    assert ("Özel Defne Hastanesi", "kalder", 5, 2024) in found
    assert not any(organization and "Kalite Derneği" in organization for organization, *_ in found)


@pytest.mark.slow
def test_a_table_whose_giver_column_comes_first_is_the_documents_own():
    found = recognitions_read("heldout10", "tr_j03")  # "Yıl Veren Kuruluş Ödül / Belge Alan Birim"
    assert ("Çamlıtepe Belediyesi", "kalder", 2, 2022) in found
    assert ("Çamlıtepe Belediyesi", "eloge", None, 2023) in found
    givers = {"Türkiye Kalite Derneği", "Avrupa Konseyi", "Türk Standardları Enstitüsü"}
    assert not any(organization in givers for organization, *_ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("batch", "doc_id", "holder", "parent"),
    [
        ("heldout8", "tr_h03", "Yakacık İmar ve İnşaat A.Ş.", "Yakacık Belediyesi"),  # "... A.Ş. (iştirak)"
        ("heldout6", "fa_f12", "شرکت کارگزاری سرمایه شهر", "بانک سرمایه شهر (سهامی عام)"),  # "(شرکت فرعی)"
    ],
)
def test_a_row_marked_as_a_subsidiarys_is_the_subsidiarys(batch: str, doc_id: str, holder: str, parent: str):
    found = recognitions_read(batch, doc_id)
    held = {(scheme, year) for organization, scheme, _, year in found if organization == holder}
    assert held
    assert not held & {(scheme, year) for organization, scheme, _, year in found if organization == parent}


@pytest.mark.slow
def test_a_level_the_unit_is_preparing_for_is_not_received():
    # "İtfaiye Müdürlüğümüz de geçen yıl ... 2 Yıldız belgesini almıştı; bu yıl 3 Yıldız için hazırlanıyor."
    found = recognitions_read("heldout9", "tr_i04")
    assert ("Akçaburun Belediyesi İtfaiye Müdürlüğü", "kalder", 2, 2024) in found
    assert not any(stars == 3 for _, _, stars, _ in found)


@pytest.mark.slow
def test_a_paragraph_year_after_the_documents_date_dates_no_receipt():
    # the paragraph's only year is of a plan ("2027'de Büyük Ödül'e başvuracağız"); the ceremony is the news page's
    found = recognitions_read("heldout10", "tr_j12")
    assert not any(year and year > 2025 for *_, year in found)


@pytest.mark.slow
def test_levels_given_to_datives_of_their_own_clauses_and_a_universitys_centre_named_in_full():
    # '"5 Yıldız" belgesi Bozkır Üniversitesi Sağlık Uygulama ve Araştırma Merkezi'ne, "4 Yıldız" belgeleri ise
    # Gökçeşehir Belediyesi ile Gökçeşehir Su ve Kanalizasyon İdaresi'ne verildi.'
    found = recognitions_read("heldout10", "tr_j12")
    assert ("Bozkır Üniversitesi Sağlık Uygulama ve Araştırma Merkezi", "kalder", 5, 2025) in found
    assert ("Gökçeşehir Belediyesi", "kalder", 4, 2025) in found
    assert ("Gökçeşehir Su ve Kanalizasyon İdaresi", "kalder", 4, 2025) in found
    assert ("Bozkır Üniversitesi Sağlık Uygulama ve Araştırma Merkezi", "kalder", 4, 2025) not in found


@pytest.mark.slow
def test_a_level_received_again_in_a_later_year():
    # "The PKA was named Green Port of the Year ... in 2019 and again in 2021."
    found = recognitions_read("heldout10", "en_j11")
    assert ("Port of Kelmarsh Authority", "other", None, 2019) in found
    assert ("Port of Kelmarsh Authority", "other", None, 2021) in found
