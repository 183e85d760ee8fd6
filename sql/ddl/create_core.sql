-- The core schema: documents, their pages and the facts read from them.
-- Every fact row carries its evidence: document_id, page and the quoted words,
-- and the quote is found verbatim in core.pages.text of that page.
create schema if not exists core;

create table core.documents (
    document_id varchar primary key,
    source_path varchar not null,
    sha256 varchar,
    media_type varchar,
    size_bytes bigint,
    doc_kind varchar,
    language varchar,
    title varchar,
    published_on date,
    source_url varchar,
    cycle_year integer,
    scheme varchar,
    page_count integer,
    status varchar not null,
    error varchar,
    error_reason varchar,
    duplicate_of varchar,
    reader_version varchar,
    extractor_version varchar
);
comment on table core.documents is 'One row per file found under raw/: what it is, whether it could be read (status ok or quarantined, with the error), and whether it repeats another document.';
comment on column core.documents.document_id is 'Stable id derived from the file content (first 16 hex digits of its SHA-256).';
comment on column core.documents.source_path is 'Path of the file relative to the raw folder.';
comment on column core.documents.sha256 is 'SHA-256 of the file bytes.';
comment on column core.documents.media_type is 'application/pdf, text/html or text/plain; NULL when the type is unknown.';
comment on column core.documents.size_bytes is 'File size in bytes.';
comment on column core.documents.doc_kind is 'news, feedback_report, plan, web_page or other (from the manifest, else inferred).';
comment on column core.documents.language is 'Dominant language of the pages (tr, fa, en, ar).';
comment on column core.documents.title is 'Title from the manifest, the document metadata or its first line.';
comment on column core.documents.published_on is 'Publication date from the manifest or the document itself; used to resolve dates that omit the year.';
comment on column core.documents.source_url is 'Where the document was published (manifest).';
comment on column core.documents.cycle_year is 'Assessment or award cycle the document reports on (Gregorian year), from the manifest or the text.';
comment on column core.documents.scheme is 'Award or assessment scheme the document reports on (efqm, kalder, iran_national, baldrige, eloge, municipal), when it names one.';
comment on column core.documents.page_count is 'Number of pages read (1 for HTML and text files).';
comment on column core.documents.status is 'ok when the document was read, quarantined when it could not be (see error).';
comment on column core.documents.error is 'Why the document was quarantined, in words a person understands.';
comment on column core.documents.error_reason is 'Short code of the quarantine reason: empty, encrypted, damaged, needs_ocr, unsupported_type, not_text, too_large, timeout, crashed, outside_raw.';
comment on column core.documents.duplicate_of is 'document_id of the document this one repeats (same text as a PDF, HTML page or re-published copy); its facts are not counted twice.';
comment on column core.documents.reader_version is 'Version of the text reader that produced the pages.';
comment on column core.documents.extractor_version is 'Version of the fact extractor that produced the facts.';

create table core.pages (
    document_id varchar not null,
    page_number integer not null,
    language varchar,
    engine varchar,
    text varchar,
    ocr_confidence double,
    primary key (document_id, page_number)
);
comment on table core.pages is 'Text of every page in logical reading order, normalized (Arabic presentation forms folded, Persian yeh/kaf unified, ZWNJ kept).';
comment on column core.pages.document_id is 'Document the page belongs to.';
comment on column core.pages.page_number is 'Page number, from 1.';
comment on column core.pages.language is 'Language detected on this page (tr, fa, en, ar).';
comment on column core.pages.engine is 'Reading that produced the text: pdfium (plain text layer), pdfium-bidi (characters placed by geometry and reordered by the Unicode bidi rules), tesseract (OCR of the page image: a scan or a garbled text layer), html or text; unread-scan for a scanned page left empty because OCR is not installed, ocr-timeout for one whose OCR passed the time limit.';
comment on column core.pages.ocr_confidence is 'Mean Tesseract word confidence (0-100, weighted by word length) when the page was OCRed; NULL when it was read from a text layer.';
comment on column core.pages.text is 'Normalized page text in logical order; evidence quotes are substrings of it.';

create table core.organizations (
    organization_id varchar primary key,
    canonical_name varchar not null,
    org_type varchar,
    country varchar,
    parent_organization_id varchar
);
comment on table core.organizations is 'Organizations named in the documents, one id each across languages and spellings.';
comment on column core.organizations.organization_id is 'Stable id derived from the canonical name.';
comment on column core.organizations.canonical_name is 'Preferred name, in the language of the organization''s country.';
comment on column core.organizations.org_type is 'municipality, metropolitan_municipality, municipal_union, municipal_company, municipal_agency, department, association, public_agency or other.';
comment on column core.organizations.country is 'ISO 3166-1 alpha-2 country code (TR, IR, ...), NULL when unknown.';
comment on column core.organizations.parent_organization_id is 'Organization this one belongs to (a department of a municipality, a province of a metropolitan municipality).';

