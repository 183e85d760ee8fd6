-- Recognitions received, one row each with its quoted words, in date order
-- (undated ones last). Recognitions come from the trusted layer, as the marts' do.
with
recognitions as (
    select * from trusted.recognitions
),

organizations as (
    select organization_id, canonical_name from core.organizations
),

documents as (
    select document_id, source_path from core.documents
),

final as (
    select
        r.recognition_id,
        r.organization_id,
        coalesce(o.canonical_name, '(organization not named)') as organization,
        r.scheme,
        r.level,
        r.stars,
        r.year,
        cast(r.awarded_on as varchar) as awarded_on,
        [struct_pack(source_path := d.source_path, page := r.page, quote := r.evidence)] as citations
    from recognitions as r
    inner join documents as d using (document_id)
    left join organizations as o using (organization_id)
)

select * from final
order by year nulls last, awarded_on nulls last, organization, scheme, level, recognition_id;
