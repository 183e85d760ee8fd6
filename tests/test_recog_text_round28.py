"""Round 28 of the recognitions told in running text: a receiver whose legal form's dot ends a line or stands
before its short name in brackets, a level fronted as the object of a verb-final sentence, "the company"
after its first mention, and a sentence dated only as "the same month" as the one before."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

_DAY = datetime.date(2025, 3, 14)


def _read(text: str, language: str = "tr", published: datetime.date = _DAY) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, None, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_level_fronted_as_the_object_goes_to_the_subject_before_the_final_verb() -> None:
    text = (
        "Ege Kalite Derneği\n"
        "Basın Odası / Haberler\n"
        "Kongrede ödüller sahiplerini buldu.\n"
        "Mükemmellikte Süreklilik Ödülü'nü, 2020'de Türkiye Mükemmellik Ödülü'nü kazanan Tuzlaköy Enerji A.Ş.\n"
        "aldı. Törende başka ödül verilmedi.\n"
    )
    found = _read(text)
    assert ("Tuzlaköy Enerji A.Ş.", "kalder", None, 2025) in found
    assert ("Tuzlaköy Enerji A.Ş.", "kalder", None, 2020) in found
    assert not [f for f in found if f[0] != "Tuzlaköy Enerji A.Ş."]


def test_a_name_glossed_by_its_short_form_in_brackets_receives_under_its_full_name() -> None:
    text = (
        "Bağlı Kuruluşlarımız\n"
        "Belediyemizin iştiraki olan Akyaka Enerji ve Altyapı A.Ş. (AKEA A.Ş.), 2021 yılında aldığı ISO 14001\n"
        "belgesinin yanı sıra 2023 yılında ISO 45001 İş Sağlığı ve Güvenliği Yönetim Sistemi belgesini de almıştır.\n"
    )
    found = _read(text)
    assert ("Akyaka Enerji ve Altyapı A.Ş.", "iso", None, 2021) in found
    assert ("Akyaka Enerji ve Altyapı A.Ş.", "iso", None, 2023) in found
    assert not [f for f in found if f[0] == "AKEA A.Ş."]


def test_the_company_after_its_first_mention_renewed_in_the_same_month() -> None:
    text = (
        "Üyelerimizden haberler\n"
        "Belediyemizin iştiraki Dereli Su ve Atıksu Hizmetleri Ltd. Şti., Ekim 2023'te ISO 45001 İş Sağlığı ve\n"
        "Güvenliği Yönetim Sistemi belgesini aldı. Şirketin ISO 9001 belgesi ise aynı ay yeniden belgelendirme\n"
        "denetimiyle üç yıl daha yenilendi.\n"
    )
    facts = extract_document([PageInput(1, text, "tr", ())], None, None, _DAY)
    found = {(r.organization, r.scheme, r.year, r.level) for r in facts.recognitions}
    company = "Dereli Su ve Atıksu Hizmetleri Ltd. Şti."
    assert {(o, s, y) for o, s, y, _ in found} == {(company, "iso", 2023)}
    assert len(found) == 2  # ISO 45001 and ISO 9001, each its own certificate


def test_a_sentence_that_dates_itself_by_the_year_before_keeps_its_own_year() -> None:
    text = (
        "Millbrook Borough Council received the European Label of Governance Excellence in May 2022. "
        "In the same year, in 2023 again, it was not assessed.\n"
        "Millbrook Leisure Trust gained ISO 14001 certification in 2024, in the same year as its new pool opened.\n"
    )
    found = _read(text, "en")
    assert ("Millbrook Borough Council", "eloge", None, 2022) in found
    assert ("Millbrook Leisure Trust", "iso", None, 2024) in found
    assert ("Millbrook Leisure Trust", "iso", None, 2022) not in found


def test_earlier_this_year_dates_by_the_page_not_by_the_paragraph() -> None:
    text = (
        "Hollowford Transit Authority was Recognised by EFQM 5 Star in 2022. Earlier this year its ISO 45001\n"
        "occupational health and safety certification was renewed for a further three years.\n"
    )
    found = _read(text, "en", datetime.date(2025, 5, 22))
    assert ("Hollowford Transit Authority", "efqm", 5, 2022) in found
    assert ("Hollowford Transit Authority", "iso", None, 2025) in found
    assert ("Hollowford Transit Authority", "iso", None, 2022) not in found