create table core.organization_aliases (
    organization_id varchar not null,
    alias varchar not null,
    language varchar,
    primary key (organization_id, alias)
);
comment on table core.organization_aliases is 'Every name under which an organization appears, in every language and script.';
comment on column core.organization_aliases.organization_id is 'The organization.';
comment on column core.organization_aliases.alias is 'A name or abbreviation of it as written.';
comment on column core.organization_aliases.language is 'Language of the alias (tr, fa, en).';

create table core.reported_metrics (
    metric_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    metric_code varchar not null,
    value double not null,
    unit varchar,
    period_year integer,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    extractor varchar
);
comment on table core.reported_metrics is 'Counts and figures a document reports as achieved (never targets or plans), one row per metric, organization and period.';
comment on column core.reported_metrics.metric_id is 'Stable id of the row.';
comment on column core.reported_metrics.document_id is 'Document that reports the figure.';
comment on column core.reported_metrics.organization_id is 'Organization the figure belongs to.';
comment on column core.reported_metrics.metric_code is 'Code from ref.metric_catalog (strengths, improvement_areas, ...).';
comment on column core.reported_metrics.value is 'The figure as a number (words and digits in any script read).';
comment on column core.reported_metrics.unit is 'count, percent or hours.';
comment on column core.reported_metrics.period_year is 'Gregorian year the figure refers to (a Solar Hijri year 1401 is stored as 2022, the year it starts in).';
comment on column core.reported_metrics.page is 'Page of the evidence.';
comment on column core.reported_metrics.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.reported_metrics.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.reported_metrics.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.reported_metrics.extractor is 'Rule that produced the row (language and rule id).';

create table core.findings (
    finding_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    cycle_year integer,
    framework varchar,
    criterion_code varchar,
    item_code varchar,
    theme varchar,
    finding_type varchar not null,
    text varchar not null,
    language varchar,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null
);
comment on table core.findings is 'Strengths, areas for improvement, best practices and improvement projects (or the areas they fall into), one row per finding.';
comment on column core.findings.finding_id is 'Stable id of the finding.';
comment on column core.findings.document_id is 'Document the finding comes from.';
comment on column core.findings.organization_id is 'Assessed organization.';
comment on column core.findings.cycle_year is 'Assessment cycle (Gregorian year).';
comment on column core.findings.framework is 'efqm2020, efqm2013, baldrige, iran_national, kalder or NULL when the document names none.';
comment on column core.findings.criterion_code is 'Criterion number within the framework (1..9), NULL when not stated.';
comment on column core.findings.item_code is 'Item within the criterion when the framework numbers items (Baldrige 4.1), else NULL.';
comment on column core.findings.theme is 'Shared theme (leadership, strategy, people, stakeholders, resources, processes, results) so frameworks compare.';
comment on column core.findings.finding_type is 'strength, improvement_area, best_practice or improvement_project.';
comment on column core.findings.text is 'The finding as written.';
comment on column core.findings.language is 'Language of the text.';
comment on column core.findings.page is 'Page of the evidence.';
comment on column core.findings.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.findings.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.findings.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';

create table core.scores (
    document_id varchar not null,
    organization_id varchar,
    cycle_year integer,
    framework varchar,
    criterion_code varchar,
    points double not null,
    max_points double,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null
);
comment on table core.scores is 'Points from assessment score profiles, per criterion and total.';
comment on column core.scores.document_id is 'Document that reports the score.';
comment on column core.scores.organization_id is 'Assessed organization.';
comment on column core.scores.cycle_year is 'Assessment cycle (Gregorian year).';
comment on column core.scores.framework is 'Framework code (efqm2020, efqm2013, baldrige, iran_national, kalder).';
comment on column core.scores.criterion_code is 'Criterion number; NULL for the total score.';
comment on column core.scores.points is 'Points awarded.';
comment on column core.scores.max_points is 'Maximum points of the criterion or of the total (1000 for EFQM and Baldrige totals).';
comment on column core.scores.page is 'Page of the evidence.';
comment on column core.scores.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.scores.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.scores.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';

