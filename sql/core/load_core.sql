-- Core tables from the staging Parquet files (schema staging, loaded by the
-- build). Staging already holds typed columns; here rows are filtered and
-- de-duplicated:
--   * facts of a document that repeats another one (duplicate_of) are dropped,
--     so the same text arriving as PDF and HTML is counted once;
--   * metric rows that say the same figure for the same organization, code and
--     period in several documents are kept once (the first document by path).
insert into core.documents
select
    document_id, source_path, sha256, media_type, size_bytes, doc_kind, language, title,
    published_on, source_url, cycle_year, scheme, page_count, status, error, error_reason,
    duplicate_of, reader_version, extractor_version
from staging.documents;

insert into core.pages
select document_id, page_number, language, engine, text, ocr_confidence
from staging.pages;

insert into core.organizations
select organization_id, canonical_name, org_type, country, parent_organization_id
from staging.organizations;

insert into core.organization_aliases
select distinct organization_id, alias, language
from staging.organization_aliases;

insert into core.reported_metrics
with
original_documents as (
    select document_id, source_path from staging.documents where duplicate_of is null and status = 'ok'
),

ranked as (
    select
        m.*,
        row_number() over (
            partition by m.organization_id, m.metric_code, m.value, m.period_year
            order by d.source_path, m.page
        ) as copy_number
    from staging.metrics as m
    inner join original_documents as d using (document_id)
),

final as (
    select
        r.metric_id, r.document_id, r.organization_id, r.metric_code, r.value,
        c.unit, r.period_year, r.page, r.evidence, r.evidence_confidence, r.low_confidence, r.extractor
    from ranked as r
    left join ref.metric_catalog as c using (metric_code)
    where r.copy_number = 1
)

select * from final;

insert into core.recognitions
select r.recognition_id, r.document_id, r.organization_id, r.scheme, r.level, r.stars, r.year, r.awarded_on, r.page, r.evidence, r.evidence_confidence, r.low_confidence
from staging.recognitions as r
inner join staging.documents as d using (document_id)
where d.duplicate_of is null
qualify row_number() over (
    partition by r.organization_id, r.scheme, lower(coalesce(r.level, '')), coalesce(r.year, -1)
    order by d.source_path
) = 1;

insert into core.events
select e.event_id, e.document_id, e.organization_id, e.event_date, e.event_date_end, e.date_precision, e.event_type, e.title, e.page, e.evidence, e.evidence_confidence, e.low_confidence
from staging.events as e
inner join staging.documents as d using (document_id)
where d.duplicate_of is null
qualify row_number() over (partition by e.event_id order by d.source_path) = 1;

insert into core.targets
select t.target_id, t.document_id, t.organization_id, t.target_code, t.title, t.target_value, t.period_year, t.page, t.evidence, t.evidence_confidence, t.low_confidence
from staging.targets as t
inner join staging.documents as d using (document_id)
where d.duplicate_of is null;

insert into core.peer_links
select p.document_id, p.organization_id, p.peer_organization_id, p.link_type, p.topic, p.page, p.evidence, p.evidence_confidence, p.low_confidence
from staging.peer_links as p
inner join staging.documents as d using (document_id)
where d.duplicate_of is null
qualify row_number() over (
    partition by p.organization_id, p.peer_organization_id, p.link_type order by d.source_path
) = 1;

insert into core.focus_areas
select f.document_id, f.organization_id, f.cycle_year, f.subject_metric, f.label, f.theme, f.share_pct, f.page, f.evidence, f.evidence_confidence, f.low_confidence
from staging.focus_areas as f
inner join staging.documents as d using (document_id)
where d.duplicate_of is null;

-- Findings take their theme from the framework's criterion (ref.criteria), so
-- that organizations assessed under different frameworks compare.
insert into core.findings
select
    f.finding_id, f.document_id, f.organization_id, f.cycle_year, f.framework, f.criterion_code, f.item_code,
    c.theme, f.finding_type, f.text, f.language, f.page, f.evidence, f.evidence_confidence, f.low_confidence
from staging.findings as f
inner join staging.documents as d using (document_id)
left join ref.criteria as c on c.framework = f.framework and c.criterion_code = f.criterion_code
where d.duplicate_of is null;

insert into core.scores
select s.document_id, s.organization_id, s.cycle_year, s.framework, s.criterion_code, s.points, s.max_points, s.page, s.evidence, s.evidence_confidence, s.low_confidence
from staging.scores as s
inner join staging.documents as d using (document_id)
where d.duplicate_of is null
qualify row_number() over (
    partition by s.organization_id, s.cycle_year, s.framework, s.criterion_code order by d.source_path, s.page
) = 1;
