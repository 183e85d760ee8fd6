-- Screening: the staged facts that break a rule of the warehouse are set aside
-- (staging.set_aside, loaded into core.rejected_facts) with the first rule they
-- break, and load_core.sql loads only the others. One odd input (a Persian
-- "۱۷۵ درصد" read as 175 %, a peer link whose organization could not be told)
-- then never stops the build: the rules are the ones sql/checks holds core to,
-- with the bounds of ref.value_ranges and the code lists of ref, so a blocking
-- check trips only on a bug of the pipeline. Facts that could not even be read
-- into their columns were set aside while staging (staging.rejected).
create table staging.set_aside as
with
years as (
    select min_value as first_year, max_value as last_year from ref.value_ranges where value_kind = 'year'
),

stars as (
    select min_value as fewest, max_value as most from ref.value_ranges where value_kind = 'stars'
),

points as (
    select min_value as fewest, max_value as most from ref.value_ranges where value_kind = 'points'
),

percent as (
    select min_value as lowest, max_value as highest from ref.value_ranges where value_kind = 'percent'
),

schemes as (
    select scheme from ref.schemes
),

finding_types as (
    select finding_type from ref.finding_types
),

frameworks as (
    select framework from ref.frameworks
),

-- every fact with its evidence, for the rules all kinds share
facts as (
    select 'reported_metrics' as fact_table, document_id, fact_index, organization_id, page, evidence from staging.metrics
    union all
    select 'recognitions', document_id, fact_index, organization_id, page, evidence from staging.recognitions
    union all
    select 'events', document_id, fact_index, organization_id, page, evidence from staging.events
    union all
    select 'targets', document_id, fact_index, organization_id, page, evidence from staging.targets
    union all
    select 'peer_links', document_id, fact_index, organization_id, page, evidence from staging.peer_links
    union all
    select 'focus_areas', document_id, fact_index, organization_id, page, evidence from staging.focus_areas
    union all
    select 'findings', document_id, fact_index, organization_id, page, evidence from staging.findings
    union all
    select 'scores', document_id, fact_index, organization_id, page, evidence from staging.scores
),

-- an analyst must be able to click back from every fact to its words (assert_evidence_on_page)
evidence_rules as (
    select
        f.fact_table, f.document_id, f.fact_index, f.organization_id, f.page, f.evidence, 0 as precedence,
        list_filter([
            {'reason': 'missing_evidence', 'field': 'evidence', 'value': f.evidence, 'failed': coalesce(f.evidence, '') = ''},
            {'reason': 'evidence_not_on_page', 'field': 'page', 'value': f.page::varchar,
                'failed': p.text is null or position(f.evidence in p.text) = 0}
        ], lambda rule: rule.failed)[1] as broken
    from facts as f
    left join staging.pages as p on p.document_id = f.document_id and p.page_number = f.page
),

-- metric values are held to the range of their unit: counts whole, percentages up to 100
metric_rules as (
    select
        'reported_metrics' as fact_table, m.document_id, m.fact_index, m.organization_id, m.page, m.evidence, 1 as precedence,
        list_filter([
            {'reason': 'missing_value', 'field': 'metric_code', 'value': null, 'failed': m.metric_code is null},
            {'reason': 'unknown_code', 'field': 'metric_code', 'value': m.metric_code, 'failed': c.metric_code is null},
            {'reason': 'missing_value', 'field': 'value', 'value': null, 'failed': m.value is null},
            {'reason': 'negative', 'field': 'value', 'value': m.value::varchar, 'failed': m.value < r.min_value},
            {'reason': case when c.unit = 'percent' then 'percent_over_100' else 'too_large' end, 'field': 'value',
                'value': m.value::varchar, 'failed': m.value > r.max_value},
            {'reason': 'not_whole_number', 'field': 'value', 'value': m.value::varchar, 'failed': r.whole_number and m.value <> floor(m.value)},
            {'reason': 'year_out_of_range', 'field': 'period_year', 'value': m.period_year::varchar,
                'failed': m.period_year not between y.first_year and y.last_year}
        ], lambda rule: rule.failed)[1] as broken
    from staging.metrics as m
    cross join years as y
    left join ref.metric_catalog as c on c.metric_code = m.metric_code
    left join ref.value_ranges as r on r.value_kind = c.unit
),

