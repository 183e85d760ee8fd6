-- Findings of the organizations in a benchmark ($scheme, $cycle), with evidence.
select
    f.organization_id,
    o.canonical_name,
    f.cycle_year,
    f.finding_type,
    f.framework,
    f.criterion_code,
    f.theme,
    f.text,
    f.language,
    d.source_path,
    f.page,
    f.evidence
from core.findings as f
inner join mart.benchmark_scope as s
    on s.organization_id = f.organization_id and s.scheme = $scheme and s.cycle_year = $cycle
inner join core.organizations as o on o.organization_id = f.organization_id
inner join core.documents as d on d.document_id = f.document_id
where f.cycle_year = $cycle or f.cycle_year is null
order by o.canonical_name, f.finding_type, f.criterion_code, f.text, f.finding_id;
