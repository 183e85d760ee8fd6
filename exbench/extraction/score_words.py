"""Numbers a report writes in words put in digits ("five hundred and twelve points", "üç yüz doksan dört"), so
that the score readers read a score in words as one in digits."""

from __future__ import annotations

import re

from exbench.extraction.numbers import find_numbers

__all__ = ["in_digits"]


def _goes_on(key: str, end: int, language: str | None) -> bool:
    """Whether the number words ending here go on in the next word with a suffix the number reader does not
    know ("dört yüz altmış sekizdir": "sekiz" + "-dir"): the number read would be short of it, so none is."""
    after = re.match(r"[^\S\n]+([^\W\d_]{3,})", key[end:])
    word = after.group(1) if after else ""
    return any(
        number.start == 0 and number.end == len(stem)
        for length in range(3, len(word))
        for stem in (word[:length],)
        for number in find_numbers(stem, language)
    )


def in_digits(key: str, language: str | None) -> tuple[str, list[int]]:
    """The text with numbers written in words put in digits ("five hundred and twelve points",
    "üç yüz doksan dört", "سیصد و هشتاد و شش امتیاز از هزار"), so a score in words reads as one
    in digits; and for each character the offset in the text it stands for."""
    out: list[str] = []
    where: list[int] = []
    cursor = 0
    for number in find_numbers(key, language):
        if not re.search(r"[^\W\d_]", number.raw) or number.is_percent or not isinstance(number.value, int):
            continue
        if number.value < 10 or _goes_on(key, number.end, language):  # "one", "bir", "a": no score
            continue
        out.append(key[cursor : number.start])
        where.extend(range(cursor, number.start))
        digits = str(number.value)
        out.append(digits)
        where.extend(min(number.start + i, number.end - 1) for i in range(len(digits) - 1))
        where.append(number.end - 1)
        cursor = number.end
    out.append(key[cursor:])
    where.extend(range(cursor, len(key)))
    return "".join(out), where
