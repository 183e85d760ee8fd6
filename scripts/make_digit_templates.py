"""Write assets/reading/data/digit_templates.npz: digit shapes for re-reading OCRed numbers.

Tesseract's Persian model misreads Persian digits (۴ and ۶ come back as ۲ and
۱ with high confidence), so the OCR step re-reads every number it finds by
comparing each glyph with these templates. They are rendered once from the
fonts Persian and Turkish documents are printed in (Debian packages
fonts-noto-core, fonts-dejavu-core, fonts-farsiweb, fonts-freefarsi,
fonts-freefont-ttf, fonts-hosny-amiri, fonts-kacst-one) and committed, so
reading does not depend on the fonts of the machine it runs on.

    python scripts/make_digit_templates.py [font files...]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from exbench.reading.ocr_digits import TEMPLATE_FILE, glyph_bitmap  # noqa: E402

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
LATIN_DIGITS = "0123456789"
_SKIP = ("Mono", "Nastaliq", "Condensed", "Qurn", "titr")


def default_fonts() -> list[str]:
    """Fonts that cover Persian, as fontconfig lists them (display and monospace faces left out)."""
    listed = subprocess.run(["fc-list", ":lang=fa", "file"], capture_output=True, text=True, check=True).stdout
    files = sorted({line.split(":")[0].strip() for line in listed.splitlines() if line.strip()})
    return [f for f in files if not any(skip in f for skip in _SKIP)]


def render(font_path: str, digit: str) -> np.ndarray | None:
    font = ImageFont.truetype(font_path, 72)
    image = Image.new("L", (160, 160), 0)
    ImageDraw.Draw(image).text((30, 20), digit, font=font, fill=255)
    ink = np.asarray(image) > 127
    return glyph_bitmap(ink) if ink.any() else None


def main(fonts: list[str]) -> None:
    bitmaps, labels, sources = [], [], []
    for font in fonts:
        for digit in PERSIAN_DIGITS + LATIN_DIGITS:
            face = ImageFont.truetype(font, 72)
            if digit in PERSIAN_DIGITS and face.getmask(digit).getbbox() == face.getmask("\uffff").getbbox():
                continue  # the font has no such glyph (a .notdef box)
            bitmap = render(font, digit)
            if bitmap is not None:
                bitmaps.append(bitmap)
                labels.append(digit)
                sources.append(Path(font).name)
    np.savez_compressed(TEMPLATE_FILE, bitmaps=np.stack(bitmaps), labels=np.array(labels), fonts=np.array(sources))
    print(f"{len(bitmaps)} templates from {len(fonts)} fonts -> {TEMPLATE_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:] or default_fonts())
