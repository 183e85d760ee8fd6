-- Star ratings per organization, scheme and cycle, each with the quoted words
-- behind its stars (the recognition or total score mart.star_ratings took them
-- from) and behind its points (the total score they are), as the mart recorded
-- them in mart.star_rating_inputs.
with
ratings as (
    select * from mart.star_ratings
),

inputs as (
    select * from mart.star_rating_inputs
),

evidence as (
    select fact_table, fact_id, document_id, page, evidence from trusted.fact_evidence
),

organizations as (
    select organization_id, canonical_name, country from core.organizations
),

bands as (
    select scheme, level_code, label_en from ref.star_bands
),

documents as (
    select document_id, source_path from core.documents
),

quotes as (
    select
        n.organization_id,
        n.cycle_year,
        n.scheme,
        n.role,
        struct_pack(source_path := d.source_path, page := e.page, quote := e.evidence) as citation
    from inputs as n
    inner join evidence as e using (fact_table, fact_id)
    inner join documents as d using (document_id)
),

citations as (
    select
        organization_id,
        cycle_year,
        scheme,
        list(distinct citation order by citation) filter (where role = 'stars') as star_citations,
        list(distinct citation order by citation) filter (where role = 'points') as point_citations
    from quotes
    group by all
),

final as (
    select
        g.organization_id,
        o.canonical_name as organization,
        o.country,
        g.scheme,
        g.cycle_year,
        g.stars,
        g.points,
        g.level_code,
        b.label_en as level,
        g.basis,
        g.disagrees,
        coalesce(c.star_citations, []) as star_citations,
        coalesce(c.point_citations, []) as point_citations
    from ratings as g
    inner join organizations as o using (organization_id)
    left join bands as b on g.scheme = b.scheme and g.level_code = b.level_code
    left join citations as c
        on
            g.organization_id = c.organization_id
            and g.cycle_year is not distinct from c.cycle_year
            and g.scheme = c.scheme
)

select * from final
order by stars desc nulls last, points desc nulls last, organization, scheme, cycle_year;
