"""A group of digits read as one quantity: "1.293", "75,5", "1,293.5", "۱٬۲۹۳٫۵".

Which separator groups thousands and which marks the decimals is the
language's (lexicon `numbers`); the shapes that are not one quantity (dates,
versions, ranges, decision numbers) are the same in every language.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal


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
