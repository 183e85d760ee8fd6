-- The core schema, part two: the facts read from the documents.
-- Every fact row carries its evidence: document_id, page and the quoted words,
-- and the quote is found verbatim in core.pages.text of that page; on an OCRed
-- page, evidence_confidence and low_confidence say how sure the reading was.
-- fact_id is made from the fact's place: the document's sha256, the kind of
-- fact, the page, the quoted words and the value's span in them, so re-runs and
-- extractor versions that find the same words give the same id.
-- review_status is what a person said of the fact (raw/corrections.csv):
-- extracted (nobody yet), confirmed, corrected, rejected (kept here, left out
-- of every mart, rating, report and export: trusted.usable) or added (a fact
-- the extractor missed).
create table core.reported_metrics (
    fact_id varchar,
    metric_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    organization_basis varchar,
    metric_code varchar not null,
    value double not null,
    unit varchar,
    period_year integer,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    extractor varchar,
    review_status varchar not null default 'extracted'
);
comment on table core.reported_metrics is 'Counts and figures a document reports as achieved (never targets or plans), one row per metric, organization and period.';
comment on column core.reported_metrics.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.reported_metrics.metric_id is 'Stable id of the row, the same as fact_id.';
comment on column core.reported_metrics.document_id is 'Document that reports the figure.';
comment on column core.reported_metrics.organization_id is 'Organization the figure belongs to. NULL when the document names no organization the fact can be attributed to (a news page about a company, an unnamed unit); marts that need an organization leave such rows out.';
comment on column core.reported_metrics.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.reported_metrics.metric_code is 'Code from ref.metric_catalog (strengths, improvement_areas, ...).';
comment on column core.reported_metrics.value is 'The figure as a number (words and digits in any script read).';
comment on column core.reported_metrics.unit is 'count, percent or hours.';
comment on column core.reported_metrics.period_year is 'Gregorian year the figure refers to (a Solar Hijri year 1401 is stored as 2022, the year it starts in).';
comment on column core.reported_metrics.page is 'Page of the evidence.';
comment on column core.reported_metrics.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.reported_metrics.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.reported_metrics.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.reported_metrics.extractor is 'Rule that produced the row (language and rule id).';
comment on column core.reported_metrics.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';

create table core.findings (
    fact_id varchar,
    finding_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    organization_basis varchar,
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
    low_confidence boolean not null,
    review_status varchar not null default 'extracted'
);
comment on table core.findings is 'Strengths, areas for improvement, best practices and improvement projects (or the areas they fall into), one row per finding.';
comment on column core.findings.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.findings.finding_id is 'Stable id of the finding, the same as fact_id.';
comment on column core.findings.document_id is 'Document the finding comes from.';
comment on column core.findings.organization_id is 'Assessed organization. NULL when the document names no organization the fact can be attributed to (a news page about a company, an unnamed unit); marts that need an organization leave such rows out.';
comment on column core.findings.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.findings.cycle_year is 'Assessment cycle (Gregorian year).';
comment on column core.findings.framework is 'Framework (a code of ref.frameworks), NULL when the document names none.';
comment on column core.findings.criterion_code is 'Criterion number within the framework (1..9), NULL when not stated.';
comment on column core.findings.item_code is 'Item within the criterion when the framework numbers items (Baldrige 4.1), else NULL.';
comment on column core.findings.theme is 'Shared theme (leadership, strategy, people, stakeholders, resources, processes, results) so frameworks compare.';
comment on column core.findings.finding_type is 'Kind of finding (a code of ref.finding_types).';
comment on column core.findings.text is 'The finding as written.';
comment on column core.findings.language is 'Language of the text.';
comment on column core.findings.page is 'Page of the evidence.';
comment on column core.findings.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.findings.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.findings.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.findings.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';

create table core.scores (
    fact_id varchar,
    document_id varchar not null,
    organization_id varchar,
    organization_basis varchar,
    cycle_year integer,
    framework varchar,
    criterion_code varchar,
    points double not null,
    max_points double,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    review_status varchar not null default 'extracted'
);
comment on table core.scores is 'Points from assessment score profiles, per criterion and total.';
comment on column core.scores.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.scores.document_id is 'Document that reports the score.';
comment on column core.scores.organization_id is 'Assessed organization. NULL when the document names no organization the fact can be attributed to (a news page about a company, an unnamed unit); marts that need an organization leave such rows out.';
comment on column core.scores.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.scores.cycle_year is 'Assessment cycle (Gregorian year).';
comment on column core.scores.framework is 'Framework (a code of ref.frameworks).';
comment on column core.scores.criterion_code is 'Criterion number; NULL for the total score.';
comment on column core.scores.points is 'Points awarded.';
comment on column core.scores.max_points is 'Maximum points of the criterion or of the total (1000 for EFQM and Baldrige totals).';
comment on column core.scores.page is 'Page of the evidence.';
comment on column core.scores.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.scores.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.scores.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.scores.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';

