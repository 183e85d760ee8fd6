-- Benchmark indicators per organization and cycle, ranked in peer groups
-- (country/org_type). One figure per organization, metric and cycle: when
-- documents disagree, the figure of the first document by path is used (core
-- keeps them all). Peer groups of fewer than 3 organizations get no rank,
-- percentile or median: an organization is never ranked against itself.
-- Facts come from the trusted layer (no low-confidence rows). Every value is
-- computed together with the list of facts it is computed from, so its
-- lineage (mart.indicator_inputs) is the facts that made it, not a guess.
create or replace temp table indicator_values as
with
metrics as (
    select * from trusted.reported_metrics
),

recognitions as (
    select * from trusted.recognitions
),

scores as (
    select * from trusted.scores
),

findings as (
    select * from trusted.findings
),

documents as (
    select document_id, source_path from core.documents
),

organizations as (
    select organization_id, country, org_type from core.organizations
),

criteria as (
    select framework, criterion_code, max_points, theme, results_criterion from ref.criteria
),

catalog as (
    select indicator_code, direction from ref.indicator_catalog
),

figures as (
    select
        m.organization_id,
        m.period_year as cycle_year,
        m.metric_code,
        -- the page and the value break a tie within the first document, so re-runs agree
        arg_min(m.value, (d.source_path, m.page, m.value)) as value,
        -- the row that figure is read from: the same order, rows alike in all of it being one figure
        arg_min(m.metric_id, (d.source_path, m.page, m.value, m.metric_id)) as metric_id
    from metrics as m
    inner join documents as d using (document_id)
    where m.organization_id is not null and m.period_year is not null
    group by all
),

wide as (
    pivot figures on metric_code in (
        'strengths', 'improvement_areas', 'best_practices', 'improvement_projects',
        'organizations_assessed', 'assessors_internal', 'assessors_external',
        'assessment_hours', 'assessment_hours_internal', 'assessment_hours_external'
    ) using any_value(value) group by organization_id, cycle_year
),

-- each formula beside the metrics it reads
metric_formulas as (
    select
        organization_id,
        cycle_year,
        'improvement_areas_per_strength' as indicator_code,
        improvement_areas / nullif(strengths, 0) as value,
        ['improvement_areas', 'strengths'] as operands
    from wide
    union all
    select
        organization_id,
        cycle_year,
        'improvement_projects_per_100_areas',
        100.0 * improvement_projects / nullif(improvement_areas, 0),
        ['improvement_projects', 'improvement_areas']
    from wide
    union all
    select
        organization_id,
        cycle_year,
        'best_practices_per_100_strengths',
        100.0 * best_practices / nullif(strengths, 0),
        ['best_practices', 'strengths']
    from wide
    union all
    select
        organization_id,
        cycle_year,
        'assessment_hours_per_organization',
        coalesce(assessment_hours, assessment_hours_internal + assessment_hours_external)
        / nullif(organizations_assessed, 0),
        case
            when assessment_hours is not null then ['assessment_hours', 'organizations_assessed']
            else ['assessment_hours_internal', 'assessment_hours_external', 'organizations_assessed']
        end
    from wide
    union all
    select
        organization_id,
        cycle_year,
        'external_assessor_share',
        assessors_external / nullif(assessors_internal + assessors_external, 0),
        ['assessors_external', 'assessors_internal']
    from wide
    union all
    select
        organization_id,
        cycle_year,
        'improvement_projects',
        improvement_projects::double,
        ['improvement_projects']
    from wide
),

metric_indicators as (
    select
        i.organization_id,
        i.cycle_year,
        i.indicator_code,
        any_value(i.value) as value,
        list(
            {'fact_table': 'reported_metrics', 'fact_id': f.metric_id, 'role': f.metric_code}
            order by f.metric_code
        ) as inputs
    from metric_formulas as i
    inner join figures as f
        on
            i.organization_id = f.organization_id
            and i.cycle_year = f.cycle_year
            and list_contains(i.operands, f.metric_code)
    group by i.organization_id, i.cycle_year, i.indicator_code
),

