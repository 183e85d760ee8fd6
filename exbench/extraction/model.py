"""The facts one document yields, as plain rows with their evidence.

Organizations are named by canonical name here ("" means the document's own
organization); ids are given later, when all documents are resolved together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the page and the words, verbatim from the page text.

    `focus` marks, as (start, end) offsets in `quote`, the words the fact's
    value was read from (a metric's number): on a page read by OCR, how sure
    the reading was of those words is how sure the fact is.
    """

    page: int
    quote: str
    focus: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class PageInput:
    """A page as extraction sees it."""

    page_number: int
    text: str
    language: str | None


@dataclass(frozen=True)
class DocumentContext:
    """What a rule may know about the whole document."""

    language: str | None
    subject: str  # canonical name of the document's own organization, "" when unknown
    cycle_year: int | None
    reference_date: date | None  # the document's own date, to resolve dates without a year
    sole_year: int | None = None  # the one year every dated mention of the document falls in, if there is one

    @property
    def as_of_year(self) -> int | None:
        """The year a fact stated without a date belongs to: the document's date, else its only year."""
        return self.reference_date.year if self.reference_date else self.sole_year


@dataclass(frozen=True)
class Metric:
    organization: str
    metric_code: str
    value: float
    period_year: int | None
    evidence: Evidence
    rule: str


@dataclass(frozen=True)
class Recognition:
    organization: str
    scheme: str
    level: str | None
    stars: int | None
    year: int | None
    awarded_on: date | None
    evidence: Evidence


@dataclass(frozen=True)
class Event:
    organization: str
    first: date
    last: date
    precision: str
    event_type: str
    title: str | None  # the event's name; None when the sentence names none
    evidence: Evidence


@dataclass(frozen=True)
class Target:
    organization: str
    target_code: str
    title: str
    value: float | None
    period_year: int | None
    evidence: Evidence


@dataclass(frozen=True)
class PeerLink:
    organization: str
    peer: str
    link_type: str
    topic: str | None
    evidence: Evidence


@dataclass(frozen=True)
class FocusArea:
    organization: str
    subject_metric: str
    label: str
    theme: str | None
    share_pct: float | None
    period_year: int | None
    evidence: Evidence


@dataclass(frozen=True)
class OrganizationSeen:
    """An organization named in the document, with the spelling and language it was named in."""

    canonical: str
    surface: str
    org_type: str | None
    country: str | None
    language: str
    parent: str | None = None


@dataclass
class DocumentFacts:
    """Everything extracted from one document."""

    subject: str = ""
    cycle_year: int | None = None
    scheme: str | None = None  # the award or assessment scheme the document reports on
    language: str | None = None
    reference_date: date | None = None
    organizations: list[OrganizationSeen] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    recognitions: list[Recognition] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    peer_links: list[PeerLink] = field(default_factory=list)
    focus_areas: list[FocusArea] = field(default_factory=list)
    findings: list = field(default_factory=list)  # reports.Finding
    scores: list = field(default_factory=list)  # reports.Score
    framework: str | None = None
