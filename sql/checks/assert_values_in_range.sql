-- Failure mode: impossible values (negative counts, percentages over 100,
-- counts with a fraction, stars outside the scheme's bands, scores over their
-- maximum, years no document means, events that end before they start, an
-- organization paired with itself). Facts like these are set aside before core
-- (core.rejected_facts) by the bounds of ref.value_ranges, so a row here is a
-- bug of the pipeline, not an odd input.
with
ranges as (
    select * from ref.value_ranges
),

years as (
    select min_value as first_year, max_value as last_year from ranges where value_kind = 'year'
),

metric_values as (
    select 'reported_metrics' as fact_table, m.metric_id as fact_id, m.value::varchar as value
    from core.reported_metrics as m
    inner join ranges as r on r.value_kind = m.unit
    where m.value not between r.min_value and r.max_value or (r.whole_number and m.value <> floor(m.value))
),

star_values as (
    select 'recognitions' as fact_table, recognition_id as fact_id, stars::varchar as value
    from core.recognitions
    inner join ranges on value_kind = 'stars'
    where stars not between min_value and max_value
),

score_values as (
    select 'scores' as fact_table, document_id as fact_id, points::varchar as value
    from core.scores
    inner join ranges on value_kind = 'points'
    where points not between min_value and max_value or max_points not between min_value and max_value or points > max_points
),

share_values as (
    select 'focus_areas' as fact_table, label as fact_id, share_pct::varchar as value
    from core.focus_areas
    inner join ranges on value_kind = 'percent'
    where share_pct not between min_value and max_value
),

year_values as (
    select 'reported_metrics' as fact_table, metric_id as fact_id, period_year as year from core.reported_metrics
    union all select 'recognitions', recognition_id, year from core.recognitions
    union all select 'recognitions', recognition_id, year(awarded_on) from core.recognitions
    union all select 'events', event_id, year(event_date) from core.events
    union all select 'events', event_id, year(event_date_end) from core.events
    union all select 'targets', target_id, period_year from core.targets
    union all select 'findings', finding_id, cycle_year from core.findings
    union all select 'scores', document_id, cycle_year from core.scores
    union all select 'focus_areas', label, cycle_year from core.focus_areas
    union all select 'documents', document_id, cycle_year from core.documents
    union all select 'documents', document_id, year(published_on) from core.documents
),

implausible_years as (
    select y.fact_table, y.fact_id, y.year::varchar as value
    from year_values as y
    cross join years
    where y.year not between years.first_year and years.last_year
),

undated_or_reversed_events as (
    select 'events' as fact_table, event_id as fact_id, event_date_end::varchar as value from core.events
    where event_date is null or event_date_end < event_date
),

ratings_outside_bands as (
    select 'star_ratings' as fact_table, organization_id as fact_id, stars::varchar as value from mart.star_ratings as s
    where s.stars is not null and not exists (select 1 from ref.star_bands as b where b.scheme = s.scheme and b.stars = s.stars)
),

percentiles as (
    select 'benchmark_indicators' as fact_table, organization_id as fact_id, percentile::varchar as value from mart.benchmark_indicators
    where percentile < 0 or percentile > 100
),

self_links as (
    select 'peer_links' as fact_table, document_id as fact_id, 'self' as value from core.peer_links
    where organization_id = peer_organization_id
),

final as (
    select * from metric_values
    union all select * from star_values
    union all select * from score_values
    union all select * from share_values
    union all select * from implausible_years
    union all select * from undated_or_reversed_events
    union all select * from ratings_outside_bands
    union all select * from percentiles
    union all select * from self_links
)

select * from final;
