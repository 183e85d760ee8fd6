"""Anchors from numbers to their evidence: every number on the page links to one entry.

An entry lists the document (source_path), page and quoted words behind a
number. Anchors are hashes of what the number is, so the same warehouse gives
the same page, and two numbers with the same evidence share one entry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    """One quote: where it was read and the words themselves."""

    source_path: str
    page: int | None
    quote: str


@dataclass(frozen=True)
class Evidence:
    """What one number rests on."""

    anchor: str
    label_html: str
    citations: tuple[Citation, ...]
    omitted: int = 0
    note: str | None = None


def anchor_id(prefix: str, *parts: object) -> str:
    """A stable HTML id for a thing named by its parts (ids must not carry raw names or spaces)."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


class EvidenceIndex:
    """Numbers register their evidence here and get back the link they point to."""

    def __init__(self) -> None:
        self._entries: dict[str, Evidence] = {}

    def cite(
        self,
        key: tuple[object, ...],
        label_html: str,
        citations: Iterable[Mapping[str, object]],
        total: int | None = None,
        note: str | None = None,
    ) -> str:
        """The href ("#ev-…") of the entry for `key`, created on first use.

        Args:
            key: what the number is (section, organization, code, year, ...).
            label_html: a line saying so to the reader, already escaped (names wrapped in <bdi>).
            citations: rows with source_path, page and quote.
            total: how many quotes exist when `citations` is a sample of them.
            note: how the number is derived, for computed figures.
        """
        anchor = anchor_id("ev", *key)
        if anchor not in self._entries:
            quotes = tuple(Citation(str(c["source_path"]), c.get("page"), str(c["quote"])) for c in citations)
            omitted = max(0, (total or len(quotes)) - len(quotes))
            self._entries[anchor] = Evidence(anchor, label_html, quotes, omitted, note)
        return f"#{anchor}"

    @property
    def entries(self) -> list[Evidence]:
        """Entries in the order the page first cites them."""
        return list(self._entries.values())
