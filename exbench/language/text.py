"""Forms of text that rules match on: one character for one, so offsets found there hold in the original.

`fold` lower-cases (Turkish İ as i); `matching_form` also writes every digit in
ASCII and every letter in its language's own form (Arabic yeh as Persian yeh).
`letter_forms` gives a language's letters for page normalization.
"""

from __future__ import annotations

from functools import lru_cache

from exbench.language.digits import to_ascii_digits
from exbench.language.registry import by_code, extracted


def fold(text: str) -> str:
    """Lower-case one character for one (Turkish İ becomes i, I becomes i).

    İ (U+0130) is the only character whose lower case is longer than itself,
    so replacing it first keeps every offset valid.
    """
    return text.replace("İ", "i").lower()


@lru_cache(maxsize=1)
def _extracted_letters() -> dict[int, str]:
    return str.maketrans({old: new for entry in extracted() for old, new in entry.letter_forms.items()})


def matching_form(text: str) -> str:
    """ASCII digits, each extracted language's own letter forms, lower case; same length."""
    return fold(to_ascii_digits(text).translate(_extracted_letters()))


def letter_forms(code: str | None) -> dict[str, str]:
    """The other code points a language's text writes its letters with, and the letter each stands for."""
    entry = by_code(code)
    return dict(entry.letter_forms) if entry else {}
