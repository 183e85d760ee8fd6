"""Sentences are spans of the page, and PDF line wrapping does not cut them."""

from __future__ import annotations

from exbench.extraction.text_units import clause_around, sentences


def test_wrapped_lines_join_and_offsets_point_into_the_page():
    page = (
        "Bu çerçevede Belediyemizde sürekli iyileştirme kültürünün ve kurumsal kapasitenin\n"
        "geliştirilmesi amacıyla kurullar oluşturulmuştur. Ardından eğitim verildi.\n"
        "KISA BAŞLIK\n"
        "Yeni paragraf burada başlar ve biter."
    )
    found = sentences(page)
    assert [page[s.start : s.end] == s.text for s in found] == [True] * len(found)
    assert found[0].text.startswith("Bu çerçevede") and found[0].text.endswith("oluşturulmuştur.")
    assert [s.text for s in found[1:]] == ["Ardından eğitim verildi.", "KISA BAŞLIK", "Yeni paragraf burada başlar ve biter."]


def test_ordinal_dots_do_not_end_sentences():
    found = sentences("Kanunun 41. Maddesi uyarınca hazırlanır. İkinci cümle.")
    assert [s.text for s in found] == ["Kanunun 41. Maddesi uyarınca hazırlanır.", "İkinci cümle."]


def test_clause_around_a_position():
    text = "416 Belediye’nin 276’sı üye olmakla birlikte, diğer 140 Belediyenin üye olmasını sağlamak."
    assert clause_around(text, text.index("276")).strip().endswith("birlikte")
    assert clause_around(text, text.index("140")).strip().endswith("sağlamak.")
