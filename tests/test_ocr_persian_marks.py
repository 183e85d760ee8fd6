"""Persian on scans: a bracket beside a number is not the digit ۱, a digit left out of a box is put back, a comma read as a full stop is put right.

The Persian model reads the stroke of "(" or ")" next to a number as ۱:
"(سال ۱۴۰۲)" came back ۱۱۴۰۲ with high confidence, a wrong number trusted.
A bracket reaches above and below the digits; the glyph re-reading leaves it out.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from exbench.reading.ocr_digits import reread_number
from tests.conftest import require_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(autouse=True)
def _font() -> None:
    """The words are drawn in DejaVu Sans: skipped without it, failed in CI."""
    require_file(FONT, "fonts-dejavu-core")


def word_image(text: str) -> np.ndarray:
    font = ImageFont.truetype(str(FONT), 48)
    image = Image.new("L", (60 + 40 * len(text), 90), 255)
    ImageDraw.Draw(image).text((20, 10), text, font=font, fill=0)
    return np.asarray(image, np.uint8)


@pytest.mark.parametrize("drawn, seen, number", [("۱۴۰۲)", "۱۱۴۰۲", "۱۴۰۲"), ("(۴", "۴۱", "۴"), ("(۲۵)", "۱۲۵۱", "۲۵")])
def test_bracket_beside_a_number_is_not_read_as_one(drawn: str, seen: str, number: str) -> None:
    reread = reread_number(seen, word_image(drawn))
    assert reread is not None
    assert reread[0] == number


def test_a_real_one_in_a_number_stays() -> None:
    reread = reread_number("۱۴۱", word_image("۱۴۱"))
    assert reread is not None and reread[0] == "۱۴۱"


def line_image(text: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """A line drawn in DejaVu Sans, and the column span of each glyph, left to right."""
    image = word_image(text)
    columns = np.nonzero((image < 128).any(axis=0))[0]
    spans, start = [], columns[0]
    for previous, column in zip(columns, columns[1:], strict=False):
        if column - previous > 1:
            spans.append((start, previous + 1))
            start = column
    spans.append((start, columns[-1] + 1))
    return image, spans


def test_digit_left_out_of_the_word_box_is_put_back() -> None:
    from exbench.reading.ocr_words import Word, read_word

    image, spans = line_image("۶۱۲")
    assert len(spans) == 3
    rows = np.nonzero((image < 128).any(axis=1))[0]
    top, height = int(rows[0]), int(rows[-1] - rows[0] + 1)
    boxed = Word("۱۲", 90.0, int(spans[1][0]), top, int(spans[2][1] - spans[1][0]), height)  # the box leaves ۶ out
    text, _confidence = read_word(boxed, [boxed], image, persian=True)
    assert text == "۶۱۲"


@pytest.mark.parametrize("drawn, read, expected", [("،", ".", "،"), ("،", ",", "،"), (".", ".", ".")])
def test_persian_comma_read_as_full_stop_is_put_right(drawn: str, read: str, expected: str) -> None:
    from exbench.reading.ocr_words import Word, read_word

    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("L", (200, 80), 255)
    ImageDraw.Draw(image).text((40, 15), drawn, font=font, fill=0)  # the mark, left of the word as Persian is drawn
    ImageDraw.Draw(image).text((70, 15), "ﺩﺭ", font=font, fill=0)
    gray = np.asarray(image, np.uint8)
    rows = np.nonzero((gray < 128).any(axis=1))[0]
    columns = np.nonzero((gray < 128).any(axis=0))[0]
    word = Word("در" + read, 92.0, int(columns[0]), int(rows[0]), int(columns[-1] - columns[0] + 1), int(rows[-1] - rows[0] + 1))
    text, _confidence = read_word(word, [word], gray, persian=True)
    assert text == "در" + expected
