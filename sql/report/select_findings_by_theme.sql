-- Findings counted per organization, theme and finding type, each count with
-- the quoted words of its first $max_quotes findings (by document and page).
-- Findings without a theme count as 'unassigned'. Findings come from the
-- trusted layer, as the marts' do.
with
findings as (
    select * from trusted.findings
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
        coalesce(o.canonical_name, '(organization not named)') as organization,
        coalesce(f.theme, 'unassigned') as theme,
        f.finding_type,
        count(*) as findings,
        list_slice(
            list(
                struct_pack(source_path := d.source_path, page := f.page, quote := f.evidence)
                order by d.source_path, f.page, f.finding_id
            ),
            1,
            $max_quotes
        ) as citations
    from findings as f
    inner join documents as d using (document_id)
    left join organizations as o using (organization_id)
    group by all
)

select * from final
order by theme, organization, organization_id, finding_type;
