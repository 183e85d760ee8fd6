-- Benchmark indicators read from reported metrics: each formula beside the metrics
-- it reads. One figure per organization, metric and cycle: when documents
-- disagree, the figure of the first document by path is used (core keeps them
-- all). Facts come from the trusted layer (no low-confidence rows). Each value
-- keeps the list of facts it is computed from, its lineage in
-- mart.indicator_inputs. build_benchmark_indicators.sql ranks them.
create or replace temp table metric_indicator_values as
with
metrics as (
    select * from trusted.reported_metrics
),

documents as (
    select document_id, source_path from core.documents
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
)

select * from metric_indicators;
