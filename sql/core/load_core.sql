-- Core tables from the staging Parquet files (schema staging, loaded by the
-- build) after screen_facts.sql. Staging already holds typed columns; here rows
-- are filtered and de-duplicated:
--   * facts set aside by the screening (staging.set_aside) are left out and
--     kept in core.rejected_facts with their reason;
--   * facts of a document that repeats another one (duplicate_of) are dropped,
--     so the same text arriving as PDF and HTML is counted once;
--   * metric rows that say the same figure for the same organization, code and
--     period in several documents are kept once (the first document by path),
--     and so are recognitions, scores (the same points for the same criterion,
--     cycle and framework) and peer links said by several documents; two
--     documents giving different points are two facts, so a disagreement shows;
--     core.fact_sources keeps every document that said each of them (one row
--     per saying, the kept one included), so a fact read twice is corroborated,
--     not lost.
-- A fact with no organization is no fact about every unattributed
-- organization at once: it is de-duplicated within its document only.
-- Every tie is broken down to the row's content, so re-runs pick the same row.
insert into core.documents by name
select
    document_id, source_path, sha256, media_type, size_bytes, doc_kind, language, title,
    published_on, source_url, cycle_year, scheme, page_count, status, error, error_reason,
    duplicate_of, reader_version, extractor_version
from staging.documents;

insert into core.pages by name
select document_id, page_number, language, engine, text, ocr_confidence, ocr_reason
from staging.pages;

insert into core.organizations by name
select organization_id, canonical_name, org_type, country, parent_organization_id
from staging.organizations;

insert into core.organization_aliases by name
select organization_id, alias, language
from staging.organization_aliases
qualify row_number() over (partition by organization_id, alias order by language nulls last) = 1;

insert into core.rejected_facts by name
select document_id, fact_table, fact_index, organization_id, page, evidence, field, value, reason, message
from staging.set_aside;

-- each metric row with the copy it is of: the first by document path stands for the others
create table staging.metric_copies as
with
original_documents as (
    select document_id, source_path from staging.documents where duplicate_of is null and status = 'ok'
),

metrics as (
    select m.* from staging.metrics as m
    anti join staging.set_aside as s on s.fact_table = 'reported_metrics' and s.document_id = m.document_id and s.fact_index = m.fact_index
)

select
    m.*,
    row_number() over copies as copy_number,
    first_value(m.fact_id) over copies as kept_fact_id
from metrics as m
inner join original_documents as d using (document_id)
window copies as (
    partition by coalesce(m.organization_id, 'document:' || m.document_id), m.metric_code, m.value, m.period_year
    order by d.source_path, m.page, m.evidence, m.metric_id
);

insert into core.reported_metrics by name
select
    r.fact_id, r.metric_id, r.document_id, r.organization_id, r.organization_basis, r.metric_code, r.value,
    c.unit, r.period_year, r.page, r.evidence, r.evidence_confidence, r.low_confidence, r.extractor
from staging.metric_copies as r
left join ref.metric_catalog as c using (metric_code)
where r.copy_number = 1;

create table staging.recognition_copies as
with
recognitions as (
    select r.* from staging.recognitions as r
    anti join staging.set_aside as s on s.fact_table = 'recognitions' and s.document_id = r.document_id and s.fact_index = r.fact_index
)

select
    r.*,
    row_number() over copies as copy_number,
    first_value(r.fact_id) over copies as kept_fact_id
from recognitions as r
inner join staging.documents as d using (document_id)
where d.duplicate_of is null
window copies as (
    partition by coalesce(r.organization_id, 'document:' || r.document_id), r.scheme, lower(coalesce(r.level, '')), coalesce(r.year, -1)
    order by d.source_path, r.page, r.evidence, r.recognition_id
);

insert into core.recognitions by name
select
    fact_id, recognition_id, document_id, organization_id, organization_basis, scheme, level, stars, year, awarded_on, page, evidence,
    evidence_confidence, low_confidence
from staging.recognition_copies
where copy_number = 1;

insert into core.events by name
with
events as (
    select e.* from staging.events as e
    anti join staging.set_aside as s on s.fact_table = 'events' and s.document_id = e.document_id and s.fact_index = e.fact_index
),

final as (
    select e.fact_id, e.event_id, e.document_id, e.organization_id, e.organization_basis, e.event_date, e.event_date_end, e.date_precision, e.event_type, e.title, e.page, e.evidence, e.evidence_confidence, e.low_confidence
    from events as e
    inner join staging.documents as d using (document_id)
    where d.duplicate_of is null
    -- the same document, organization, dates, type and title: a block repeated on the page is one event
    qualify row_number() over (
        partition by e.document_id, e.organization_id, e.event_date, e.event_date_end, e.date_precision, e.event_type, e.title
        order by e.page, e.evidence, e.fact_index
    ) = 1
)

