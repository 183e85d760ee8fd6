"""A bracket beside a Persian number is not the digit ۱.

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

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def word_image(text: str) -> np.ndarray:
    font = ImageFont.truetype(str(FONT), 48)
    image = Image.new("L", (60 + 40 * len(text), 90), 255)
    ImageDraw.Draw(image).text((20, 10), text, font=font, fill=0)
    return np.asarray(image, np.uint8)


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu Sans is not installed (fonts-dejavu-core)")
@pytest.mark.parametrize("drawn, seen, number", [("۱۴۰۲)", "۱۱۴۰۲", "۱۴۰۲"), ("(۴", "۴۱", "۴"), ("(۲۵)", "۱۲۵۱", "۲۵")])
def test_bracket_beside_a_number_is_not_read_as_one(drawn: str, seen: str, number: str) -> None:
    reread = reread_number(seen, word_image(drawn))
    assert reread is not None
    assert reread[0] == number


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu Sans is not installed (fonts-dejavu-core)")
def test_a_real_one_in_a_number_stays() -> None:
    reread = reread_number("۱۴۱", word_image("۱۴۱"))
    assert reread is not None and reread[0] == "۱۴۱"
