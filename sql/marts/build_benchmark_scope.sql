-- Who is in the benchmark of each scheme and cycle: organizations recognized
-- or rated in it, and organizations whose metrics a document of that scheme
-- reports for that cycle.
insert into mart.benchmark_scope
with
recognized as (
    select distinct scheme, year as cycle_year, organization_id, 'recognition' as source
    from core.recognitions
    where year is not null and organization_id is not null and not low_confidence
),

rated as (
    select distinct scheme, cycle_year, organization_id, 'star_rating' as source
    from mart.star_ratings
    where cycle_year is not null
),

assessed as (
    select distinct d.scheme, m.period_year as cycle_year, m.organization_id, 'assessment' as source
    from core.reported_metrics as m
    inner join core.documents as d using (document_id)
    where d.scheme is not null and m.period_year is not null and m.organization_id is not null and not m.low_confidence
),

final as (
    select * from recognized
    union
    select * from rated
    union
    select * from assessed
)

select * from final
qualify row_number() over (partition by scheme, cycle_year, organization_id order by source) = 1;
