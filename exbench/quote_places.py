"""Where a fact's quoted words are on its PDF page: boxes of its rows of words and of each of its numbers.

The reader (exbench/reading) keeps text, not positions, so the page is opened
again with pypdfium2 and the quote looked for among its characters:

- first as written, ignoring spaces, line breaks, digit script and letter forms
  (a quote split across lines is found whole);
- else line by line, as the same characters on one line of the text stream in
  any order: right-to-left text is stored in visual order by some producers,
  and the reader reordered it, so only the line's characters agree.

A page with no text layer (a scan) is read again by Tesseract for its word
boxes: the reader keeps a scanned page's text and confidences, not where its
words are (Tesseract's boxes there are of a deskewed, possibly turned image),
so the page is read here, once per page, only for the quotes shown.

Within the words found, each number of the quote is boxed on its own. A quote
that cannot be placed (an HTML page, words the finder does not find on the
page) gets no box, never a guessed one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

from exbench.language import ocr_models
from exbench.language.digits import to_ascii_digits
from exbench.reading.char_text import indexed_chars
from exbench.reading.direction import has_rtl
from exbench.reading.normalize import normalize_text

Box = tuple[float, float, float, float]  # left, top, right, bottom; PDF points from the page's top left

MIN_LINE_SHARE = 0.92  # share of a quote line's characters a stream line must hold to be that line
OCR_SCALE = 200 / 72  # a scanned page is read at 200 dpi for its word boxes
OCR_SECONDS = 60  # at most, per scanned page
MIN_LINE_CHARS = 6  # shorter quote lines are too common to be placed by their characters alone
_NUMBER = re.compile(r"\d+(?:[.,٫٬']\d+)*")
_SEPARATORS = set(".,٫٬'")
_JOINERS = "\u200c\u200d"  # the reader keeps them inside words; a PDF's text layer may not


@dataclass(frozen=True)
class Found:
    """The quote's words on the page: one box per row of words, one per number; points from the top left."""

    words: tuple[Box, ...]
    numbers: tuple[Box, ...]


def fold(text: str) -> str:
    """Text as compared: the reader's normalization (so a quote compares with what it was cut from), Latin
    digits, no case, no spaces or joiners."""
    folded = to_ascii_digits(normalize_text(text, "fa")).casefold()
    return "".join(c for c in folded if not c.isspace() and c not in _JOINERS)


@dataclass(frozen=True)
class _Char:
    index: int
    text: str  # folded; may be empty (a space) or several characters (a ligature)
    box: Box | None  # PDF space (left, bottom, right, top)


def _chars(textpage: pdfium.PdfTextPage) -> list[list[_Char]]:
    """The page's characters per line of the text stream."""
    lines: list[list[_Char]] = [[]]
    for index, char in enumerate(indexed_chars(textpage)):  # one a character index, so each meets its own box
        if not char:
            continue
        if char in "\r\n":
            if lines[-1]:
                lines.append([])
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        box = (left, bottom, right, top) if right > left and top > bottom else None
        lines[-1].append(_Char(index, fold(char), box))
    return [line for line in lines if line]


def _rows(chars: list[_Char], height: float) -> list[Box]:
    """One box per row of the characters, flipped to points from the top left."""
    rows: list[list[Box]] = []
    for box in sorted((c.box for c in chars if c.box), key=lambda b: -b[3]):
        middle = (box[1] + box[3]) / 2
        if rows and min(b[1] for b in rows[-1]) <= middle <= max(b[3] for b in rows[-1]):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [
        (min(b[0] for b in row), height - max(b[3] for b in row), max(b[2] for b in row), height - min(b[1] for b in row))
        for row in rows
    ]


def _exact(lines: list[list[_Char]], quote: str) -> list[_Char] | None:
    """The characters that spell the folded quote in stream order, across line breaks."""
    chars = [c for line in lines for c in line if c.text]
    stream, owners = "", []
    for c in chars:
        stream += c.text
        owners += [c] * len(c.text)
    start = stream.find(quote)
    if not quote or start < 0:
        return None
    picked = owners[start : start + len(quote)]
    return list(dict.fromkeys(picked))


def _by_line(lines: list[list[_Char]], quote: str) -> list[_Char] | None:
    """Per quote line, the stream line holding the same characters in any order (right-to-left text)."""
    picked: list[_Char] = []
    for part in quote.splitlines():
        wanted = Counter(fold(part))
        size = sum(wanted.values())
        if size < MIN_LINE_CHARS:
            continue
        best: tuple[float, int, list[_Char]] | None = None
        for line in lines:
            have = Counter("".join(c.text for c in line))
            share = sum((wanted & have).values()) / size
            length = sum(have.values())
            if share >= MIN_LINE_SHARE and length <= 2 * size and (best is None or (share, -length) > best[:2]):
                best = (share, -length, line)
        if best is None:
            return None
        picked += [c for c in best[2] if c.text]
    return picked or None