select * from final;

insert into core.targets by name
with
targets as (
    select t.* from staging.targets as t
    anti join staging.set_aside as s on s.fact_table = 'targets' and s.document_id = t.document_id and s.fact_index = t.fact_index
),

final as (
    select t.fact_id, t.target_id, t.document_id, t.organization_id, t.organization_basis, t.target_code, t.title, t.target_value, t.period_year, t.page, t.evidence, t.evidence_confidence, t.low_confidence
    from targets as t
    inner join staging.documents as d using (document_id)
    where d.duplicate_of is null
    -- the same document and the whole target: the same target stated twice is one
    qualify row_number() over (
        partition by t.document_id, t.organization_id, t.target_code, t.title, t.target_value, t.period_year
        order by t.page, t.evidence, t.fact_index
    ) = 1
)

select * from final;

create table staging.peer_link_copies as
with
peer_links as (
    select p.* from staging.peer_links as p
    anti join staging.set_aside as s on s.fact_table = 'peer_links' and s.document_id = p.document_id and s.fact_index = p.fact_index
)

select
    p.*,
    row_number() over copies as copy_number,
    first_value(p.fact_id) over copies as kept_fact_id
from peer_links as p
inner join staging.documents as d using (document_id)
where d.duplicate_of is null
window copies as (
    partition by p.organization_id, p.peer_organization_id, p.link_type order by d.source_path, p.page, p.evidence, p.fact_index
);

insert into core.peer_links by name
select fact_id, document_id, organization_id, organization_basis, peer_organization_id, link_type, topic, page, evidence, evidence_confidence, low_confidence
from staging.peer_link_copies
where copy_number = 1;

insert into core.focus_areas by name
select f.fact_id, f.document_id, f.organization_id, f.organization_basis, f.cycle_year, f.subject_metric, f.label, f.theme, f.share_pct, f.page, f.evidence, f.evidence_confidence, f.low_confidence
from staging.focus_areas as f
inner join staging.documents as d using (document_id)
anti join staging.set_aside as s on s.fact_table = 'focus_areas' and s.document_id = f.document_id and s.fact_index = f.fact_index
where d.duplicate_of is null;

-- Findings take their theme from the framework's criterion (ref.criteria), so
-- that organizations assessed under different frameworks compare, and their
-- cycle from the document (NULL when it was set aside as implausible).
insert into core.findings by name
select
    f.fact_id, f.finding_id, f.document_id, f.organization_id, f.organization_basis, d.cycle_year, f.framework, f.criterion_code, f.item_code,
    c.theme, f.finding_type, f.text, f.language, f.page, f.evidence, f.evidence_confidence, f.low_confidence
from staging.findings as f
inner join staging.documents as d using (document_id)
anti join staging.set_aside as s on s.fact_table = 'findings' and s.document_id = f.document_id and s.fact_index = f.fact_index
left join ref.criteria as c on c.framework = f.framework and c.criterion_code = f.criterion_code
where d.duplicate_of is null;

create table staging.score_copies as
select
    s.*,
    d.cycle_year,
    row_number() over copies as copy_number,
    first_value(s.fact_id) over copies as kept_fact_id
from staging.scores as s
inner join staging.documents as d using (document_id)
anti join staging.set_aside as a on a.fact_table = 'scores' and a.document_id = s.document_id and a.fact_index = s.fact_index
where d.duplicate_of is null
window copies as (
    partition by coalesce(s.organization_id, 'document:' || s.document_id), d.cycle_year, s.framework, s.criterion_code, s.points
    order by d.source_path, s.page, s.evidence, s.points, s.fact_index
);

insert into core.scores by name
select fact_id, document_id, organization_id, organization_basis, cycle_year, framework, criterion_code, points, max_points, page, evidence, evidence_confidence, low_confidence
from staging.score_copies
where copy_number = 1;

-- every document that said a fact kept once: the kept saying and its copies
insert into core.fact_sources by name
select 'reported_metrics' as fact_table, kept_fact_id as fact_id, document_id, page, evidence, copy_number = 1 as kept from staging.metric_copies
union all
select 'recognitions', kept_fact_id, document_id, page, evidence, copy_number = 1 from staging.recognition_copies
union all
select 'scores', kept_fact_id, document_id, page, evidence, copy_number = 1 from staging.score_copies
union all
select 'peer_links', kept_fact_id, document_id, page, evidence, copy_number = 1 from staging.peer_link_copies;

-- Warnings about the inputs (manifest hints dropped, links that loop) travel with the build they concern.
insert into meta.input_warnings by name
select file, row, "column", message, line from staging.input_warnings;
