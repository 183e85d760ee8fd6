-- Reported metrics of the organizations in a benchmark ($scheme, $cycle) for
-- its cycle, with evidence. Metrics come from the trusted layer, as the
-- indicators' do.
with
scope as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

metrics as (
    select * from trusted.reported_metrics where period_year = $cycle
),

organizations as (
    select organization_id, canonical_name from core.organizations
),

documents as (
    select document_id, source_path from core.documents
),

final as (
    select
        m.organization_id,
        o.canonical_name,
        m.period_year,
        m.metric_code,
        m.value,
        m.unit,
        d.source_path,
        m.page,
        m.evidence,
        m.organization_basis,
        m.metric_id
    from metrics as m
    inner join scope as s using (organization_id)
    inner join organizations as o using (organization_id)
    inner join documents as d using (document_id)
)

select * exclude (metric_id) from final
order by canonical_name, metric_code, value, metric_id;
