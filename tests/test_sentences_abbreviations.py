"""The sentence splitter reads through titles, legal forms before a lower-case word and two-word legal
forms, and still ends a sentence at a year or a closing quote. Sentences are written for these tests."""

from __future__ import annotations

from exbench.extraction.text_units import sentences


def split(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_a_title_never_ends_a_sentence():
    assert split("Prof. Dr. Ayşe Kaya ödülü aldı. Tören sona erdi.") == ["Prof. Dr. Ayşe Kaya ödülü aldı.", "Tören sona erdi."]
    assert split("Cllr. Jane Hale asked a question. The chair replied.") == [
        "Cllr. Jane Hale asked a question.",
        "The chair replied.",
    ]


def test_a_legal_form_before_a_lower_case_word_does_not_end_a_sentence():
    assert split("İştiraki Dere Ulaşım A.Ş. de belgesini aldı. Sonra.") == [
        "İştiraki Dere Ulaşım A.Ş. de belgesini aldı.",
        "Sonra.",
    ]
    assert split("The prize went to Ashby Metro Ltd. The jury praised it.") == [
        "The prize went to Ashby Metro Ltd.",
        "The jury praised it.",
    ]
    assert split("Dere Temizlik Ltd. Şti.’nin belgesi yenilendi.") == ["Dere Temizlik Ltd. Şti.’nin belgesi yenilendi."]


def test_a_year_or_a_closing_quote_ends_a_sentence_and_an_ordinal_does_not():
    assert split("The council won in 2021. It won again.") == ["The council won in 2021.", "It won again."]
    assert split("“We aim for five stars by 2027.” The bank was pleased.") == [
        "“We aim for five stars by 2027.",
        "The bank was pleased.",
    ]
    assert split("Kanunun 41. Maddesi uyarınca hazırlanır. İkinci cümle.") == [
        "Kanunun 41. Maddesi uyarınca hazırlanır.",
        "İkinci cümle.",
    ]
