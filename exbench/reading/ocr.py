"""Read a page image with Tesseract: the text in logical order, and how sure each word is.

Why pytesseract and not OCRmyPDF: only pages without a usable text layer are
OCRed, one at a time inside the reader's worker, and what the pipeline needs
back is words with their confidences (Tesseract's TSV), not a new PDF.
pytesseract runs the `tesseract` program with a time limit and returns that
table; OCRmyPDF would rewrite whole files through Ghostscript.

The language is chosen per page: Tesseract's script detection (OSD) says
Arabic or Latin script and how the page is turned; Arabic-script pages are
read with the Persian model, Latin ones with Turkish and English together
(Turkish adds ı ğ ş İ to the English letters). Numbers on Persian pages are
re-read glyph by glyph (ocr_digits.py) because the Persian model misreads
Persian digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from exbench.language import ocr_models
from exbench.reading.ocr_columns import in_columns
from exbench.reading.ocr_engine import check_ocr
from exbench.reading.ocr_layout import deskewed, ink_bands, uncovered, without_rules
from exbench.reading.ocr_words import Word, read_word, table_columns, words_by_line
from exbench.settings import DEFAULT_OCR_PAGE_SECONDS, tesseract_command

__all__ = ["OcrPage", "OcrToken", "ocr_image", "render_page"]

DPI = 300  # Tesseract reads best at about 300 dpi; scans printed at 200 dpi are scaled up
LANGUAGES = ocr_models()  # Tesseract's model per script: {"Arabic": "fas", "Latin": "tur+eng"}


@dataclass(frozen=True)
class OcrToken:
    """A word as Tesseract read it (digits re-read), its confidence (0-100) and its line on the page."""

    text: str
    confidence: float
    line: int


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on one page, word by word in reading order."""

    language_model: str
    tokens: tuple[OcrToken, ...]

    @property
    def confidence(self) -> float | None:
        """Mean word confidence weighted by word length; None when no word was read."""
        total = sum(len(t.text) for t in self.tokens)
        if not total:
            return None
        return round(sum(len(t.text) * t.confidence for t in self.tokens) / total, 1)

    def assemble(self, clean: Callable[[str], str] = lambda word: word) -> tuple[str, tuple[tuple[int, int, float], ...]]:
        """(page text, (start, end, confidence) of each word in it), each word passed through `clean`.

        Cleaning word by word (the reader's normalization) keeps every word's
        place in the text exact, so a quote can be traced to the words it holds.
        """
        parts: list[str] = []
        spans: list[tuple[int, int, float]] = []
        position, line = 0, None
        for token in self.tokens:
            word = clean(token.text).replace("\n", " ").strip()
            if not word:
                continue
            if line is not None:
                parts.append("\n" if token.line != line else " ")
                position += 1
            parts.append(word)
            spans.append((position, position + len(word), token.confidence))
            position += len(word)
            line = token.line
        return "".join(parts), tuple(spans)


_ROTATE = re.compile(r"Rotate: (\d+)")
_SCRIPT = re.compile(r"Script: (\w+)")


def _pytesseract():  # noqa: ANN202 - the module, imported on demand
    """pytesseract, running the Tesseract command the settings name (EXBENCH_TESSERACT)."""
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = tesseract_command()
    return pytesseract


def _orientation(image: Image.Image, timeout_s: int) -> tuple[str, int]:
    """(Tesseract model, degrees to turn the image) from script detection; Latin when it cannot tell."""
    pytesseract = _pytesseract()

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=timeout_s)
    except pytesseract.TesseractError:  # too little text to tell (a timeout, a RuntimeError, goes up)
        return LANGUAGES["Latin"], 0
    script = _SCRIPT.search(osd)
    rotate = _ROTATE.search(osd)
    model = LANGUAGES.get(script.group(1) if script else "Latin", LANGUAGES["Latin"])
    return model, int(rotate.group(1)) if rotate else 0


