-- Benchmark indicators per organization and cycle, ranked in peer groups
-- (country/org_type). One figure per organization, metric and cycle: when
-- documents disagree, the figure of the first document by path is used (core
-- keeps them all). Peer groups of fewer than 3 organizations get no rank,
-- percentile or median: an organization is never ranked against itself.
-- Rows whose quoted words came back unsure from OCR (low_confidence) are left out.
insert into mart.benchmark_indicators
with
figures as (
    select
        m.organization_id,
        m.period_year as cycle_year,
        m.metric_code,
        -- the page and the value break a tie within the first document, so re-runs agree
        arg_min(m.value, (d.source_path, m.page, m.value)) as value
    from core.reported_metrics as m
    inner join core.documents as d using (document_id)
    where m.organization_id is not null and m.period_year is not null and not m.low_confidence
    group by all
),

wide as (
    pivot figures on metric_code in (
        'strengths', 'improvement_areas', 'best_practices', 'improvement_projects',
        'organizations_assessed', 'assessors_internal', 'assessors_external',
        'assessment_hours', 'assessment_hours_internal', 'assessment_hours_external'
    ) using any_value(value) group by organization_id, cycle_year
),

metric_indicators as (
    unpivot (
        select
            organization_id,
            cycle_year,
            improvement_areas / nullif(strengths, 0) as improvement_areas_per_strength,
            100.0 * improvement_projects / nullif(improvement_areas, 0) as improvement_projects_per_100_areas,
            100.0 * best_practices / nullif(strengths, 0) as best_practices_per_100_strengths,
            coalesce(assessment_hours, assessment_hours_internal + assessment_hours_external)
                / nullif(organizations_assessed, 0) as assessment_hours_per_organization,
            assessors_external / nullif(assessors_internal + assessors_external, 0) as external_assessor_share,
            improvement_projects::double as improvement_projects
        from wide
    ) on columns(* exclude (organization_id, cycle_year)) into name indicator_code value value
),

recognition_counts as (
    select organization_id, year as cycle_year, 'recognitions' as indicator_code,
        count(distinct (scheme, coalesce(level, '')))::double as value
    from core.recognitions
    where year is not null and organization_id is not null and not low_confidence
    group by all
),

totals as (
    select organization_id, cycle_year, max(points) as points
    from core.scores
    where criterion_code is null and cycle_year is not null and not low_confidence
    group by all
),

total_indicators as (
    select organization_id, cycle_year, 'total_points' as indicator_code, points as value from totals
    union all
    select organization_id, cycle_year, 'points_change',
        points - lag(points) over (partition by organization_id order by cycle_year)
    from totals
),

criterion_scores as (
    select s.organization_id, s.cycle_year, s.points, coalesce(s.max_points, c.max_points) as max_points, c.theme, c.results_criterion
    from core.scores as s
    inner join ref.criteria as c on c.framework = s.framework and c.criterion_code = s.criterion_code
    where s.cycle_year is not null and not s.low_confidence
),

score_indicators as (
    select organization_id, cycle_year, 'theme_score_pct_' || theme as indicator_code,
        100.0 * sum(points) / nullif(sum(max_points), 0) as value
    from criterion_scores
    group by all
    union all
    select organization_id, cycle_year, 'results_points_share',
        sum(points) filter (where results_criterion) / nullif(sum(points), 0)
    from criterion_scores
    group by all
),

finding_indicators as (
    select organization_id, cycle_year, 'strengths_per_improvement_area' as indicator_code,
        count(*) filter (where finding_type = 'strength')
            / nullif(count(*) filter (where finding_type = 'improvement_area'), 0)::double as value
    from core.findings
    where organization_id is not null and cycle_year is not null and not low_confidence
    group by all
),

indicators as (
    select * from metric_indicators
    union all select * from recognition_counts
    union all select * from total_indicators
    union all select * from score_indicators
    union all select * from finding_indicators
),

grouped as (
    select
        i.organization_id,
        i.cycle_year,
        i.indicator_code,
        i.value,
        coalesce(o.country, '?') || '/' || coalesce(o.org_type, '?') as peer_group,
        case when c.direction = 'lower_is_better' then i.value else -i.value end as ordering
    from indicators as i
    inner join ref.indicator_catalog as c using (indicator_code)
    inner join core.organizations as o using (organization_id)
    where i.value is not null
),

ranked as (
    select
        *,
        count(*) over peer as peer_n,
        rank() over (partition by indicator_code, cycle_year, peer_group order by ordering) as peer_rank,
        median(value) over peer as median_value
    from grouped
    window peer as (partition by indicator_code, cycle_year, peer_group)
),

final as (
    select
        organization_id,
        cycle_year,
        indicator_code,
        value,
        peer_group,
        peer_n,
        case when peer_n >= 3 then peer_rank end as rank,
        case when peer_n >= 3 then 100.0 * (peer_n - peer_rank + 1) / peer_n end as percentile,
        case when peer_n >= 3 then median_value end as peer_median
    from ranked
)

select * from final;
