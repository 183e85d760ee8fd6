"""Organization names as a reader would write them down: not glued to a table's header words or to a
sentence's first adjective, with their legal form, with a district or a city no list knows, and short
names that point at one organization only. Sentences written for these tests."""

from __future__ import annotations

from exbench.extraction.organizations import find_organizations, short_names


def names(text: str, language: str) -> list[str]:
    return [m.canonical for m in find_organizations(text, language) if m.canonical]


def test_a_name_under_a_table_header_does_not_take_the_header_words():
    text = (
        "Derneğimiz tarafından akredite edilen hemşirelik lisans programları aşağıdaki tabloda listelenmiştir.\n"
        "Program\nAkreditasyon Başlangıç Tarihi\nUludere Üniversitesi Hemşirelik\nFakültesi\n01.05.2019"
    )
    assert names(text, "tr") == ["Uludere Üniversitesi Hemşirelik Fakültesi"]


def test_an_adjective_opening_a_sentence_is_not_part_of_the_name():
    assert names("Neighbouring Harlow District Council has supported us.", "en") == ["Harlow District Council"]
    assert names("Komşu Karaca Belediyesi de destek verdi.", "tr") == ["Karaca Belediyesi"]


def test_a_legal_form_after_a_head_noun_belongs_to_the_name():
    assert names("Fenwick Bank plc was founded in 1901.", "en") == ["Fenwick Bank plc"]
    assert names("SAVE TARGET AS", "en") == []  # capitals of a menu are no company


def test_a_port_authority_keeps_the_words_before_of():
    assert names("The Port of Saltby Authority has been awarded the prize.", "en") == ["Port of Saltby Authority"]


def test_persian_districts_and_cities_no_list_knows_are_municipalities_but_verbs_are_not():
    assert names("منطقه ۴ شهرداری دشتستان با ۳۸۰ امتیاز سه ستاره گرفت.", "fa") == ["منطقه ۴ شهرداری دشتستان"]
    assert names("شهرداری منطقه پنج دشتستان تندیس گرفت.", "fa") == ["شهرداری منطقه پنج دشتستان"]
    assert names("شهرداری دشتستان در سال ۱۴۰۱ گواهی تعهد را دریافت کرد.", "fa") == ["شهرداری دشتستان"]
    assert names("این هزینه باید از سوی شهرداری تلقی شود و شهرداری بتواند آن را بپردازد.", "fa") == []


def test_a_company_is_also_named_without_its_legal_form_and_a_shared_place_word_names_none():
    text = "Fenwick Metro Ltd, owned by Fenwick City Council, runs the trams. Fenwick Metro was certified in 2020."
    shorts = short_names(find_organizations(text, "en"))
    assert shorts["Fenwick Metro"].canonical == "Fenwick Metro Ltd"
    assert "Fenwick" not in shorts