create table core.recognitions (
    recognition_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    scheme varchar not null,
    level varchar,
    stars integer,
    year integer,
    awarded_on date,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null
);
comment on table core.recognitions is 'Awards, labels, star levels and certificates an organization received (never ones hoped for, applied to or announced).';
comment on column core.recognitions.recognition_id is 'Stable id of the row.';
comment on column core.recognitions.document_id is 'Document that reports the recognition.';
comment on column core.recognitions.organization_id is 'Recognized organization.';
comment on column core.recognitions.scheme is 'efqm, kalder, iran_national, baldrige, eloge, iso, municipal or other.';
comment on column core.recognitions.level is 'Level or title as named by the awarding body (e.g. ISO 9001, Recognised by EFQM 5 Star, تندیس بلورین).';
comment on column core.recognitions.stars is 'Star level when the body states one.';
comment on column core.recognitions.year is 'Year the recognition was received (Gregorian); NULL when the document does not say (a standard''s edition such as ISO 9001:2008 is not a year of award).';
comment on column core.recognitions.awarded_on is 'Date of award or ceremony when stated.';
comment on column core.recognitions.page is 'Page of the evidence.';
comment on column core.recognitions.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.recognitions.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.recognitions.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';

create table core.events (
    event_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    event_date date,
    event_date_end date,
    date_precision varchar,
    event_type varchar,
    title varchar,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null
);
comment on table core.events is 'Dated activities: trainings, meetings, workshops, ceremonies, signings and approvals.';
comment on column core.events.event_id is 'Stable id of the row.';
comment on column core.events.document_id is 'Document that reports the event.';
comment on column core.events.organization_id is 'Organization that held or underwent the event.';
comment on column core.events.event_date is 'First day of the event (or of the month or year when precision says so).';
comment on column core.events.event_date_end is 'Last day of the event; equal to event_date for a one-day event.';
comment on column core.events.date_precision is 'day, month or year.';
comment on column core.events.event_type is 'training, meeting, workshop, ceremony, award, signing, approval, launch, assessment or other.';
comment on column core.events.title is 'What happened, as named in the document.';
comment on column core.events.page is 'Page of the evidence.';
comment on column core.events.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.events.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.events.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';

create table core.targets (
    target_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    target_code varchar,
    title varchar not null,
    target_value double,
    period_year integer,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null
);
comment on table core.targets is 'Goals and planned figures (never mixed with reported achievements).';
comment on column core.targets.target_id is 'Stable id of the row.';
comment on column core.targets.document_id is 'Document that states the target.';
comment on column core.targets.organization_id is 'Organization that set the target.';
comment on column core.targets.target_code is 'Numbering of the target in the document (e.g. H1.9 = goal 1, item 9).';
comment on column core.targets.title is 'The target as written.';
comment on column core.targets.target_value is 'The planned figure when the target states one.';
comment on column core.targets.period_year is 'Year the target is set for.';
comment on column core.targets.page is 'Page of the evidence.';
comment on column core.targets.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.targets.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.targets.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';

create table core.peer_links (
    document_id varchar not null,
    organization_id varchar not null,
    peer_organization_id varchar not null,
    link_type varchar not null,
    topic varchar,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null
);
comment on table core.peer_links is 'Pairs of organizations that learn from or work with each other (expert exchange pairs, sister cities).';
comment on column core.peer_links.document_id is 'Document that states the link.';
comment on column core.peer_links.organization_id is 'First organization of the pair, as listed.';
comment on column core.peer_links.peer_organization_id is 'Second organization of the pair.';
comment on column core.peer_links.link_type is 'expert_exchange, sister_city or benchmarking.';
comment on column core.peer_links.topic is 'Subject of the link when stated.';
comment on column core.peer_links.page is 'Page of the evidence.';
comment on column core.peer_links.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.peer_links.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.peer_links.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';

create table core.focus_areas (
    document_id varchar not null,
    organization_id varchar,
    cycle_year integer,
    subject_metric varchar not null,
    label varchar not null,
    theme varchar,
    share_pct double,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null
);
comment on table core.focus_areas is 'Areas into which a reported share of findings or projects falls (e.g. 75% of improvement projects in six areas), mapped to themes.';
comment on column core.focus_areas.document_id is 'Document that names the areas.';
comment on column core.focus_areas.organization_id is 'Organization whose findings or projects are meant.';
comment on column core.focus_areas.cycle_year is 'Assessment cycle (Gregorian year).';
comment on column core.focus_areas.subject_metric is 'What falls into the areas: a metric_code such as improvement_projects.';
comment on column core.focus_areas.label is 'The area as named in the document.';
comment on column core.focus_areas.theme is 'Shared theme of the area (ref.themes), NULL when no theme fits.';
comment on column core.focus_areas.share_pct is 'Share (percent) of the subject that the listed areas hold together.';
comment on column core.focus_areas.page is 'Page of the evidence.';
comment on column core.focus_areas.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.focus_areas.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.focus_areas.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
