"""The facts one document yields, as plain rows with their evidence.

Organizations are named by canonical name here; ids are given later, when all
documents are resolved together. Every fact says how its organization was found
(`organization_basis`, one of the codes below, listed with their meaning in
sql/seeds/codes.csv as code_kind organization_basis); a fact whose organization
cannot be found has organization None and basis NOT_FOUND, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# How a fact's organization was found (sql/seeds/codes.csv, code_kind organization_basis).
NAMED = "named"  # the sentence names it (the subject or possessor of the clause, else the nearest name before)
FIRST_PERSON = "first_person"  # the sentence speaks of the document's own organization ("Belediyemiz", "our council")
HEADING = "heading"  # the heading, title or caption the text stands under names it and no other
OWN_SITE = "own_site"  # the document is the organization's own (its site, its letterhead, its first person)
DOCUMENT_SUBJECT = "document_subject"  # the only organization the document names, or a document-level fact's
NOT_FOUND = "not_found"  # no organization can be told: organization None
ORGANIZATION_BASES = (NAMED, FIRST_PERSON, HEADING, OWN_SITE, DOCUMENT_SUBJECT, NOT_FOUND)


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
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()  # rows of cell texts, each row in reading order


@dataclass(frozen=True)
class DocumentContext:
    """What a rule may know about the whole document."""

    language: str | None
    subject: str  # canonical name of the document's own organization, "" when unknown
    cycle_year: int | None
    reference_date: date | None  # the document's own date, to resolve dates without a year
    sole_year: int | None = None  # the one year every dated mention of the document falls in, if there is one
    # How the subject owns a fact no sentence attributes: OWN_SITE (the document is its own), HEADING (the
    # title names it), None (the subject is only the most named organization: such a fact has no owner).
    subject_basis: str | None = OWN_SITE
    award_bodies: tuple[str, ...] = ()  # the bodies that assess and award that the document names, anywhere in it
    programmes: tuple[str, ...] = ()  # the award programmes the document names in full (metric_programmes.py)
    programme_hosts: tuple[str, ...] = ()  # the organizations it says organize or host an award programme (metric_hosts.py)
    report_cycle: int | None = None  # a feedback report's assessment cycle (cycle_year.py), None for other documents
    title_year: int | None = None  # the past year the document's title states, the period it reports on

    def owner(self, named: str | None, section: str | None = None) -> dict[str, str | None]:
        """The organization of a fact and how it was found, from what the sentence named ("" a self reference,
        None nothing) and the organization the section it stands in is about."""
        if named:
            return {"organization": named, "organization_basis": NAMED}
        if named == "" and self.subject:
            return {"organization": self.subject, "organization_basis": FIRST_PERSON}
        if section:
            return {"organization": section, "organization_basis": HEADING}
        if self.subject and self.subject_basis:
            return {"organization": self.subject, "organization_basis": self.subject_basis}
        return {"organization": None, "organization_basis": NOT_FOUND}

    @property
    def as_of_year(self) -> int | None:
        """The year a fact stated without a date belongs to: the document's date, else its only year."""
        return self.reference_date.year if self.reference_date else self.sole_year


@dataclass(frozen=True)
class Metric:
    organization: str | None
    metric_code: str
    value: float
    period_year: int | None
    evidence: Evidence
    rule: str
    organization_basis: str | None = None  # None: the extractor did not say (see the module's docstring)


@dataclass(frozen=True)
class Recognition:
    organization: str | None
    scheme: str
    level: str | None
    stars: int | None
    year: int | None
    awarded_on: date | None
    evidence: Evidence
    organization_basis: str | None = None


@dataclass(frozen=True)
class Event:
    organization: str
    first: date
    last: date
    precision: str
    event_type: str
    title: str | None  # the event's name; None when the sentence names none
    evidence: Evidence
    organization_basis: str | None = None


@dataclass(frozen=True)
class Target:
    organization: str
    target_code: str
    title: str
    value: float | None
    period_year: int | None
    evidence: Evidence
    organization_basis: str | None = None


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
    organization_basis: str | None = None


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
    subject_basis: str | None = None  # how the subject owns the facts given to it without a basis of their own
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
