-- Who is in the benchmark of each scheme and cycle: organizations recognized
-- or rated in it, and organizations whose metrics a document of that scheme
-- reports for that cycle. Facts come from the trusted layer (no low-confidence rows).
insert into mart.benchmark_scope by name
with
recognitions as (
    select * from trusted.recognitions
),

metrics as (
    select * from trusted.reported_metrics
),

documents as (
    select document_id, scheme from core.documents
),

ratings as (
    select * from mart.star_ratings
),

recognized as (
    select distinct scheme, year as cycle_year, organization_id, 'recognition' as source
    from recognitions
    where year is not null and organization_id is not null
),

rated as (
    select distinct scheme, cycle_year, organization_id, 'star_rating' as source
    from ratings
    where cycle_year is not null
),

assessed as (
    select distinct d.scheme, m.period_year as cycle_year, m.organization_id, 'assessment' as source
    from metrics as m
    inner join documents as d using (document_id)
    where d.scheme is not null and m.period_year is not null and m.organization_id is not null
),

sources as (
    select * from recognized
    union
    select * from rated
    union
    select * from assessed
),

-- one row per organization, scheme and cycle: the first reason by name
final as (
    select * from sources
    qualify row_number() over (partition by scheme, cycle_year, organization_id order by source) = 1
)

select * from final;