recognition_counts as (
    select
        organization_id,
        year as cycle_year,
        'recognitions' as indicator_code,
        -- distinct over a row of two columns (sqlfluff reads the row as a function call)
        count(distinct (scheme, coalesce(level, '')))::double as value,  -- noqa: LT06
        list(
            {'fact_table': 'recognitions', 'fact_id': recognition_id, 'role': 'recognition'}
            order by recognition_id
        ) as inputs
    from recognitions
    where year is not null and organization_id is not null
    group by all
),

-- an organization's points in a cycle are its highest total; the totals at that height are what it rests on
highest_totals as (
    select organization_id, cycle_year, points, score_id
    from scores
    where criterion_code is null and cycle_year is not null
    qualify points = max(points) over (partition by organization_id, cycle_year)
),

totals as (
    select
        organization_id,
        cycle_year,
        max(points) as points,
        list(score_id order by score_id) as score_ids
    from highest_totals
    group by all
),

total_indicators as (
    select
        organization_id,
        cycle_year,
        'total_points' as indicator_code,
        points as value,
        [{'fact_table': 'scores', 'fact_id': s, 'role': 'total'} for s in score_ids] as inputs
    from totals
    union all
    select
        organization_id,
        cycle_year,
        'points_change',
        points - lag(points) over previous,
        list_concat(
            [{'fact_table': 'scores', 'fact_id': s, 'role': 'total'} for s in score_ids],
            [{'fact_table': 'scores', 'fact_id': s, 'role': 'previous_total'} for s in lag(score_ids) over previous]
        )
    from totals
    window previous as (partition by organization_id order by cycle_year)
),

criterion_scores as (
    select
        s.organization_id,
        s.cycle_year,
        s.score_id,
        s.points,
        coalesce(s.max_points, c.max_points) as max_points,
        c.theme,
        c.results_criterion
    from scores as s
    inner join criteria as c on s.framework = c.framework and s.criterion_code = c.criterion_code
    where s.cycle_year is not null
),

score_indicators as (
    select
        organization_id,
        cycle_year,
        'theme_score_pct_' || theme as indicator_code,
        100.0 * sum(points) / nullif(sum(max_points), 0) as value,
        list({'fact_table': 'scores', 'fact_id': score_id, 'role': 'criterion_score'} order by score_id) as inputs
    from criterion_scores
    group by all
    union all
    select
        organization_id,
        cycle_year,
        'results_points_share',
        sum(points) filter (where results_criterion) / nullif(sum(points), 0),
        list({'fact_table': 'scores', 'fact_id': score_id, 'role': 'criterion_score'} order by score_id)
    from criterion_scores
    group by all
),

finding_indicators as (
    select
        organization_id,
        cycle_year,
        'strengths_per_improvement_area' as indicator_code,
        count(*) filter (where finding_type = 'strength')
        / nullif(count(*) filter (where finding_type = 'improvement_area'), 0)::double as value,
        list({'fact_table': 'findings', 'fact_id': finding_id, 'role': finding_type} order by finding_id)
            filter (where finding_type in ('strength', 'improvement_area')) as inputs
    from findings
    where organization_id is not null and cycle_year is not null
    group by all
),

indicators as (
    select * from metric_indicators
    union all
    select * from recognition_counts
    union all
    select * from total_indicators
    union all
    select * from score_indicators
    union all
    select * from finding_indicators
),

grouped as (
    select
        i.organization_id,
        i.cycle_year,
        i.indicator_code,
        i.value,
        i.inputs,
        coalesce(o.country, '?') || '/' || coalesce(o.org_type, '?') as peer_group,
        case when c.direction = 'lower_is_better' then i.value else -i.value end as ordering
    from indicators as i
    inner join catalog as c using (indicator_code)
    inner join organizations as o using (organization_id)
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
        case when peer_n >= 3 then median_value end as peer_median,
        inputs
    from ranked
)

select * from final;

insert into mart.benchmark_indicators by name
select * exclude (inputs) from indicator_values;

insert into mart.indicator_inputs by name
with
fed as (
    select organization_id, cycle_year, indicator_code, unnest(inputs) as input from indicator_values
),

final as (
    select
        organization_id,
        cycle_year,
        indicator_code,
        input.fact_table,
        input.fact_id,
        input.role
    from fed
)

select * from final;

drop table indicator_values;
