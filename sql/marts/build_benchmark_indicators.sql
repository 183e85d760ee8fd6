-- Benchmark indicators ranked in peer groups (country/org_type), from the values
-- build_metric_indicators.sql and build_fact_indicators.sql computed. Peer
-- groups of fewer than 3 organizations get no rank, percentile or median: an
-- organization is never ranked against itself. Each value's lineage
-- (mart.indicator_inputs) is the facts that made it, not a guess.
create or replace temp table indicator_values as
with
indicators as (
    select * from metric_indicator_values
    union all
    select * from fact_indicator_values
),

organizations as (
    select organization_id, country, org_type from core.organizations
),

catalog as (
    select indicator_code, direction from ref.indicator_catalog
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
drop table metric_indicator_values;
drop table fact_indicator_values;
