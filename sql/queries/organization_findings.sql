-- An organization's findings by theme and criterion, with the quoted evidence (trusted: none a person rejected or OCR was unsure of).
-- param: organization = | canonical name or any alias (any language) | required; values: organization
select
    f.cycle_year,
    f.theme,
    f.framework,
    f.criterion_code,
    f.finding_type,
    f.text,
    d.source_path,
    f.page
from trusted.findings as f
inner join core.documents as d using (document_id)
where f.organization_id in (
    select organization_id from core.organization_aliases where lower(alias) = lower($organization)
    union
    select organization_id from core.organizations where lower(canonical_name) = lower($organization)
)
order by f.cycle_year, f.theme, f.criterion_code, f.finding_type, f.text;
