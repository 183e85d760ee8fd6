-- The indicators of the catalog that the benchmark of a scheme ($scheme) and
-- cycle ($cycle) has a value of, with their plain names, direction and
-- decimals; `ranked` says whether any organization got a rank (peer groups
-- of three or more), so a pack shows rank and median columns only then.
with
scope as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

present as (
    select
        b.indicator_code,
        bool_or(b.rank is not null) as ranked
    from mart.benchmark_indicators as b
    inner join scope as s using (organization_id)
    where b.cycle_year = $cycle and b.value is not null
    group by b.indicator_code
),

final as (
    select
        c.indicator_code,
        c.label,
        c.unit,
        c.direction,
        c.decimals,
        c.description,
        c.formula,
        p.ranked
    from ref.indicator_catalog as c
    inner join present as p using (indicator_code)
)

select * from final
order by label;