def _with_droppedwords_by_line(lines: list[list[Word]], gray_image: Image.Image, model: str, timeout_s: int) -> list[list[Word]]:
    """Tesseract's lines, with every band of ink it left out read again as one line and put in its place.

    The band is read as a raw line (--psm 13): the layout analysis that lost it would lose it again.
    """
    pytesseract = _pytesseract()

    gray = np.asarray(gray_image, np.uint8)
    boxes = [(w.left, w.top, w.width, w.height) for line in lines for w in line]
    for band in uncovered(ink_bands(gray), boxes):
        pad = max(4, band.height // 3)
        box = (
            max(band.left - pad, 0),
            max(band.top - pad, 0),
            min(band.right + pad, gray.shape[1]),
            min(band.bottom + pad, gray.shape[0]),
        )
        data = pytesseract.image_to_data(
            gray_image.crop(box), lang=model, config="--psm 13", output_type=pytesseract.Output.DICT, timeout=timeout_s
        )
        found = [word for line in words_by_line(data, box[0], box[1]) for word in line]
        if not found:
            continue
        above = [index for index, line in enumerate(lines) if min(w.top for w in line) < band.top]
        lines.insert(max(above) + 1 if above else 0, found)
    return lines


NOISE_LEVEL = 0.8  # mean grey change a 3x3 median makes: ~0.1 on clean prints, 1.5 on noisy scans


def _denoised(image: Image.Image) -> Image.Image:
    """The page with scanner noise filtered out when it has any; clean pages are left as they are.

    A 3x3 median removes sensor noise and dust (the Persian model's worst
    enemy: dots are letters there) but slightly erodes clean anti-aliased type.
    """
    filtered = image.filter(ImageFilter.MedianFilter(3))
    change = np.abs(np.asarray(image, np.int16) - np.asarray(filtered, np.int16)).mean()
    return filtered if change > NOISE_LEVEL else image


def _blank(image: Image.Image) -> bool:
    """No ink worth reading: fewer dark pixels than a short line of text has."""
    dark = np.asarray(image.reduce(4), np.uint8) < 128
    return int(dark.sum()) < 50


def _data(image: Image.Image, model: str, psm: int, timeout_s: int) -> dict[str, list]:
    """Tesseract's word table of the image: --psm 3 finds the layout itself, --psm 6 reads one block row by row."""
    pytesseract = _pytesseract()

    return pytesseract.image_to_data(
        image, lang=model, config=f"--psm {psm}", output_type=pytesseract.Output.DICT, timeout=timeout_s
    )


def ocr_image(image: Image.Image, timeout_s: int = DEFAULT_OCR_PAGE_SECONDS) -> OcrPage:
    """Read one page image. RuntimeError when Tesseract passes `timeout_s` on a call."""
    check_ocr()
    gray_image = _denoised(image.convert("L"))
    if _blank(gray_image):
        return OcrPage("", ())
    model, rotate = _orientation(gray_image, timeout_s)
    if rotate:
        gray_image = gray_image.rotate(-rotate, expand=True, fillcolor=255)
    gray_image = without_rules(deskewed(gray_image))
    persian = model == LANGUAGES["Arabic"]
    lines = words_by_line(_data(gray_image, model, 3, timeout_s))
    if table_columns(lines):
        lines = words_by_line(_data(gray_image, model, 6, timeout_s))
    lines = in_columns(lines, right_to_left=persian)
    lines = _with_droppedwords_by_line(lines, gray_image, model, timeout_s)
    gray = np.asarray(gray_image, np.uint8)
    tokens = [OcrToken(*read_word(word, line, gray, persian), line=number) for number, line in enumerate(lines) for word in line]
    return OcrPage(model, tuple(tokens))


def render_page(page, dpi: int = DPI) -> Image.Image:
    """A pdfium page as a grey image at `dpi`."""
    return page.render(scale=dpi / 72, grayscale=True).to_pil()
