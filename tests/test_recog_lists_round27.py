"""Round 27 of the recognitions in tables and lists: receivers listed after a colon in the sentence that names the
level, and a numbered list under "each of the following ... received it", whose items may describe their names."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput

_DAY = datetime.date(2024, 12, 10)


def _read(text: str, language: str = "en", published: datetime.date = _DAY) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, None, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_receivers_listed_after_a_colon_in_a_narrow_column_each_receive_the_level() -> None:
    text = (
        "Label news from the valley\n"
        "At a ceremony in Ostrava on 4 December, the Federation, acting\n"
        "as the national platform, presented the European Label of\n"
        "Governance Excellence (ELoGE) to three member\n"
        "municipalities: the Municipality of Hradec, the\n"
        "Town of Pelsk and the Municipality of Zlatna Voda.\n"
        "Nine municipalities applied this year.\n"
    )
    facts = extract_document([PageInput(1, text, "en", ())], None, None, _DAY)
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    for name in ("Municipality of Hradec", "Town of Pelsk", "Municipality of Zlatna Voda"):
        assert (name, "eloge", None, 2024) in found
    # the warehouse keeps a fact only when its quote is printed on its page
    assert all(r.evidence.quote in text for r in facts.recognitions if r.organization == "Town of Pelsk")


def test_a_colon_list_under_a_level_the_sentence_does_not_give_is_no_recognition() -> None:
    text = (
        "The Federation will present the European Label of Governance Excellence (ELoGE) next spring to three "
        "municipalities: the Municipality of Hradec, the Town of Pelsk and the Municipality of Zlatna Voda.\n"
    )
    assert not [f for f in _read(text) if f[1] == "eloge"]


def test_each_of_the_following_received_it_names_its_receivers_below() -> None:
    text = (
        "Eight councils awarded the European Label of Governance Excellence\n"
        "The Platform awarded the European Label of Governance Excellence (ELoGE) for 2024 to eight councils.\n"
        "The 2024 holders\n"
        "Each of the following municipalities received it:\n"
        "1. Municipality of Oster Vale\n"
        "2. Municipality of Brannock\n"
        "3. Municipality of Sele and Municipality of Dunvar, which applied jointly as an inter-municipal\n"
        "partnership\n"
        "The call for applications for 2025 opens in March.\n"
    )
    found = _read(text)
    for name in ("Municipality of Oster Vale", "Municipality of Brannock", "Municipality of Sele", "Municipality of Dunvar"):
        assert (name, "eloge", None, 2024) in found


def test_a_label_table_under_a_municipality_column_gives_each_place_named_its_label() -> None:
    rows = (
        ("Municipality", "Population", "Label"),
        ("Ostby", "41,300", "ELoGE 2025 (first award)"),
        ("Carrow Fen", "12,100", "ELoGE 2025 (renewed)"),
    )
    text = (
        "Label holders\n"
        "The Stakeholder Platform awarded the label to two member municipalities this year.\n"
        + "\n".join(" ".join(row) for row in rows)
        + "\nThe programme was funded with €310,000 in 2025, of which €120,000 came from a grant.\n"
    )
    facts = extract_document([PageInput(1, text, "en", (rows,))], None, None, datetime.date(2026, 3, 2))
    found = {(r.organization, r.scheme, r.year) for r in facts.recognitions}
    assert ("Ostby", "eloge", 2025) in found
    assert ("Carrow Fen", "eloge", 2025) in found


def test_a_level_first_results_table_gives_each_short_form_the_full_name_its_key_spells_out() -> None:
    rows = (
        ("Level", "Organisation", "Sector"),
        ("6 Star", "AMBC", "Local government"),
        ("4 Star", "Ferrow Univ.", "Higher education"),
        ("3 Star", "QXT", "Transport"),
    )
    text = (
        "Recognised by EFQM\n"
        + "\n".join(" ".join(row) for row in rows)
        + "\nKey to abbreviations. AMBC: Ashdown Metropolitan Borough Council · Ferrow Univ.: University of Ferrow\n"
    )
    facts = extract_document([PageInput(1, text, "en", (rows,))], None, None, datetime.date(2025, 10, 9))
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert ("Ashdown Metropolitan Borough Council", "efqm", 6, 2025) in found
    assert ("University of Ferrow", "efqm", 4, 2025) in found
    assert not [f for f in found if f[2] == 3]  # a short form the page never spells out names no receiver


def test_name_then_level_rows_that_wrap_over_two_lines_are_read_whole() -> None:
    text = (
        "Mükemmellikte Kararlılık\n"
        "Gölbaşı Belediyesi – Mükemmellikte Kararlılık 2 Yıldız\n"
        "Kuzeyçay Su ve Kanalizasyon İdaresi Genel Müdürlüğü –\n"
        "Mükemmellikte Kararlılık 2 Yıldız\n"
        "Bozkır Enerji Dağıtım A.Ş. – Mükemmellikte\n"
        "Kararlılık 1 Yıldız\n"
        "Yeşilköy Belediyesi\n"
        "Mükemmellikte Yetkinlik 3 Yıldız\n"
    )
    found = _read(text, "tr", datetime.date(2025, 11, 26))
    assert ("Kuzeyçay Su ve Kanalizasyon İdaresi Genel Müdürlüğü", "kalder", 2, 2025) in found
    assert ("Bozkır Enerji Dağıtım A.Ş.", "kalder", 1, 2025) in found
    assert ("Yeşilköy Belediyesi", "kalder", 3, 2025) not in found  # a name alone, then a level heading: no row


def _held_table(rows: tuple[tuple[str, ...], ...]) -> set[tuple]:
    text = "Ödüllerimiz ve Belgelerimiz\n" + "\n".join(" ".join(row) for row in rows) + "\n"
    page = PageInput(1, text, "tr", (rows,))
    facts = extract_document([page], None, "Dereli Belediyesi", datetime.date(2025, 3, 14))
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_held_table_with_a_givers_column_stays_the_documents_and_reads_the_stars_of_its_level_column() -> None:
    found = _held_table(
        (
            ("Yıl", "Ödül / Belge", "Düzey", "Veren Kurum"),
            ("2018", "Mükemmellikte Kararlılık Belgesi", "2 Yıldız", "KalDer"),
            ("2022", "Mükemmellikte Yetkinlik Belgesi", "Mük. Yetkinlik 4 Yıldız", "KalDer / EFQM"),
        )
    )
    assert ("Dereli Belediyesi", "kalder", 2, 2018) in found
    assert ("Dereli Belediyesi", "kalder", 4, 2022) in found
    assert not [f for f in found if f[0] != "Dereli Belediyesi"]  # the giver's column names no receiver


def test_a_surveillance_audit_in_a_held_table_is_no_new_certificate() -> None:
    found = _held_table(
        (
            ("Yıl", "Ödül / Belge", "Düzey", "Veren Kurum"),
            ("2016", "TS EN ISO 9001:2015 Kalite Yönetim Sistemi Belgesi", "Belge", "TSE"),
            ("2023", "ISO 9001 gözetim tetkiki", "Belge devam", "TSE"),
        )
    )
    assert ("Dereli Belediyesi", "iso", None, 2016) in found
    assert ("Dereli Belediyesi", "iso", None, 2023) not in found


def test_a_held_table_row_opening_with_another_organizations_name_is_that_organizations() -> None:
    found = _held_table(
        (
            ("Yıl", "Başarı", "Veren Kuruluş"),
            ("2021", "Mükemmellikte Yetkinlik 4 Yıldız", "KalDer / EFQM"),
            ("2022", "Dereli Su ve Altyapı A.Ş. – ISO 14001 Çevre Yönetim Sistemi Belgesi", "Akredite belgelendirme kuruluşu"),
        )
    )
    assert ("Dereli Belediyesi", "kalder", 4, 2021) in found
    assert ("Dereli Su ve Altyapı A.Ş.", "iso", None, 2022) in found
    assert ("Dereli Belediyesi", "iso", None, 2022) not in found


def test_a_festivals_results_table_with_row_numbers_gives_each_district_the_festivals_level() -> None:
    rows = (
        ("ردیف", "واحد", "سطح کسب‌شده"),
        ("۱", "شهرداری منطقه ۳", "تندیس زرین"),
        ("۲", "شهرداری منطقه ۵", "تقدیرنامه سه ستاره"),
    )
    text = (
        "برگزیدگان یازدهمین جشنواره تعالی مدیریت شهری ماهورشهر معرفی شدند\n"
        "آیین اختتامیه یازدهمین جشنواره تعالی مدیریت شهری ماهورشهر با حضور شهردار برگزار شد.\n"
        + "\n".join(" ".join(row) for row in rows)
        + "\n"
    )
    facts = extract_document([PageInput(1, text, "fa", (rows,))], None, "شهرداری ماهورشهر", datetime.date(2024, 12, 23))
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert ("شهرداری منطقه ۳", "municipal", None, 2024) in found
    assert ("شهرداری منطقه ۵", "municipal", 3, 2024) in found


def test_a_festivals_results_table_on_the_next_page_keeps_the_festivals_scheme_and_the_prose_after_it_its_own() -> None:
    rows = (
        ("واحد", "سطح کسب‌شده", "نقاط قوت"),
        ("سازمان آتش‌نشانی و خدمات ایمنی", "تقدیرنامه چهار ستاره", "۲۶"),
        ("سازمان فناوری اطلاعات و ارتباطات", "تقدیرنامه دو ستاره", "۱۵"),
    )
    first = (
        "چهارمین جشنواره تعالی سازمانی شهرداری کوهدشت به ایستگاه پایانی رسید\n"
        "در چهارمین جشنواره تعالی سازمانی شهرداری کوهدشت، ۱۸ واحد ارزیابی شدند.\n"
    )
    second = (
        "\n".join(" ".join(row) for row in rows)
        + "\nشهردار کوهدشت گفت:« شهرداری کوهدشت در آذر ۱۴۰۲ موفق به دریافت تقدیرنامه دو ستاره جایزه ملی تعالی سازمانی شد.»\n"
    )
    pages = [PageInput(1, first, "fa", ()), PageInput(2, second, "fa", (rows,))]
    facts = extract_document(pages, None, "شهرداری کوهدشت", datetime.date(2024, 11, 12))
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری کوهدشت", "municipal", 4, 2024) in found
    assert ("سازمان فناوری اطلاعات و ارتباطات شهرداری کوهدشت", "municipal", 2, 2024) in found
    assert not [f for f in found if f[1] == "iran_national" and f[0] != "شهرداری کوهدشت"]


def test_a_narrow_sidebar_wraps_each_name_and_level_over_several_lines() -> None:
    text = (
        "2024 award\n"
        "winners\n"
        "Fellside Moor\n"
        "Housing Trust –\n"
        "Recognised by\n"
        "EFQM 4 Star\n"
        "(validated\n"
        "through the\n"
        "Council)\n"
        "Thornby\n"
        "Community\n"
        "Health NHS Trust\n"
        "– Recognised by\n"
        "EFQM 3 Star\n"
        "Finalists: Lune Water Ltd; Oakmere College.\n"
    )
    found = _read(text, "en", datetime.date(2024, 12, 10))
    assert ("Fellside Moor Housing Trust", "efqm", 4, 2024) in found
    assert ("Thornby Community Health NHS Trust", "efqm", 3, 2024) in found
    assert not [f for f in found if f[0] in ("Lune Water Ltd", "Oakmere College")]


def test_a_festival_written_with_the_ezafe_hamza_names_the_municipal_scheme() -> None:
    rows = (("واحد", "نوع", "سطح"), ("منطقه ۲ شهرداری سروان", "منطقه", "تقدیرنامهٔ چهار ستاره"))
    text = (
        "آیین اختتامیهٔ هفتمین جشنوارهٔ تعالی سازمانی شهرداری سروان برگزار شد.\n"
        "برگزیدگان جشنواره\n" + "\n".join(" ".join(row) for row in rows) + "\n"
    )
    facts = extract_document([PageInput(1, text, "fa", (rows,))], None, "شهرداری سروان", datetime.date(2024, 12, 18))
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert ("منطقه ۲ شهرداری سروان", "municipal", 4, 2024) in found
