-- Benchmark indicators per organization and cycle, ranked in peer groups.
-- One figure per organization, metric and cycle: when documents disagree the
-- figure of the first document by path is used (core keeps them all).
insert into mart.benchmark_indicators
with
figures as (
    select
        m.organization_id,
        m.period_year as cycle_year,
        m.metric_code,
        arg_min(m.value, d.source_path) as value
    from core.reported_metrics as m
    inner join core.documents as d using (document_id)
    where m.period_year is not null
    group by all
),

wide as (
    pivot figures on metric_code in (
        'strengths', 'improvement_areas', 'best_practices', 'improvement_projects',
        'organizations_assessed', 'assessors_internal', 'assessors_external',
        'assessment_hours', 'assessment_hours_internal', 'assessment_hours_external'
    ) using any_value(value) group by organization_id, cycle_year
),

recognition_counts as (
    select organization_id, year as cycle_year, count(distinct (scheme, coalesce(level, ''))) as recognitions
    from core.recognitions
    where year is not null
    group by all
),

indicators as (
    unpivot (
        select
            coalesce(w.organization_id, r.organization_id) as organization_id,
            coalesce(w.cycle_year, r.cycle_year) as cycle_year,
            w.improvement_areas / nullif(w.strengths, 0) as improvement_areas_per_strength,
            100.0 * w.improvement_projects / nullif(w.improvement_areas, 0) as improvement_projects_per_100_areas,
            100.0 * w.best_practices / nullif(w.strengths, 0) as best_practices_per_100_strengths,
            coalesce(w.assessment_hours, w.assessment_hours_internal + w.assessment_hours_external)
                / nullif(w.organizations_assessed, 0) as assessment_hours_per_organization,
            w.assessors_external / nullif(w.assessors_internal + w.assessors_external, 0) as external_assessor_share,
            w.improvement_projects::double as improvement_projects,
            r.recognitions::double as recognitions
        from wide as w
        full outer join recognition_counts as r
            on w.organization_id = r.organization_id and w.cycle_year = r.cycle_year
    ) on columns(* exclude (organization_id, cycle_year)) into name indicator_code value value
),

grouped as (
    select
        i.organization_id,
        i.cycle_year,
        i.indicator_code,
        i.value,
        coalesce(o.country, '?') || '/' || coalesce(o.org_type, '?') as peer_group,
        c.direction
    from indicators as i
    inner join ref.indicator_catalog as c using (indicator_code)
    inner join core.organizations as o using (organization_id)
    where i.value is not null
),

final as (
    select
        organization_id,
        cycle_year,
        indicator_code,
        value,
        peer_group,
        count(*) over peer as peer_n,
        rank() over (
            partition by indicator_code, cycle_year, peer_group
            order by case when direction = 'lower_is_better' then value else -value end
        ) as rank,
        100.0 * (count(*) over peer - rank() over (
            partition by indicator_code, cycle_year, peer_group
            order by case when direction = 'lower_is_better' then value else -value end
        ) + 1) / count(*) over peer as percentile,
        median(value) over peer as peer_median
    from grouped
    window peer as (partition by indicator_code, cycle_year, peer_group)
)

select * from final;
