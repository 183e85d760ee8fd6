-- Star ratings per organization, scheme and cycle, each with the quoted words
-- behind its stars (the recognition or total score mart.star_ratings took
-- them from) and behind its points (the total score of the cycle).
-- Low-confidence rows are left out, as the marts leave them out.
with
ratings as (
    select * from mart.star_ratings
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

recognition_quotes as (
    select r.organization_id, r.year as cycle_year, r.scheme, 'recognition' as kind, d.source_path, r.page, r.evidence
    from core.recognitions as r
    inner join documents as d using (document_id)
    where not r.low_confidence
),

score_quotes as (
    select
        s.organization_id,
        s.cycle_year,
        -- the same framework-to-scheme mapping as build_star_ratings.sql
        case when s.framework in ('efqm2020', 'efqm2013') then 'efqm' else s.framework end as scheme,
        'score' as kind,
        d.source_path,
        s.page,
        s.evidence
    from core.scores as s
    inner join documents as d using (document_id)
    where s.criterion_code is null and not s.low_confidence
),

quotes as (
    select * from recognition_quotes
    union all
    select * from score_quotes
),

-- stars cite the quote the mart took them from; points cite the cycle's total scores
citations as (
    select
        g.organization_id,
        g.cycle_year,
        g.scheme,
        list(distinct struct_pack(source_path := q.source_path, page := q.page, quote := q.evidence))
            filter (where q.evidence = g.evidence) as star_citations,
        list(distinct struct_pack(source_path := q.source_path, page := q.page, quote := q.evidence))
            filter (where q.kind = 'score' and g.points is not null) as point_citations
    from ratings as g
    inner join quotes as q
        on q.organization_id = g.organization_id
        and q.cycle_year is not distinct from g.cycle_year
        and q.scheme = g.scheme
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
    left join bands as b on b.scheme = g.scheme and b.level_code = g.level_code
    left join citations as c
        on c.organization_id = g.organization_id
        and c.cycle_year is not distinct from g.cycle_year
        and c.scheme = g.scheme
)

select * from final
order by stars desc nulls last, points desc nulls last, organization, scheme, cycle_year;
