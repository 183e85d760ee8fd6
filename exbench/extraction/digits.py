"""Offset-keeping text normalisation shared by the number and date readers.

Every function here maps one character to one character, so a match found in
the normalised text has the same offsets in the original: facts quote their
evidence verbatim.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# Arabic code points that Persian text uses interchangeably with Persian ones.
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه"})

_PERSIAN_SCRIPT = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_TURKISH_LETTERS = re.compile(r"[çğışöüÇĞİŞÖÜ]")


def to_ascii_digits(text: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII, same length."""
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Lower-case one character for one (Turkish İ becomes i, I becomes i).

    İ (U+0130) is the only character whose lower case is longer than itself,
    so replacing it first keeps every offset valid.
    """
    return text.replace("İ", "i").lower()


def normalize(text: str) -> str:
    """ASCII digits, one Persian spelling of yeh/kaf, lower case; same length."""
    return fold(to_ascii_digits(text).translate(_LETTERS))


def is_persian(text: str) -> bool:
    """True when the text contains Arabic-script letters or digits."""
    return bool(_PERSIAN_SCRIPT.search(text))


def guess_language(text: str) -> str:
    """'fa' for Arabic script, 'tr' when Turkish letters occur, else 'en'.

    Used only when the caller passes language None; cheap on purpose.
    """
    if len(_PERSIAN_SCRIPT.findall(text)) > len(re.findall(r"[A-Za-z]", text)):
        return "fa"
    return "tr" if _TURKISH_LETTERS.search(text) else "en"


def latin_language(text: str) -> str:
    """The Latin-script language of a text: 'tr' or 'en'."""
    return "tr" if _TURKISH_LETTERS.search(text) else "en"


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict[str, Any]:
    """The lexicon file `lexicon/<name>.json`."""
    with (LEXICON_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def _grouped(integer: str, fraction: str | None, group: str) -> Decimal | None:
    parts = integer.split(group)
    if not 1 <= len(parts[0]) <= 3 or (parts[0].startswith("0") and len(parts) > 1):
        return None
    if any(len(p) != 3 for p in parts[1:]):
        return None
    return Decimal("".join(parts) + (f".{fraction}" if fraction else ""))


def read_digit_group(
    chunk: str, decimal_seps: Collection[str], group_seps: Collection[str], slash_decimal: bool = False
) -> Decimal | None:
    """The value of an ASCII digit group such as "1.293", "75,5", "1,293.5", "۱٬۲۹۳٫۵".

    None for shapes that are not one quantity: dates (09.09.2009), versions
    (1.2.3), ISO years (9001:2008), ranges (2020-2024), decision numbers
    (2019/127). A lone separator followed by exactly three digits is a
    thousands separator where the language uses it so; otherwise a decimal.
    `slash_decimal` reads "2/5" as 2.5 (Persian usage before a scale or percent).
    """
    seps = [c for c in chunk if not c.isdigit()]
    if not seps:
        return Decimal(chunk)
    kinds = set(seps)
    if kinds & {":", "-", "–"}:
        return None
    if "/" in kinds:
        parts = chunk.split("/")
        return Decimal(f"{parts[0]}.{parts[1]}") if slash_decimal and len(parts) == 2 else None
    if kinds & {"٫", "٬"} or len(kinds) == 2:
        decimal = "٫" if kinds & {"٫", "٬"} else seps[-1]
        group = {"٫": "٬", ".": ",", ",": "."}[decimal]
        if seps.count(decimal) > 1 or (kinds - {decimal, group}):
            return None
        integer, _, fraction = chunk.partition(decimal)
        return _grouped(integer, fraction or None, group)
    sep = seps[0]
    parts = chunk.split(sep)
    grouped = _grouped(chunk, None, sep)
    if len(parts) > 2 or (sep in group_seps and grouped is not None):
        return grouped
    return Decimal(f"{parts[0]}.{parts[1]}") if sep in decimal_seps or sep in group_seps else None
