-- Benchmark indicators with their peer groups, each value with the quoted
-- words of the facts it is computed from (the first $max_quotes of them, and
-- how many there are). Which facts feed which indicator
-- follows sql/marts/build_benchmark_indicators.sql: keep the two in step (the
-- report's tests check that every indicator value finds its evidence).
with
indicators as (
    select * from mart.benchmark_indicators
),

catalog as (
    select indicator_code, formula, unit, direction, description from ref.indicator_catalog
),

organizations as (
    select organization_id, canonical_name from core.organizations
),

documents as (
    select document_id, source_path from core.documents
),

metric_inputs as (
    select * from (
        values
            ('improvement_areas_per_strength', 'improvement_areas'),
            ('improvement_areas_per_strength', 'strengths'),
            ('improvement_projects_per_100_areas', 'improvement_projects'),
            ('improvement_projects_per_100_areas', 'improvement_areas'),
            ('best_practices_per_100_strengths', 'best_practices'),
            ('best_practices_per_100_strengths', 'strengths'),
            ('assessment_hours_per_organization', 'assessment_hours'),
            ('assessment_hours_per_organization', 'assessment_hours_internal'),
            ('assessment_hours_per_organization', 'assessment_hours_external'),
            ('assessment_hours_per_organization', 'organizations_assessed'),
            ('external_assessor_share', 'assessors_external'),
            ('external_assessor_share', 'assessors_internal'),
            ('improvement_projects', 'improvement_projects')
    ) as t (indicator_code, metric_code)
),

-- the mart takes each figure from the first document by path: quote that one
metric_figures as (
    select m.organization_id, m.period_year as cycle_year, m.metric_code, d.source_path, m.page, m.evidence
    from core.reported_metrics as m
    inner join documents as d using (document_id)
    where m.period_year is not null and not m.low_confidence
    qualify row_number() over (
        partition by m.organization_id, m.period_year, m.metric_code order by d.source_path, m.page, m.metric_id
    ) = 1
),

total_scores as (
    select s.organization_id, s.cycle_year, d.source_path, s.page, s.evidence
    from core.scores as s
    inner join documents as d using (document_id)
    where s.criterion_code is null and s.cycle_year is not null and not s.low_confidence
),

criterion_scores as (
    select s.organization_id, s.cycle_year, c.theme, d.source_path, s.page, s.evidence
    from core.scores as s
    inner join ref.criteria as c on c.framework = s.framework and c.criterion_code = s.criterion_code
    inner join documents as d using (document_id)
    where s.cycle_year is not null and not s.low_confidence
),

previous_cycles as (
    select
        i.organization_id,
        i.cycle_year,
        (
            select max(t.cycle_year) from total_scores as t
            where t.organization_id = i.organization_id and t.cycle_year < i.cycle_year
        ) as previous_year
    from indicators as i
    where i.indicator_code = 'points_change'
),

citations as (
    select i.organization_id, i.cycle_year, i.indicator_code, f.source_path, f.page, f.evidence
    from indicators as i
    inner join metric_inputs as mi using (indicator_code)
    inner join metric_figures as f
        on f.organization_id = i.organization_id and f.cycle_year = i.cycle_year and f.metric_code = mi.metric_code
    union all
    select i.organization_id, i.cycle_year, i.indicator_code, d.source_path, r.page, r.evidence
    from indicators as i
    inner join core.recognitions as r
        on r.organization_id = i.organization_id and r.year = i.cycle_year and not r.low_confidence
    inner join documents as d on d.document_id = r.document_id
    where i.indicator_code = 'recognitions'
    union all
    select i.organization_id, i.cycle_year, i.indicator_code, t.source_path, t.page, t.evidence
    from indicators as i
    inner join total_scores as t on t.organization_id = i.organization_id and t.cycle_year = i.cycle_year
    where i.indicator_code = 'total_points'
    union all
    select p.organization_id, p.cycle_year, 'points_change', t.source_path, t.page, t.evidence
    from previous_cycles as p
    inner join total_scores as t
        on t.organization_id = p.organization_id and t.cycle_year in (p.cycle_year, p.previous_year)
    union all
    select i.organization_id, i.cycle_year, i.indicator_code, c.source_path, c.page, c.evidence
    from indicators as i
    inner join criterion_scores as c on c.organization_id = i.organization_id and c.cycle_year = i.cycle_year
    where i.indicator_code = 'results_points_share' or i.indicator_code = 'theme_score_pct_' || c.theme
    union all
    select i.organization_id, i.cycle_year, i.indicator_code, d.source_path, f.page, f.evidence
    from indicators as i
    inner join core.findings as f
        on f.organization_id = i.organization_id
        and f.cycle_year = i.cycle_year
        and f.finding_type in ('strength', 'improvement_area')
        and not f.low_confidence
    inner join documents as d on d.document_id = f.document_id
    where i.indicator_code = 'strengths_per_improvement_area'
),

cited as (
    select
        organization_id,
        cycle_year,
        indicator_code,
        list_slice(
            list(struct_pack(source_path := source_path, page := page, quote := evidence) order by source_path, page, evidence),
            1,
            $max_quotes
        ) as citations,
        count(*) as quotes
    from (select distinct * from citations)
    group by all
),

final as (
    select
        i.organization_id,
        o.canonical_name as organization,
        i.cycle_year,
        i.indicator_code,
        c.unit,
        c.direction,
        c.description,
        c.formula,
        i.value,
        i.peer_group,
        i.peer_n,
        i.rank,
        i.percentile,
        i.peer_median,
        coalesce(q.citations, []) as citations,
        coalesce(q.quotes, 0) as quotes
    from indicators as i
    inner join organizations as o using (organization_id)
    inner join catalog as c using (indicator_code)
    left join cited as q using (organization_id, cycle_year, indicator_code)
)

select * from final
order by indicator_code, cycle_year, peer_group, rank nulls last, value desc, organization;
