-- What changed against the previous published build, recorded in meta.revisions.
-- The previous build's facts, ratings, ranks, documents and id were copied
-- into the temp tables previous_facts, previous_ratings, previous_ranks,
-- previous_documents and previous_build (exbench/warehouse/revisions.py); a
-- first build has none, and records nothing. A change is put down to a
-- correction when this build applied one to the fact (meta.corrections), to a
-- new or removed document when the fact's document is new or gone, else to the
-- extractor (a new version, or organizations resolved anew).
insert into meta.supersedes select build_id from previous_build;

insert into meta.revisions by name
with
this_build as (
    select build_id from meta.builds
),

previous as (
    select build_id from previous_build
),

corrected as (
    select distinct fact_id from meta.corrections where status = 'applied'
),

now_facts as (
    select * from current_facts
),

added as (
    select
        'fact_added' as change, n.fact_table, n.fact_id, n.document_id, n.organization_id, n.year, null as field,
        null as before, n.value as after,
        case
            when n.fact_id in (select fact_id from corrected) then 'correction'
            when n.document_id not in (select document_id from previous_documents) then 'new document'
            else 'extractor change'
        end as reason
    from now_facts as n
    anti join previous_facts as p using (fact_id)
),

removed as (
    select
        'fact_removed' as change, p.fact_table, p.fact_id, p.document_id, p.organization_id, p.year, null as field,
        p.value as before, null as after,
        case
            when p.document_id not in (select document_id from core.documents) then 'document removed'
            else 'extractor change'
        end as reason
    from previous_facts as p
    anti join now_facts as n using (fact_id)
),

pairs as (
    select
        n.fact_table, n.fact_id, n.document_id, n.organization_id, n.year,
        [
            {'field': 'value', 'before': p.value, 'after': n.value},
            {'field': 'organization', 'before': p.organization_id, 'after': n.organization_id},
            {'field': 'year', 'before': p.year::varchar, 'after': n.year::varchar},
            {'field': 'review_status', 'before': p.review_status, 'after': n.review_status}
        ] as fields
    from now_facts as n
    inner join previous_facts as p using (fact_id)
),

changed as (
    select
        'fact_changed' as change, c.fact_table, c.fact_id, c.document_id, c.organization_id, c.year, f.field, f.before, f.after,
        case when c.fact_id in (select fact_id from corrected) or f.field = 'review_status' then 'correction' else 'extractor change' end
            as reason
    from pairs as c
    cross join unnest(c.fields) as u (f)
    where f.before is distinct from f.after
),

fact_changes as (
    select * from added
    union all
    select * from removed
    union all
    select * from changed
),

-- why an organization's rating or rank moved: the reasons of its facts' changes, else the extractor
org_reasons as (
    select organization_id, string_agg(distinct reason, ', ' order by reason) as reason
    from fact_changes
    where organization_id is not null
    group by organization_id
),

stars_moved as (
    select
        'stars_moved' as change, 'star_ratings' as fact_table, null as fact_id, null as document_id,
        coalesce(n.organization_id, p.organization_id) as organization_id,
        coalesce(n.scheme, p.scheme) as scheme,
        coalesce(n.cycle_year, p.cycle_year) as year,
        'stars' as field, p.stars::varchar as before, n.stars::varchar as after
    from mart.star_ratings as n
    full join previous_ratings as p
        on p.organization_id = n.organization_id and p.scheme = n.scheme and p.cycle_year is not distinct from n.cycle_year
    where p.stars is distinct from n.stars
),

ranks_moved as (
    select
        'rank_moved' as change, 'benchmark_indicators' as fact_table,
        coalesce(n.indicator_code, p.indicator_code) as fact_id, null as document_id,
        coalesce(n.organization_id, p.organization_id) as organization_id,
        null as scheme,
        coalesce(n.cycle_year, p.cycle_year) as year,
        'rank' as field, p.rank::varchar as before, n.rank::varchar as after
    from mart.benchmark_indicators as n
    full join previous_ranks as p
        on p.organization_id = n.organization_id and p.indicator_code = n.indicator_code
        and p.cycle_year is not distinct from n.cycle_year and p.peer_group = n.peer_group
    where p.rank is distinct from n.rank
),

mart_changes as (
    select m.*, coalesce(r.reason, 'extractor change') as reason
    from (select * from stars_moved union all by name select * from ranks_moved) as m
    left join org_reasons as r using (organization_id)
),

final as (
    select
        change, fact_table as subject_table, fact_id as subject_id, document_id, organization_id, null as scheme, year as cycle_year,
        field, before, after, reason
    from fact_changes
    union all
    select change, fact_table, fact_id, document_id, organization_id, scheme, year, field, before, after, reason
    from mart_changes
)

select
    (select build_id from this_build) as build_id,
    (select build_id from previous) as previous_build_id,
    f.*
from final as f
where exists (select 1 from previous);
