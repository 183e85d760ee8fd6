"""A page of text as the reading layer hands it on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    """Normalized text of one page in logical order, with its language and the reading used."""

    page_number: int
    text: str
    language: str | None
    engine: str

    @property
    def char_count(self) -> int:
        return len(self.text)
