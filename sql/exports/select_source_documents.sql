-- Documents whose facts stand behind a benchmark ($scheme, $cycle): the facts
-- its star ratings and indicators were computed from (the marts' lineage), the
-- recognitions benchmark.csv lists, and the findings and metrics of
-- findings.csv and metrics.csv (the same rows as select_findings_rows.sql and
-- select_metrics_rows.sql), all from the trusted layer.
with
scope as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

rating_inputs as (
    select organization_id, fact_table, fact_id from mart.star_rating_inputs where scheme = $scheme and cycle_year = $cycle
),

indicator_inputs as (
    select organization_id, fact_table, fact_id from mart.indicator_inputs where cycle_year = $cycle
),

evidence as (
    select fact_table, fact_id, document_id from trusted.fact_evidence
),

recognitions as (
    select organization_id, document_id from trusted.recognitions where scheme = $scheme and year = $cycle
),

findings as (
    select organization_id, document_id from trusted.findings where cycle_year = $cycle or cycle_year is null
),

metrics as (
    select organization_id, document_id from trusted.reported_metrics where period_year = $cycle
),

documents as (
    select document_id, source_path, sha256 from core.documents
),

inputs as (
    select organization_id, fact_table, fact_id from rating_inputs
    union all
    select organization_id, fact_table, fact_id from indicator_inputs
),

lineage as (
    select n.organization_id, e.document_id
    from inputs as n
    inner join evidence as e using (fact_table, fact_id)
),

used as (
    select * from lineage
    union
    select * from recognitions
    union
    select * from findings
    union
    select * from metrics
),

final as (
    select distinct
        d.document_id,
        d.source_path,
        d.sha256
    from used as u
    inner join scope as s using (organization_id)
    inner join documents as d using (document_id)
)

select * from final
order by source_path, document_id;
