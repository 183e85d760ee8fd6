-- One row per organization and indicator of a benchmark ($scheme, $cycle),
-- at full precision, with the peer statistics of mart.benchmark_indicators:
-- the long table analysts load.
with
scope as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

indicators as (
    select * from mart.benchmark_indicators where cycle_year = $cycle and value is not null
),

organizations as (
    select organization_id, canonical_name, country, org_type from core.organizations
),

final as (
    select
        o.organization_id,
        o.canonical_name,
        o.country,
        o.org_type,
        b.peer_group,
        b.indicator_code,
        c.unit,
        c.direction,
        b.value,
        b.rank,
        b.peer_n,
        b.percentile,
        b.peer_median
    from indicators as b
    inner join scope as s using (organization_id)
    inner join organizations as o using (organization_id)
    inner join ref.indicator_catalog as c using (indicator_code)
)

select * from final
order by canonical_name, organization_id, indicator_code;