recognition_rules as (
    select
        'recognitions' as fact_table, r.document_id, r.fact_index, r.organization_id, r.page, r.evidence, 1 as precedence,
        list_filter([
            {'reason': 'missing_value', 'field': 'scheme', 'value': null, 'failed': r.scheme is null},
            {'reason': 'unknown_code', 'field': 'scheme', 'value': r.scheme, 'failed': r.scheme not in (select scheme from schemes)},
            {'reason': 'stars_out_of_range', 'field': 'stars', 'value': r.stars::varchar, 'failed': r.stars not between s.fewest and s.most},
            {'reason': 'year_out_of_range', 'field': 'year', 'value': r.year::varchar, 'failed': r.year not between y.first_year and y.last_year},
            {'reason': 'year_out_of_range', 'field': 'awarded_on', 'value': r.awarded_on::varchar,
                'failed': year(r.awarded_on) not between y.first_year and y.last_year}
        ], lambda rule: rule.failed)[1] as broken
    from staging.recognitions as r
    cross join years as y
    cross join stars as s
),

event_rules as (
    select
        'events' as fact_table, e.document_id, e.fact_index, e.organization_id, e.page, e.evidence, 1 as precedence,
        list_filter([
            {'reason': 'missing_value', 'field': 'event_date', 'value': null, 'failed': e.event_date is null},
            {'reason': 'year_out_of_range', 'field': 'event_date', 'value': e.event_date::varchar,
                'failed': year(e.event_date) not between y.first_year and y.last_year},
            {'reason': 'year_out_of_range', 'field': 'event_date_end', 'value': e.event_date_end::varchar,
                'failed': year(e.event_date_end) not between y.first_year and y.last_year},
            {'reason': 'dates_reversed', 'field': 'event_date_end', 'value': e.event_date_end::varchar, 'failed': e.event_date_end < e.event_date}
        ], lambda rule: rule.failed)[1] as broken
    from staging.events as e
    cross join years as y
),

target_rules as (
    select
        'targets' as fact_table, t.document_id, t.fact_index, t.organization_id, t.page, t.evidence, 1 as precedence,
        list_filter([
            {'reason': 'missing_value', 'field': 'title', 'value': null, 'failed': t.title is null},
            {'reason': 'year_out_of_range', 'field': 'period_year', 'value': t.period_year::varchar,
                'failed': t.period_year not between y.first_year and y.last_year}
        ], lambda rule: rule.failed)[1] as broken
    from staging.targets as t
    cross join years as y
),

-- a NULL organization is a fact of its own elsewhere, but a pair needs both ends
peer_link_rules as (
    select
        'peer_links' as fact_table, p.document_id, p.fact_index, p.organization_id, p.page, p.evidence, 1 as precedence,
        list_filter([
            {'reason': 'no_organization', 'field': 'organization_id', 'value': null, 'failed': p.organization_id is null},
            {'reason': 'no_organization', 'field': 'peer_organization_id', 'value': null, 'failed': p.peer_organization_id is null},
            {'reason': 'same_organization', 'field': 'peer_organization_id', 'value': p.peer_organization_id,
                'failed': p.organization_id = p.peer_organization_id},
            {'reason': 'missing_value', 'field': 'link_type', 'value': null, 'failed': p.link_type is null}
        ], lambda rule: rule.failed)[1] as broken
    from staging.peer_links as p
),

focus_area_rules as (
    select
        'focus_areas' as fact_table, f.document_id, f.fact_index, f.organization_id, f.page, f.evidence, 1 as precedence,
        list_filter([
            {'reason': 'missing_value', 'field': 'subject_metric', 'value': null, 'failed': f.subject_metric is null},
            {'reason': 'missing_value', 'field': 'label', 'value': null, 'failed': f.label is null},
            {'reason': 'unknown_code', 'field': 'theme', 'value': f.theme, 'failed': f.theme not in (select theme from ref.themes)},
            {'reason': 'negative', 'field': 'share_pct', 'value': f.share_pct::varchar, 'failed': f.share_pct < pc.lowest},
            {'reason': 'percent_over_100', 'field': 'share_pct', 'value': f.share_pct::varchar, 'failed': f.share_pct > pc.highest},
            {'reason': 'year_out_of_range', 'field': 'period_year', 'value': f.cycle_year::varchar,
                'failed': f.cycle_year not between y.first_year and y.last_year}
        ], lambda rule: rule.failed)[1] as broken
    from staging.focus_areas as f
    cross join years as y
    cross join percent as pc
),

