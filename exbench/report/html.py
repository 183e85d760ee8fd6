"""Small HTML builders: escaping, names in any script, numbers that link to their evidence.

Everything from the warehouse passes through `text` or `name`, so a document's
words can never become markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from exbench.language.digits import SETS, digit_range

DASH = "–"
# a number as documents print it, in Latin, Persian or Arabic-Indic digits, with its separators
_DIGIT = f"[{digit_range(*SETS)}]"
_NUMBER = re.compile(rf"{_DIGIT}+(?:[.,٫٬']{_DIGIT}+)*")


def text(value: object) -> str:
    """Escaped text; a dash for a missing value."""
    return DASH if value is None else escape(str(value))


def name(value: object) -> str:
    """A name or quote in its own direction: Persian stays right-to-left inside the English layout."""
    return f'<bdi dir="auto">{text(value)}</bdi>'


def number(value: object, grouped: bool = True) -> str:
    """A figure as readers expect it: thousands separated (not years), at most two decimals, no trailing zeros."""
    if value is None:
        return DASH
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".") if grouped else f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, (int, float)):
        return f"{int(value):,}" if grouped else str(int(value))
    return escape(str(value))


def quote_html(quote: str) -> str:
    """Quoted words, escaped, with every number in them marked: the figure a reader looks for stands out."""
    parts, last = [], 0
    for match in _NUMBER.finditer(quote):
        parts += [escape(quote[last : match.start()]), f"<mark>{escape(match.group(0))}</mark>"]
        last = match.end()
    parts.append(escape(quote[last:]))
    return "".join(parts)


def linked(shown: str, href: str, title: str = "evidence") -> str:
    """Already-escaped content as a link to an anchor of the page."""
    return f'<a href="{escape(href)}" title="{escape(title)}">{shown}</a>'


def number_link(value: object, href: str, grouped: bool = True) -> str:
    """A number that links to its evidence (a dash, unlinked, when there is no number)."""
    return DASH if value is None else linked(number(value, grouped), href)


def table(headers: Sequence[str], bodies: Sequence[tuple[str | None, Sequence[Sequence[str]]]], numeric: set[int]) -> str:
    """A table of already-built cells.

    Args:
        headers: column titles.
        bodies: (id or None, rows) per tbody; an id makes the group a link target.
        numeric: indexes of number columns, right-aligned and tested for links.
    """
    head = "".join(
        f'<th class="num" scope="col">{escape(h)}</th>' if i in numeric else f'<th scope="col">{escape(h)}</th>'
        for i, h in enumerate(headers)
    )
    parts = [f"<table><thead><tr>{head}</tr></thead>"]
    for body_id, rows in bodies:
        parts.append(f'<tbody id="{body_id}">' if body_id else "<tbody>")
        for row in rows:
            cells = "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</tbody>")
    parts.append("</table>")
    return "".join(parts)
