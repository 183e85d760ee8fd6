-- Reported metrics behind the indicators of a benchmark ($scheme, $cycle), with evidence.
select
    m.organization_id,
    o.canonical_name,
    m.period_year,
    m.metric_code,
    m.value,
    m.unit,
    d.source_path,
    m.page,
    m.evidence
from core.reported_metrics as m
inner join mart.benchmark_scope as s
    on s.organization_id = m.organization_id and s.scheme = $scheme and s.cycle_year = $cycle
inner join core.organizations as o on o.organization_id = m.organization_id
inner join core.documents as d on d.document_id = m.document_id
where m.period_year = $cycle
order by o.canonical_name, m.metric_code, m.value, m.metric_id;