create table core.recognitions (
    fact_id varchar,
    recognition_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    organization_basis varchar,
    scheme varchar not null,
    level varchar,
    stars integer,
    year integer,
    awarded_on date,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    review_status varchar not null default 'extracted'
);
comment on table core.recognitions is 'Awards, labels, star levels and certificates an organization received (never ones hoped for, applied to or announced).';
comment on column core.recognitions.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.recognitions.recognition_id is 'Stable id of the row, the same as fact_id.';
comment on column core.recognitions.document_id is 'Document that reports the recognition.';
comment on column core.recognitions.organization_id is 'Recognized organization. NULL when the document names no organization the fact can be attributed to (a news page about a company, an unnamed unit); marts that need an organization leave such rows out.';
comment on column core.recognitions.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.recognitions.scheme is 'Scheme of the award (a code of ref.schemes).';
comment on column core.recognitions.level is 'Level or title as named by the awarding body (e.g. ISO 9001, Recognised by EFQM 5 Star, تندیس بلورین).';
comment on column core.recognitions.stars is 'Star level when the body states one.';
comment on column core.recognitions.year is 'Year the recognition was received (Gregorian); NULL when the document does not say (a standard''s edition such as ISO 9001:2008 is not a year of award).';
comment on column core.recognitions.awarded_on is 'Date of award or ceremony when stated.';
comment on column core.recognitions.page is 'Page of the evidence.';
comment on column core.recognitions.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.recognitions.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.recognitions.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.recognitions.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';

create table core.events (
    fact_id varchar,
    event_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    organization_basis varchar,
    event_date date,
    event_date_end date,
    date_precision varchar,
    event_type varchar,
    title varchar,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    review_status varchar not null default 'extracted'
);
comment on table core.events is 'Dated activities: trainings, meetings, workshops, ceremonies, signings and approvals.';
comment on column core.events.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.events.event_id is 'Stable id of the row, the same as fact_id.';
comment on column core.events.document_id is 'Document that reports the event.';
comment on column core.events.organization_id is 'Organization that held or underwent the event. NULL when the document names no organization the fact can be attributed to (a news page about a company, an unnamed unit); marts that need an organization leave such rows out.';
comment on column core.events.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.events.event_date is 'First day of the event (or of the month or year when precision says so).';
comment on column core.events.event_date_end is 'Last day of the event; equal to event_date for a one-day event.';
comment on column core.events.date_precision is 'day, month or year.';
comment on column core.events.event_type is 'training, meeting, workshop, ceremony, award, signing, approval, launch, assessment or other.';
comment on column core.events.title is 'What happened, as named in the document.';
comment on column core.events.page is 'Page of the evidence.';
comment on column core.events.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.events.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.events.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.events.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';

create table core.targets (
    fact_id varchar,
    target_id varchar primary key,
    document_id varchar not null,
    organization_id varchar,
    organization_basis varchar,
    target_code varchar,
    title varchar not null,
    target_value double,
    period_year integer,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    review_status varchar not null default 'extracted'
);
comment on table core.targets is 'Goals and planned figures (never mixed with reported achievements).';
comment on column core.targets.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.targets.target_id is 'Stable id of the row, the same as fact_id.';
comment on column core.targets.document_id is 'Document that states the target.';
comment on column core.targets.organization_id is 'Organization that set the target. NULL when the document names no organization the fact can be attributed to (a news page about a company, an unnamed unit); marts that need an organization leave such rows out.';
comment on column core.targets.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.targets.target_code is 'Numbering of the target in the document (e.g. H1.9 = goal 1, item 9).';
comment on column core.targets.title is 'The target as written.';
comment on column core.targets.target_value is 'The planned figure when the target states one.';
comment on column core.targets.period_year is 'Year the target is set for.';
comment on column core.targets.page is 'Page of the evidence.';
comment on column core.targets.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.targets.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.targets.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.targets.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';