def _number_runs(chars: list[_Char]) -> list[list[_Char]]:
    """Runs of digits among the characters, in stream order; a separator between digits keeps a run going."""
    runs: list[list[_Char]] = []
    last: int | None = None  # index of the run's last digit or separator
    for c in sorted(chars, key=lambda c: c.index):
        following = last is not None and c.index == last + 1
        if c.text.isdigit():
            if following:
                runs[-1].append(c)
            else:
                runs.append([c])
            last = c.index
        else:
            last = c.index if following and c.text in _SEPARATORS else None
    return runs


def _numbers(chars: list[_Char], quote: str, height: float) -> list[Box]:
    """A box round each number of the quote among the characters found (digit runs may be stored reversed)."""
    runs = _number_runs(chars)
    boxes = []
    for match in _NUMBER.finditer(to_ascii_digits(quote)):
        digits = "".join(c for c in match.group(0) if c.isdigit())
        for run in runs:
            spelled = "".join(c.text for c in run)
            if spelled in (digits, digits[::-1]):
                boxes += _rows(run, height)
                runs.remove(run)
                break
    return boxes


@lru_cache(maxsize=64)
def _ocr_lines(pdf: str, page_number: int, model: str) -> tuple[tuple[_Char, ...], ...]:
    """The words Tesseract reads on a page with no text layer, per line, each character boxed by its word.

    The reader keeps the text of a scanned page, not where its words are, so the page is read again here,
    only for the quotes the report or the review sheet shows (once per page); () without Tesseract.
    """
    try:
        import pytesseract  # only for scanned pages
    except ImportError:
        return ()
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_number - 1]
        height = page.get_height()
        image = page.render(scale=OCR_SCALE, grayscale=True).to_pil()
    finally:
        document.close()
    try:
        data = pytesseract.image_to_data(image, lang=model, output_type=pytesseract.Output.DICT, timeout=OCR_SECONDS)
    except (RuntimeError, OSError, pytesseract.TesseractError, pytesseract.TesseractNotFoundError):
        return ()
    lines: dict[tuple[int, int, int], list[_Char]] = {}
    index = 0
    for n, word in enumerate(data["text"]):
        text = fold(word or "")
        if not text:
            continue
        left, top = data["left"][n] / OCR_SCALE, data["top"][n] / OCR_SCALE
        right, bottom = left + data["width"][n] / OCR_SCALE, top + data["height"][n] / OCR_SCALE
        box = (left, height - bottom, right, height - top)
        key = (data["block_num"][n], data["par_num"][n], data["line_num"][n])
        lines.setdefault(key, []).extend(_Char(index + i, c, box) for i, c in enumerate(text))
        index += len(text) + 1  # a word's digits never run on into the next word's
    return tuple(tuple(line) for line in lines.values())


def _ocr_model(quote: str) -> str:
    """Tesseract's model for the quote's script (the registry's: Persian for Arabic script, else Latin)."""
    return ocr_models()["Arabic" if has_rtl(quote) else "Latin"]


def find_quote(pdf: Path, page_number: int, quote: str, read_scans: bool = True) -> Found | None:
    """The quote's words and numbers on the page (1-based); None when the page does not hold them.

    A page with no text layer (a scan) is read by Tesseract for its word boxes, unless `read_scans` is False
    (seconds a page: a caller with many quotes reads only the scans it shows).
    """
    try:
        document = pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        if not 1 <= page_number <= len(document):
            return None
        page = document[page_number - 1]
        height = page.get_height()
        textpage = page.get_textpage()
        lines = (
            _chars(textpage)
            if textpage.count_chars()
            else [list(line) for line in _ocr_lines(str(pdf), page_number, _ocr_model(quote))]
        )
        chars = _exact(lines, fold(quote)) or _by_line(lines, quote)
        if not chars:
            return None
        words = _rows(chars, height)
        return Found(tuple(words), tuple(_numbers(chars, quote, height))) if words else None
    finally:
        document.close()


def quote_boxes(pdf: Path, page_number: int, quote: str, read_scans: bool = True) -> list[Box]:
    """The boxes of the quote's rows of words on the page (1-based), in points from the top left; [] when not found."""
    found = find_quote(pdf, page_number, quote, read_scans)
    return list(found.words) if found else []
