-- Top organizations by a benchmark indicator, best first by the indicator's direction.
-- param: indicator = improvement_areas_per_strength | indicator_code from ref.indicator_catalog | values: indicator
-- param: cycle = | cycle year; empty for every cycle | whole number
-- param: limit = 20 | how many rows | whole number
select
    o.canonical_name as organization,
    b.cycle_year,
    b.indicator_code,
    round(b.value, 3) as value,
    b.peer_group,
    b.rank,
    b.peer_n,
    round(b.peer_median, 3) as peer_median
from mart.benchmark_indicators as b
inner join core.organizations as o using (organization_id)
inner join ref.indicator_catalog as c using (indicator_code)
where b.indicator_code = $indicator
    and ($cycle is null or b.cycle_year = $cycle::integer)
order by case when c.direction = 'lower_is_better' then b.value else -b.value end, o.canonical_name
limit $limit::integer;
