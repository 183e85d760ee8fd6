-- Findings of the organizations in a benchmark ($scheme, $cycle), with
-- evidence: those of the cycle and those whose cycle the document does not
-- state. Findings come from the trusted layer, as the marts' do.
with
scope as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

findings as (
    select * from trusted.findings where cycle_year = $cycle or cycle_year is null
),

organizations as (
    select organization_id, canonical_name from core.organizations
),

documents as (
    select document_id, source_path from core.documents
),

final as (
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
        f.evidence,
        f.organization_basis,
        f.finding_id
    from findings as f
    inner join scope as s using (organization_id)
    inner join organizations as o using (organization_id)
    inner join documents as d using (document_id)
)

select * exclude (finding_id) from final
order by canonical_name, finding_type, criterion_code, text, finding_id;
