"""The digits the corpus' languages write, stated once: ASCII, Persian (U+06F0..) and Arabic-Indic (U+0660..).

Persian and Arabic write their own digits (۱۴۰۱, ١٤٠١); a number's value is
read from any of them, so every module that turns digits into values, or looks
for a run of digits, takes them from here.
"""

from __future__ import annotations

ASCII = "0123456789"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"  # Extended Arabic-Indic digits, U+06F0..U+06F9
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669
SETS = (ASCII, PERSIAN, ARABIC_INDIC)

_TO_ASCII = str.maketrans(PERSIAN + ARABIC_INDIC, ASCII + ASCII)


def to_ascii_digits(text: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII, same length."""
    return text.translate(_TO_ASCII)


def digit_value(char: str) -> int | None:
    """The value of one digit of any of the sets; None for anything else."""
    for digits in SETS:
        if len(char) == 1 and char in digits:
            return digits.index(char)
    return None


def in_digits(text: str, digits: str) -> str:
    """ASCII digits of text written in another set (digits=PERSIAN gives ۱۴۰۱ for 1401)."""
    return text.translate(str.maketrans(ASCII, digits))


def digit_range(*sets: str) -> str:
    """The sets as ranges for a regex character class: digit_range(ASCII, PERSIAN) == "0-9۰-۹"."""
    return "".join(f"{digits[0]}-{digits[-1]}" for digits in sets)