finding_rules as (
    select
        'findings' as fact_table, f.document_id, f.fact_index, f.organization_id, f.page, f.evidence, 1 as precedence,
        list_filter([
            {'reason': 'missing_value', 'field': 'finding_type', 'value': null, 'failed': f.finding_type is null},
            {'reason': 'unknown_code', 'field': 'finding_type', 'value': f.finding_type,
                'failed': f.finding_type not in (select finding_type from finding_types)},
            {'reason': 'unknown_code', 'field': 'framework', 'value': f.framework, 'failed': f.framework not in (select framework from frameworks)},
            {'reason': 'missing_value', 'field': 'text', 'value': null, 'failed': f.text is null}
        ], lambda rule: rule.failed)[1] as broken
    from staging.findings as f
),

score_rules as (
    select
        'scores' as fact_table, s.document_id, s.fact_index, s.organization_id, s.page, s.evidence, 1 as precedence,
        list_filter([
            {'reason': 'missing_value', 'field': 'points', 'value': null, 'failed': s.points is null},
            {'reason': 'negative', 'field': 'points', 'value': s.points::varchar, 'failed': s.points < pt.fewest},
            {'reason': 'negative', 'field': 'max_points', 'value': s.max_points::varchar, 'failed': s.max_points < pt.fewest},
            {'reason': 'too_large', 'field': 'points', 'value': s.points::varchar, 'failed': s.points > pt.most},
            {'reason': 'too_large', 'field': 'max_points', 'value': s.max_points::varchar, 'failed': s.max_points > pt.most},
            {'reason': 'points_over_max', 'field': 'points', 'value': s.points::varchar || ' > ' || s.max_points::varchar,
                'failed': s.points > s.max_points}
        ], lambda rule: rule.failed)[1] as broken
    from staging.scores as s
    cross join points as pt
),

-- a document's own cycle year or date out of range is set aside and the document keeps NULL (see below)
document_rules as (
    select
        'documents' as fact_table, d.document_id, null::integer as fact_index, null as organization_id, null::integer as page,
        null as evidence, 1 as precedence, rule as broken
    from staging.documents as d
    cross join years as y
    cross join unnest([
        {'reason': 'year_out_of_range', 'field': 'cycle_year', 'value': d.cycle_year::varchar,
            'failed': d.cycle_year not between y.first_year and y.last_year},
        {'reason': 'year_out_of_range', 'field': 'published_on', 'value': d.published_on::varchar,
            'failed': year(d.published_on) not between y.first_year and y.last_year}
    ]) as r (rule)
    where rule.failed
),

broken_rules as (
    select * from evidence_rules
    union all select * from metric_rules
    union all select * from recognition_rules
    union all select * from event_rules
    union all select * from target_rules
    union all select * from peer_link_rules
    union all select * from focus_area_rules
    union all select * from finding_rules
    union all select * from score_rules
),

-- the first rule a fact breaks: evidence first, then the rules of its kind in the order above
first_broken as (
    select * from broken_rules
    where broken is not null
    qualify row_number() over (partition by fact_table, document_id, fact_index order by precedence) = 1
),

screened as (
    select
        b.document_id, b.fact_table, b.fact_index, b.organization_id, b.page, b.evidence,
        b.broken.field, b.broken.value, b.broken.reason,
        c.description || ' (' || b.broken.field || ' = ' || coalesce(b.broken.value, 'empty') || ')' as message
    from (select * from first_broken union all select * from document_rules) as b
    left join ref.codes as c on c.code_kind = 'rejection_reason' and c.code = b.broken.reason
),

final as (
    select * from screened
    union all by name
    select * from staging.rejected
)

select * from final;

-- The document keeps the value it could not stand behind as NULL (its cycle
-- unknown): its findings and scores take their cycle from here.
update staging.documents as d
set
    cycle_year = case when d.cycle_year between y.first_year and y.last_year then d.cycle_year end,
    published_on = case when year(d.published_on) between y.first_year and y.last_year then d.published_on end
from (select min_value as first_year, max_value as last_year from ref.value_ranges where value_kind = 'year') as y;
