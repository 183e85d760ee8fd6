"""Pure parts of OCR reading: look-alike letters in award names, tables read by column, numbers scored."""

from __future__ import annotations

import pytest

from exbench.evaluation.text_recall import NumberTally
from exbench.reading.ocr_vocabulary import fix_look_alikes
from exbench.reading.ocr_words import Word, table_columns


@pytest.mark.parametrize(
    "read, meant",
    [
        ("EFOM", "EFQM"),
        ("(EF0M)", "(EFQM)"),
        ("lSO", "ISO"),
        ("IS0:", "ISO:"),
        ("Ka1Der", "KalDer"),
        ("EL0GE,", "ELoGE,"),
        ("EFQM", "EFQM"),
        ("FORM", "FORM"),
        ("SOME", "SOME"),
        ("DSO", "DSO"),
        ("iso", "iso"),
        ("ارزیاب", "ارزیاب"),
    ],
)
def test_award_names_misread_by_look_alike_letters_are_put_right(read, meant):
    assert fix_look_alikes(read) == meant


def _line(block: int, top: int, words: int) -> list[Word]:
    return [Word("x", 90.0, 100 * i, top, 50, 30, block) for i in range(words)]


def test_a_table_read_column_by_column_is_recognised():
    criteria = [_line(1, 100 + 50 * row, 2) for row in range(4)]  # "معیار ۲" cells
    findings = [_line(2, 100 + 50 * row, 9) for row in range(4)]  # finding texts in the next column
    assert table_columns(criteria + findings)


def test_two_columns_of_running_text_are_not_a_table():
    left = [_line(1, 100 + 50 * row, 8) for row in range(6)]
    right = [_line(2, 100 + 50 * row, 9) for row in range(6)]
    assert not table_columns(left + right)
    assert not table_columns([_line(1, 100 + 50 * row, 2) for row in range(6)])  # one column of short lines


def test_numbers_not_in_the_source_are_counted_as_wrong():
    tally = NumberTally()
    tally.add("۱۲۰ ارزیاب و ۲ هزار و ۴۵۰ نقطه قوت در سال ۱۴۰۲", "۱۲۰ ارزیاب و ۲ هزار و ۲۵۰ نقطه قوت در سال ۱۳۰۲", "fa", ["۲۵۰"])
    assert (tally.source, tally.found, tally.wrong, tally.flagged) == (4, 2, 2, 1)
    assert tally.wrong_examples == ["۱۳۰۲", "۲۵۰"]


def test_a_clipped_quote_keeps_its_number_marked():
    from exbench.extraction.quotes import MAX_QUOTE, quote
    from exbench.extraction.text_units import Span

    sentence = "Kartal Belediyesi " + "uzun bir açıklama " * 40 + "ve 168 güçlü yön belirledi " + "sonra " * 30
    at = sentence.index("168")
    evidence = quote(1, Span(0, len(sentence), sentence), at, [(at, at + 3)])
    assert len(evidence.quote) <= MAX_QUOTE and evidence.quote in sentence
    assert [evidence.quote[a:b] for a, b in evidence.focus] == ["168"]
