"""Whether OCR can run here, which engine it is, and how long it may take a page.

Kept apart from the image work (ocr.py, with numpy and Pillow) because the
pipeline asks these questions at the start of every run, in the main
process, where the image libraries are not needed.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from exbench.settings import ocr_page_seconds, search_path, tesseract_command

REQUIRED_DATA = ("fas", "tur", "eng", "osd")
INSTALL_HINT = (
    "install Tesseract with its Persian, Turkish and English data "
    "(Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur tesseract-ocr-eng; "
    "or `make ocr-engine` as root), then run again"
)


class OcrUnavailable(Exception):
    """Tesseract or one of its language files is missing; the message says how to install them."""


def ocr_engine() -> str | None:
    """'tesseract 5.3.0 eng+fas+osd+tur' when OCR can run here, else None (also part of the reader's version)."""
    return _engine(search_path(), tesseract_command())


def page_timeout_s() -> int:
    """Seconds Tesseract may spend on one page (EXBENCH_OCR_PAGE_SECONDS), read when a run starts."""
    return ocr_page_seconds()


@lru_cache(maxsize=4)
def _engine(_path: str, _command_name: str) -> str | None:
    try:
        check_ocr()
    except OcrUnavailable:
        return None
    present, version = _probe(tesseract_command())
    languages = "+".join(sorted(set(present) & set(REQUIRED_DATA)))
    return f"tesseract {version} {languages}"


@lru_cache(maxsize=4)
def _probe(command: str) -> tuple[tuple[str, ...], str]:
    """Tesseract's language data and version, asked of the program itself: importing pytesseract
    for this (it loads Pillow and pandas) would cost most of a second at the start of every run."""
    listed = subprocess.run([command, "--list-langs"], capture_output=True, text=True, check=True, timeout=30)
    lines = (listed.stdout or listed.stderr).splitlines()
    languages = tuple(line.strip() for line in lines[1:] if line.strip())  # after "List of available languages ..."
    shown = subprocess.run([command, "--version"], capture_output=True, text=True, check=True, timeout=30)
    first = (shown.stdout or shown.stderr).split("\n", 1)[0].split()
    return languages, first[1] if len(first) > 1 else "unknown"


def check_ocr() -> None:
    """Raise OcrUnavailable, saying what is missing and how to install it, unless OCR can run."""
    problem = _ocr_problem(search_path(), tesseract_command())
    if problem:
        raise OcrUnavailable(problem)


@lru_cache(maxsize=4)
def _ocr_problem(_path: str, _command: str) -> str | None:
    """Checked once per process and setting: it runs `tesseract --list-langs`."""
    try:
        _check_tesseract()
    except OcrUnavailable as error:
        return str(error)
    return None


def _check_tesseract() -> None:
    if shutil.which(tesseract_command()) is None:
        raise OcrUnavailable(f"The pages are scanned images and Tesseract is not installed: {INSTALL_HINT}.")
    try:
        present = set(_probe(tesseract_command())[0])
    except Exception as error:  # noqa: BLE001 - a broken install says so instead of crashing
        raise OcrUnavailable(f"Tesseract does not run ({error}): {INSTALL_HINT}.") from None
    missing = [name for name in REQUIRED_DATA if name not in present]
    if missing:
        raise OcrUnavailable(f"Tesseract lacks the language data {', '.join(missing)}: {INSTALL_HINT}.")
