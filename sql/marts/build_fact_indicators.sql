-- Benchmark indicators read from recognitions, scores and findings: counts,
-- totals, theme shares and ratios per organization and cycle, each with the list
-- of facts it is computed from. Facts come from the trusted layer (no
-- low-confidence rows). build_benchmark_indicators.sql ranks them.
create or replace temp table fact_indicator_values as
with
recognitions as (
    select * from trusted.recognitions
),

scores as (
    select * from trusted.scores
),

findings as (
    select * from trusted.findings
),

criteria as (
    select framework, criterion_code, max_points, theme, results_criterion from ref.criteria
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
)

select * from recognition_counts
union all
select * from total_indicators
union all
select * from score_indicators
union all
select * from finding_indicators;
