"""Values from the cached JSON, made into what the warehouse columns can hold, or set aside.

A cache written by an older extractor, a hand-edited file or a bug can hold a
NaN, a 401-digit number, a date that does not exist or a list where a name
belongs. Each helper returns the value as the column wants it or raises
SetAside with the rule it broke; whether the value is plausible (a percent
over 100, a year 9999) is decided later, in SQL (sql/core/screen_facts.sql).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

INT32_MAX = 2**31 - 1
VALUE_CHARS = 200  # an offending value is kept this long in core.rejected_facts


class SetAside(Exception):
    """A fact (or a document's value) that cannot enter the warehouse, with why."""

    def __init__(self, reason: str, field: str | None, value: object, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.field = field
        self.value = shown(value)
        self.message = message


def shown(value: object) -> str | None:
    """The offending value as text for people, short and always valid UTF-8."""
    if value is None:
        return None
    text_value = value if isinstance(value, str) else repr(value)
    if len(text_value) > VALUE_CHARS:
        text_value = text_value[:VALUE_CHARS] + f"... ({len(text_value)} characters)"
    return clean(text_value)


def clean(value: str) -> str:
    """The string, with lone surrogates (which JSON can carry but UTF-8 cannot) replaced."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def text(value: Any, field: str) -> str | None:
    """A string column: str or None."""
    if value is None or isinstance(value, str):
        return clean(value) if value else value
    raise SetAside("malformed_facts", field, value, f"{field} should be text, not {type(value).__name__}")


def number(value: Any, field: str) -> float | None:
    """A double column: a finite int or float (not a bool)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SetAside("malformed_facts", field, value, f"{field} should be a number, not {type(value).__name__}")
    try:
        result = float(value)
    except OverflowError:  # an int of hundreds of digits
        raise SetAside("overflow", field, value, f"{field} is too large for a number ({len(str(abs(value)))} digits)") from None
    if math.isnan(result):
        raise SetAside("not_a_number", field, value, f"{field} is NaN")
    if math.isinf(result):
        raise SetAside("overflow", field, value, f"{field} is infinite (a number too large to hold, such as 1e400)")
    return result


def whole(value: Any, field: str) -> int | None:
    """An integer column (years, pages, stars): an int, or a float without a fraction, that fits 32 bits."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, float):
        reason = "not_a_number" if math.isnan(value) else "overflow" if math.isinf(value) else "not_whole_number"
        raise SetAside(reason, field, value, f"{field} should be a whole number, not {value!r}")
    if isinstance(value, bool) or not isinstance(value, int):
        raise SetAside("malformed_facts", field, value, f"{field} should be a whole number, not {type(value).__name__}")
    if abs(value) > INT32_MAX:
        raise SetAside("overflow", field, value, f"{field} does not fit a 32-bit integer")
    return value


def day(value: Any, field: str) -> date | None:
    """A date column: a date or an ISO date string (the cache writes dates as strings)."""
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise SetAside("malformed_facts", field, value, f"{field} should be a date, not {type(value).__name__}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:  # 2023-02-29, 0000-01-01, 2023-13-01, or no date at all
        raise SetAside("bad_date", field, value, f"{field} is not a date that exists: {shown(value)}") from None
