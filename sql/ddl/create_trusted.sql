-- The trusted layer: the core facts the marts, the report and the exports may
-- use. The low-confidence and review rules are applied here and nowhere else: a fact whose
-- quoted words OCR was unsure of (core.*.low_confidence) stays in core for a
-- person to check, and is left out of every figure, rank and citation.
create schema if not exists trusted;

-- A fact is used when a person did not reject it (raw/corrections.csv) and
-- either OCR was sure of its words or a person confirmed, corrected or added it.
create macro trusted.usable(low_confidence, review_status) as
review_status <> 'rejected' and (not low_confidence or review_status in ('confirmed', 'corrected', 'added'));

create view trusted.reported_metrics as
select * exclude (low_confidence) from core.reported_metrics
where trusted.usable(low_confidence, review_status);
comment on view trusted.reported_metrics is 'core.reported_metrics without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them): the figures the marts, report and exports use.';

create view trusted.findings as
select * exclude (low_confidence) from core.findings
where trusted.usable(low_confidence, review_status);
comment on view trusted.findings is 'core.findings without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them).';

-- core.scores has no id of its own: one is made from what makes a score row
-- unique in core (its document, organization, cycle, framework and criterion),
-- so that mart lineage can name the score a value comes from
create view trusted.scores as
with
scores as (
    select * exclude (low_confidence) from core.scores
    where trusted.usable(low_confidence, review_status)
),

final as (
    select
        's_' || left(sha256(concat_ws(
            chr(31),
            document_id,
            coalesce(organization_id, ''),
            coalesce(cycle_year::varchar, ''),
            coalesce(framework, ''),
            coalesce(criterion_code, '')
        )), 16) as score_id,
        *
    from scores
)

select * from final;
comment on view trusted.scores is 'core.scores without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them), each with an id.';
comment on column trusted.scores.score_id is 'Stable id of the score row, made from its document, organization, cycle, framework and criterion (core.scores has no id column).';

create view trusted.recognitions as
select * exclude (low_confidence) from core.recognitions
where trusted.usable(low_confidence, review_status);
comment on view trusted.recognitions is 'core.recognitions without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them).';

create view trusted.events as
select * exclude (low_confidence) from core.events
where trusted.usable(low_confidence, review_status);
comment on view trusted.events is 'core.events without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them).';

create view trusted.targets as
select * exclude (low_confidence) from core.targets
where trusted.usable(low_confidence, review_status);
comment on view trusted.targets is 'core.targets without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them).';

create view trusted.peer_links as
select * exclude (low_confidence) from core.peer_links
where trusted.usable(low_confidence, review_status);
comment on view trusted.peer_links is 'core.peer_links without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them).';

create view trusted.focus_areas as
select * exclude (low_confidence) from core.focus_areas
where trusted.usable(low_confidence, review_status);
comment on view trusted.focus_areas is 'core.focus_areas without the rows a person rejected or whose quoted words OCR was unsure of (unless a person confirmed them).';

-- one shape for the evidence of any fact, so lineage (fact_table, fact_id)
-- finds its document, page and quote with a single join
create view trusted.fact_evidence as
with
metrics as (
    select 'reported_metrics' as fact_table, metric_id as fact_id, document_id, organization_id, page, evidence
    from trusted.reported_metrics
),

findings as (
    select 'findings' as fact_table, finding_id as fact_id, document_id, organization_id, page, evidence
    from trusted.findings
),

scores as (
    select 'scores' as fact_table, score_id as fact_id, document_id, organization_id, page, evidence
    from trusted.scores
),

recognitions as (
    select 'recognitions' as fact_table, recognition_id as fact_id, document_id, organization_id, page, evidence
    from trusted.recognitions
),

final as (
    select * from metrics
    union all
    select * from findings
    union all
    select * from scores
    union all
    select * from recognitions
)

select * from final;
comment on view trusted.fact_evidence is 'Where every trusted metric, finding, score and recognition was read, in one shape: what mart.indicator_inputs and mart.star_rating_inputs join to for the quoted words.';
comment on column trusted.fact_evidence.fact_table is 'Table of the fact: reported_metrics, findings, scores or recognitions.';
comment on column trusted.fact_evidence.fact_id is 'Id of the fact in its table (metric_id, finding_id, score_id of trusted.scores, recognition_id).';
comment on column trusted.fact_evidence.document_id is 'Document the fact was read from.';
comment on column trusted.fact_evidence.organization_id is 'Organization of the fact (NULL when the document names none).';
comment on column trusted.fact_evidence.page is 'Page of the evidence.';
comment on column trusted.fact_evidence.evidence is 'The quoted words, verbatim from core.pages.text.';
