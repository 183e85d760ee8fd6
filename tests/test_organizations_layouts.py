"""Names as layouts print them: a heading in capitals, a name wrapped from the first line of a sentence, a
unit named after its parent's possessive, a city of two words after 'شهرداری', an abbreviation in brackets.
Sentences are written for these tests."""

from __future__ import annotations

from exbench.extraction.organizations import find_organizations


def names(text: str, language: str) -> list[str]:
    return [m.canonical for m in find_organizations(text, language) if m.canonical]


def test_a_heading_in_capitals_gives_the_name_in_its_written_case():
    assert names("DEREKÖY BELEDİYESİ FEN İŞLERİ MÜDÜRLÜĞÜ\nMüdürlük belgeyi aldı.", "tr") == [
        "Dereköy Belediyesi Fen İşleri Müdürlüğü"
    ]
    assert names("ASHBY BOROUGH COUNCIL\nThe council won.", "en") == ["Ashby Borough Council"]


def test_a_name_wrapped_from_the_first_line_of_a_sentence_is_whole():
    text = "Its transport subsidiary, Ashby\nBus Services Ltd, has held the certificate since 2019 and more besides."
    assert names(text, "en") == ["Ashby Bus Services Ltd"]
    assert names("Home › News › Awards\nAshby Council wins the prize for the best services in the county.", "en") == [
        "Ashby Council"
    ]


def test_a_unit_after_its_parents_possessive_keeps_the_parent_in_its_name():
    assert names("Staff of Fenwick University’s Estates and Facilities Directorate with their certificate.", "en") == [
        "Fenwick University Estates and Facilities Directorate"
    ]


def test_a_persian_city_of_two_words_after_the_head():
    assert names("سازمان اتوبوسرانی شهرداری بندر آبان در این دوره برگزیده شد.", "fa") == ["سازمان اتوبوسرانی شهرداری بندر آبان"]
    assert names("شهرداری بندر آبان در دوره ۱۴۰۱ نیز تقدیرنامه گرفت.", "fa") == ["شهرداری بندر آبان"]


def test_a_common_unit_noun_in_running_text_names_nothing():
    text = "Ankara Büyükşehir Belediyesi “Kadın Güçlendirme Merkezi” projesiyle ödüle layık görüldü."
    assert names(text, "tr") == ["Ankara Büyükşehir Belediyesi"]