create table core.peer_links (
    fact_id varchar,
    document_id varchar not null,
    organization_id varchar not null,
    organization_basis varchar,
    peer_organization_id varchar not null,
    link_type varchar not null,
    topic varchar,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    review_status varchar not null default 'extracted'
);
comment on table core.peer_links is 'Pairs of organizations that learn from or work with each other (expert exchange pairs, sister cities).';
comment on column core.peer_links.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.peer_links.document_id is 'Document that states the link.';
comment on column core.peer_links.organization_id is 'First organization of the pair, as listed; a pair one of whose ends could not be told is set aside (core.rejected_facts).';
comment on column core.peer_links.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.peer_links.peer_organization_id is 'Second organization of the pair.';
comment on column core.peer_links.link_type is 'expert_exchange, sister_city or benchmarking.';
comment on column core.peer_links.topic is 'Subject of the link when stated.';
comment on column core.peer_links.page is 'Page of the evidence.';
comment on column core.peer_links.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.peer_links.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.peer_links.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.peer_links.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';

create table core.fact_sources (
    fact_table varchar not null,
    fact_id varchar not null,
    document_id varchar not null,
    page integer,
    evidence varchar not null,
    kept boolean not null
);
comment on table core.fact_sources is 'Every document that said a metric, recognition, score or peer link the core keeps once: one row per saying, the kept one included. A fact said by several documents is corroborated here, not lost; facts a person added have none.';
comment on column core.fact_sources.fact_table is 'Which core table the fact is in: reported_metrics, recognitions, scores or peer_links.';
comment on column core.fact_sources.fact_id is 'The fact kept in that table (its fact_id).';
comment on column core.fact_sources.document_id is 'A document that says it.';
comment on column core.fact_sources.page is 'Page of that document the words are on.';
comment on column core.fact_sources.evidence is 'The words that document says it with, verbatim from core.pages.text.';
comment on column core.fact_sources.kept is 'True for the saying the core row quotes (the first document by path), false for the others.';

create table core.focus_areas (
    fact_id varchar,
    document_id varchar not null,
    organization_id varchar,
    organization_basis varchar,
    cycle_year integer,
    subject_metric varchar not null,
    label varchar not null,
    theme varchar,
    share_pct double,
    page integer,
    evidence varchar not null,
    evidence_confidence double,
    low_confidence boolean not null,
    review_status varchar not null default 'extracted'
);
comment on table core.focus_areas is 'Areas into which a reported share of findings or projects falls (e.g. 75% of improvement projects in six areas), mapped to themes.';
comment on column core.focus_areas.fact_id is 'Id of the fact from its place (see the top of this file); raw/corrections.csv names facts by it.';
comment on column core.focus_areas.document_id is 'Document that names the areas.';
comment on column core.focus_areas.organization_id is 'Organization whose findings or projects are meant. NULL when the document names no organization the fact can be attributed to (a news page about a company, an unnamed unit); marts that need an organization leave such rows out.';
comment on column core.focus_areas.organization_basis is 'How the organization was found (ref.codes, organization_basis): named in the sentence, first_person, heading, own_site, document_subject, reviewed (a person set it), or not_found (organization_id is NULL: never the document''s organization by default).';
comment on column core.focus_areas.cycle_year is 'Assessment cycle (Gregorian year).';
comment on column core.focus_areas.subject_metric is 'What falls into the areas: a metric_code such as improvement_projects.';
comment on column core.focus_areas.label is 'The area as named in the document.';
comment on column core.focus_areas.theme is 'Shared theme of the area (ref.themes), NULL when no theme fits.';
comment on column core.focus_areas.share_pct is 'Share (percent) of the subject that the listed areas hold together.';
comment on column core.focus_areas.page is 'Page of the evidence.';
comment on column core.focus_areas.evidence is 'The quoted words, verbatim from core.pages.text.';
comment on column core.focus_areas.evidence_confidence is 'Lowest OCR confidence (0-100) of the quoted words when the page was read from its image; NULL when it has a text layer.';
comment on column core.focus_areas.low_confidence is 'True when a quoted word came back from OCR with a confidence below 60, or a number whose glyphs could not be settled: check the source before trusting this row. Marts leave such rows out.';
comment on column core.focus_areas.review_status is 'What a person said of it (raw/corrections.csv): extracted, confirmed, corrected, rejected or added.';
