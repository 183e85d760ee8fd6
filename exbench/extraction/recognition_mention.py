"""A level or an award a sentence names, as the recognition readers pass it on: its own module, so that the
readers of names and of mentions both use it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass

from exbench.extraction.model import Evidence, Recognition

__all__ = ["Mention"]


@dataclass
class Mention:
    """Something a sentence names that can be received: a level, an award, a certificate or a bare star level."""

    scheme: str | None  # None: a bare star level whose scheme is decided from its neighbours
    start: int
    end: int
    level: str | None
    stars: int | None = None
    generic: bool = False  # an award noun after a capitalised name, not a name from a scheme's vocabulary
    series: tuple[int, ...] = ()  # star levels named in a row ("two and three stars"), in order
    series_levels: tuple[str, ...] = ()  # the level of each, in base form ("Takdirname 2 Yıldız")

    def received(self, owner: dict[str, str | None], year: int | None, evidence: Evidence) -> Recognition:
        """This level as received by `owner` (DocumentContext.owner's fields); an ISO standard has no stars."""
        return Recognition(
            **owner,
            scheme=self.scheme,
            level=self.level,
            stars=self.stars if self.scheme != "iso" else None,
            year=year,
            awarded_on=None,
            evidence=evidence,
        )
