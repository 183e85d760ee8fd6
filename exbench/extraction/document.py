"""All facts of one document: decide its organization, date and cycle, then run
every extractor over its sentences and lines, and drop repeats. Who owns a
fact no sentence names an organization for is fact_owners.py's rule.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from exbench.extraction.cycle_year import cycle_year as report_cycle
from exbench.extraction.cycle_year import mentioned_year, title_year
from exbench.extraction.datelines import standalone_date, year_headed
from exbench.extraction.dates import find_dates
from exbench.extraction.events import events_in_sentence, timeline_event
from exbench.extraction.fact_owners import (
    award_bodies,
    found_as,
    is_key_cell,
    legal_forms_in_full,
    mark_paragraph_assessed,
    name_in_full,
    section_owners,
    subject_basis,
    subject_of,
)
from exbench.extraction.focus_areas import focus_areas_in_sentence
from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.metric_captions import captioned_figures
from exbench.extraction.metric_hosts import programme_hosts
from exbench.extraction.metric_programmes import programmes_named
from exbench.extraction.metric_unit_names import units_named_in_full, units_seen
from exbench.extraction.metrics import metrics_in_sentence
from exbench.extraction.model import (
    DocumentContext,
    DocumentFacts,
    Metric,
    OrganizationSeen,
    PageInput,
)
from exbench.extraction.organizations import find_organizations, short_names
from exbench.extraction.peers import extract_peer_links, link_type
from exbench.extraction.recognition_host_units import host_units
from exbench.extraction.recognition_hosted import hosted_awards
from exbench.extraction.recognition_initials import initials_spelled_out
from exbench.extraction.recognition_schemes import title_scheme
from exbench.extraction.recognition_short_rows import rows_named_in_full
from exbench.extraction.recognition_stars import without_unstarred_twins
from exbench.extraction.recognitions import (
    assessment_scheme,
    listed_recognitions,
    read_apart_from_rows,
    recognitions_in_sentence,
    scheme_named_most,
)
from exbench.extraction.report_table_merge import with_table_findings
from exbench.extraction.report_table_scores import with_table_scores
from exbench.extraction.reports import framework_of, read_report
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.speaker_turns import speaker_turns
from exbench.extraction.table_counts import table_metrics, without_table_readings
from exbench.extraction.targets import extract_targets, plan_sections
from exbench.extraction.text_units import paragraphs, sentences
from exbench.language import document_language

_WORD = re.compile(r"[^\W\d_]{3,}")


def document_title(title: str | None, language: str | None = None) -> str | None:
    """The document's own title, whitespace-normalised, or None where the title is the site's:
    a loading notice, a table of contents, a page number, the bare name of the site."""
    if not title:
        return None
    for noise in load("structure")["title_noise"]:
        title = _strip(title, noise)
    title = " ".join(title.split())
    folded = fold(title)
    if len(_WORD.findall(title)) < 2 or any(compiled(p).search(folded) for p in load("structure")["chrome_titles"]):
        return None
    names = [m for m in find_organizations(title, language) if m.canonical]
    if names and len(" ".join(title[m.start : m.end] for m in names)) >= len(title.strip(" .|-–—·")) - 2:
        return None  # the site's name and nothing else
    return title


def _strip(title: str, pattern: str) -> str:
    """The title without what an authoring tool wrapped it in (fold keeps offsets)."""
    match = compiled(pattern).search(fold(title))
    return title[: match.start()] + title[match.end() :] if match else title


def _reference_date(pages: list[PageInput], language: str | None, declared: date | None) -> date | None:
    """The document's own date: the manifest's, else a dateline at the top of the first page."""
    if declared or not pages:
        return declared
    head = pages[0].text[:200]
    dated = [d for d in find_dates(head, language) if d.first is not None and d.precision == "day"]
    if dated:
        return dated[0].first
    # "Posted 20 February 2025 · Corporate news" under a site's menus: a line of the first page that says so
    cues = load("structure")["dateline_cues"].get(language or "", [])
    for line in pages[0].text[:_DATELINE_CHARS].splitlines():
        if any(compiled(cue).search(fold(line)) for cue in cues):
            dated = [d for d in find_dates(line, language) if d.first is not None and d.precision == "day"]
            if dated:
                return dated[0].first
    return standalone_date(pages[0].text[:_DATELINE_CHARS], language)


_DATELINE_CHARS = 1500


def extract_document(
    pages: list[PageInput],
    title: str | None = None,
    organization: str | None = None,
    published_on: date | None = None,
    cycle_year: int | None = None,
) -> DocumentFacts:
    """Facts of one document; manifest hints (organization, date, cycle) win over what the text suggests.

    Blank pages are left out first: a printer's empty cover page must not stand
    where the dateline, the title line and the header's names are looked for.
    """
    pages = [page for page in pages if page.text.strip()]
    language = document_language(page.language for page in pages)
    subject = subject_of(pages, title, language, organization)
    reference = _reference_date(pages, language, published_on)
    mentions = {p.page_number: find_organizations(p.text, p.language or language) for p in pages}
    names = short_names([m for p in pages for m in mentions[p.page_number]])
    document_names = tuple(dict.fromkeys(m.canonical for found in mentions.values() for m in found if m.canonical))
    views_by_page = []
    for page in pages:
        # a speaker's turn in minutes is its unit's, even under a heading that names another organization
        sections = speaker_turns(page.text, [m for found in mentions.values() for m in found], subject, page.language or language)
        sections += section_owners(page.text, mentions[page.page_number])
        plans = plan_sections(page.text, page.language or language)
        para_years = []
        for paragraph, heading in year_headed(paragraphs(page.text), page.text):
            years = (
                {heading}
                if heading
                else {
                    d.first.year
                    for d in find_dates(paragraph.text, page.language or language, reference)
                    if d.first and d.precision == "year"
                }
            )
            para_years.append((paragraph.start, paragraph.end, years.pop() if len(years) == 1 else None))
        views = [
            SentenceView(
                s,
                page.page_number,
                page.language or language,
                reference,
                names,
                next((owner for start, end, owner in sections if start <= s.start < end), None),
                in_plan=any(start <= s.start < end for start, end in plans),
                subject=subject,
                document_names=document_names,
            )
            for s in sentences(page.text)
        ]
        for before, view in zip(views, views[1:], strict=False):
            same_paragraph = any(start <= before.span.start and view.span.end <= end for start, end, _ in para_years)
            if same_paragraph or is_key_cell(before, page.text[before.span.end : view.span.start]):
                view.preceding = before.folded
        views_by_page.append((page, views, para_years))
    all_views = [v for _, views, _ in views_by_page for v in views]
    named: dict[str, None] = {}  # in the order last named
    for view in all_views:
        view.earlier = tuple(named)
        for mention in view.organizations:
            if mention.canonical:
                named.pop(mention.canonical, None)
                named[mention.canonical] = None
    for _page, views, para_years in views_by_page:  # after `earlier`: a sentence's names resolve references with it
        mark_paragraph_assessed(views, [(start, end) for start, end, _ in para_years])
    years = {d.first.year for view in all_views for d in view.dates if d.first is not None}
    context = DocumentContext(
        language,
        subject,
        cycle_year or mentioned_year(pages, title, all_views, language, reference),
        reference,
        sole_year=years.pop() if len(years) == 1 else None,
        subject_basis=subject_basis(
            pages, title, language, subject, organization, [m for found in mentions.values() for m in found]
        ),
        award_bodies=award_bodies([m for found in mentions.values() for m in found]),
        programmes=programmes_named(pages, language),
        programme_hosts=programme_hosts(all_views, language),
        title_year=title_year(pages, title, language, reference),
    )
    facts = DocumentFacts(
        subject=subject,
        subject_basis=context.subject_basis,
        cycle_year=context.cycle_year,
        scheme=assessment_scheme(all_views),
        reference_date=reference,
        language=language,
    )
    # the scheme of a bare "5 Star": the programme the title names, else the assessment's, else the one the page's
    # levels name most
    levels_scheme = title_scheme(title, language) or facts.scheme or scheme_named_most(all_views)
    facts.findings, facts.scores = read_report(pages, context)
    facts.findings = with_table_findings(pages, context, facts.findings)  # a table's cells keep its columns apart
    facts.scores = with_table_scores(pages, context, facts.scores, bool(facts.findings or facts.scores))
    if facts.findings or facts.scores:
        # a report's cycle is the assessment's (its cover, its site visit), not the year its dates come to
        facts.cycle_year = cycle_year or report_cycle(pages, title, all_views, language, reference)
        context = replace(context, report_cycle=facts.cycle_year)
    for number, (page, views, para_years) in enumerate(views_by_page):
        # a sentence the page break cuts ("... 4 Yıldız" | "belgesine layık görülmüştür.") goes on on the next page
        next_page = views_by_page[number + 1][1][:1] if number + 1 < len(views_by_page) else []
        for view in captioned_figures(page.text, views):  # "126" over "volunteer assessors": a stats block
            paragraph_year = next((y for s, e, y in para_years if s <= view.span.start < e), None)
            facts.metrics += metrics_in_sentence(view, context, paragraph_year)
        for index, view in enumerate(views):
            paragraph_year = next((y for s, e, y in para_years if s <= view.span.start < e), None)
            following = views[index + 1] if index + 1 < len(views) else next(iter(next_page), None)
            facts.metrics += metrics_in_sentence(view, context, paragraph_year)
            facts.recognitions += recognitions_in_sentence(
                view, following, context, paragraph_year, levels_scheme, views[:index], views[index + 2 : index + 3]
            )
            facts.events += events_in_sentence(view, context)
            timeline = timeline_event(view, context)
            if timeline:
                facts.events.append(timeline)
            areas, shares = focus_areas_in_sentence(view, context)
            facts.focus_areas += areas
            facts.metrics += shares
            for mention in view.organizations:
                if mention.canonical and not mention.self_reference:  # "Dernek, ..." refers; it names nothing
                    facts.organizations.append(
                        OrganizationSeen(
                            mention.canonical,
                            mention.surface,
                            mention.org_type,
                            mention.country,
                            mention.language,
                            mention.parent,
                        )
                    )
                    if mention.acronym:  # "Türkiye Kalite Derneği (KalDer)": the name as written with its abbreviation
                        full = f"{mention.canonical} ({mention.acronym})"
                        facts.organizations.append(replace(facts.organizations[-1], surface=full))
    tabled = table_metrics(pages, context)
    facts.metrics = tabled + without_table_readings(facts.metrics, tabled)
    if facts.findings or facts.scores:
        facts.framework = framework_of(pages)
        # A findings-table row ("2 | strength | ...") is no count of strengths; a count before a finding its
        # sentence runs into ("toplam 9 güçlü yön ... belirlemiştir:" / "5.1 (Kriter 1) ...") still is one.
        quotes = {(f.evidence.page, f.evidence.quote) for f in facts.findings}
        facts.metrics = [m for m in facts.metrics if not any(_counted_in(m, page, quote) for page, quote in quotes)]
    listed = listed_recognitions(pages, context)
    facts.recognitions = read_apart_from_rows(facts.recognitions, listed, language or "")
    # a row named shorter is named in full
    facts.recognitions = host_units(rows_named_in_full(facts.recognitions, listed, language or "") + listed, subject, language)
    facts.recognitions = hosted_awards(facts.recognitions, context, language)  # a union's own awards to its members
    facts.targets = extract_targets(pages, context)
    facts.peer_links = extract_peer_links(pages, context, link_type("\n".join(p.text for p in pages)))
    shorter = found_as(organization, language) if organization else None
    if shorter and shorter != subject and subject == organization:
        name_in_full(facts, shorter, organization)
    legal_forms_in_full(facts)
    facts.recognitions = initials_spelled_out(facts.recognitions, [o.canonical for o in facts.organizations])
    facts.metrics = units_named_in_full(facts.metrics, facts.organizations, subject, language)
    facts.organizations += units_seen(facts.metrics, facts.organizations, subject, language)
    _deduplicate(facts)
    return facts


def _first_by(rows: list, key) -> list:
    seen: dict = {}
    for row in rows:
        seen.setdefault(key(row), row)
    return list(seen.values())


def _deduplicate(facts: DocumentFacts) -> None:
    """Repeated blocks of a page say a fact once."""
    facts.metrics = _first_by(facts.metrics, lambda m: (m.organization, m.metric_code, m.value, m.period_year))
    facts.recognitions.sort(key=lambda r: r.awarded_on is None)
    facts.recognitions = _first_by(facts.recognitions, lambda r: (r.organization, r.scheme, fold(r.level or ""), r.year))
    facts.recognitions = without_unstarred_twins(facts.recognitions)
    day_months = {(e.event_type, e.first.year, e.first.month) for e in facts.events if e.precision == "day"}
    facts.events = [
        e for e in facts.events if e.precision == "day" or (e.event_type, e.first.year, e.first.month) not in day_months
    ]
    facts.events = _first_by(facts.events, lambda e: (e.first, e.last, e.event_type, fold(e.title or "")))
    facts.focus_areas = _first_by(facts.focus_areas, lambda a: (a.organization, a.subject_metric, a.label))
    facts.organizations = _first_by(facts.organizations, lambda o: (o.canonical, o.surface))


def _counted_in(metric: Metric, page: int, quote: str) -> bool:
    """Whether a metric's number was read in a finding's words or its row's cells before them, on the line its words
    open (where its focus says; its whole quote else)."""
    if page != metric.evidence.page or not quote.strip() or quote not in metric.evidence.quote:
        return False
    at = metric.evidence.quote.index(quote)
    row = metric.evidence.quote.rfind("\n", 0, at) + 1  # a table's row: the cells before the finding's on its line
    focus = metric.evidence.focus
    return not focus or any(row <= start and end <= at + len(quote) for start, end in focus)
