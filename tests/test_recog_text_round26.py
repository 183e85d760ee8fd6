"""Recognitions of the twenty-sixth round, on short texts written as news and reports tell them: a level a quote
says "we" received belongs to the organization its speaker is introduced or attributed with (Turkish first-person
pluperfect verbs of receiving included)."""

from __future__ import annotations

from datetime import date

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def found(text: str, language: str, organization: str | None = None, published_on: date = date(2024, 12, 27)) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


_CEREMONY = (
    "KalDer’in düzenlediği Türkiye Mükemmellik Ödülleri 2023 töreni geçtiğimiz aralık ayında İstanbul’da yapıldı. "
    "Törende üyelerimizden Sarıkavak Belediyesi’ne Mükemmellikte Yetkinlik 4 Yıldız, Çınarlı Belediyesi’ne ise "
    "Mükemmellikte Kararlılık 2 Yıldız belgesi verildi.\n"
)


def test_a_first_person_history_in_a_quote_belongs_to_the_organization_its_attribution_names():
    text = (
        _CEREMONY + "“2019’da 2 yıldızla başladığımız yolculukta\n2021’de 3 yıldıza, bugün 4 yıldıza ulaştık.\n"
        "Hedefimiz 2026’da 5 yıldız.” — Nuri Aksoy,\nSarıkavak Belediye Başkanı\n"
    )
    read = found(text, "tr", published_on=date(2024, 3, 1))
    assert {("Sarıkavak Belediyesi", "kalder", 2, 2019), ("Sarıkavak Belediyesi", "kalder", 3, 2021)} <= read
    # the speaker's "today" dates nothing; the plan after it is no receipt
    assert not {r for r in read if r[0] == "Sarıkavak Belediyesi" and r[2] in (4, 5) and r[3] == 2024}


def test_a_first_person_history_in_a_quote_with_no_speaker_named_stays_unowned():
    text = _CEREMONY + "“2019’da 2 yıldızla başladığımız yolculukta 2021’de 3 yıldıza ulaştık,” dedi.\n"
    read = found(text, "tr", published_on=date(2024, 3, 1))
    assert not {r for r in read if r[3] in (2019, 2021)}


def test_a_mayor_introduced_before_a_quote_received_what_we_had_received_in_it():
    text = (
        "Yeşilvadi Belediyesi, KalDer’in törende Türkiye Mükemmellik Ödülü’nü aldı. Akpınar Belediyesi ise "
        "Mükemmellikte Yetkinlik 4 Yıldız belgesi aldı.\n"
        "Yeşilvadi Belediye Başkanı Hakan Erdinç ise ödülü alırken şunları söyledi: “Geçen yıl 5 yıldız almıştık; bir "
        "yılda ödül seviyesine çıkmak bütün ekibimizin başarısıdır.”\n"
    )
    assert ("Yeşilvadi Belediyesi", "kalder", 5, 2024) in found(text, "tr", published_on=date(2025, 12, 12))
