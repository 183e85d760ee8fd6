-- One row per organization in the benchmark of a scheme ($scheme) and cycle
-- ($cycle): stars, points, recognitions and every indicator with its rank,
-- value and peer median rounded to the catalog's decimals (a jury reads them;
-- select_indicator_rows.sql keeps full precision). The recognitions named are
-- the ones the 'recognitions' indicator counts (mart.indicator_inputs: every
-- scheme of the cycle, one per scheme and level), so the names and the count
-- beside them always agree.
with
scope as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

-- the level in the words the awarding body uses in English (its code stays in mart.star_ratings)
ratings as (
    select r.organization_id, r.stars, r.basis, r.points, coalesce(l.label, r.level_code) as level
    from mart.star_ratings as r
    left join ref.star_band_labels as l on l.scheme = r.scheme and l.level_code = r.level_code and l.language = 'en'
    where r.scheme = $scheme and r.cycle_year = $cycle
),

-- one row per scheme and level counted, as build_fact_indicators.sql counts them
recognitions as (
    select distinct
        i.organization_id,
        r.scheme,
        coalesce(r.level, '') as level_key,
        -- a level read across a line break keeps one space: a cell of the pack is one line
        first(regexp_replace(trim(coalesce(r.level, r.scheme)), '\s+', ' ', 'g') order by r.recognition_id) over (
            partition by i.organization_id, r.scheme, coalesce(r.level, '')
        ) as name
    from mart.indicator_inputs as i
    inner join trusted.recognitions as r on i.fact_id = r.recognition_id
    where i.cycle_year = $cycle and i.indicator_code = 'recognitions' and i.fact_table = 'recognitions'
),

benchmark_indicators as (
    select
        b.organization_id,
        b.indicator_code,
        b.peer_group,
        b.rank,
        b.peer_n,
        round(b.value, c.decimals) as value,
        round(b.peer_median, c.decimals) as peer_median
    from mart.benchmark_indicators as b
    inner join ref.indicator_catalog as c using (indicator_code)
    where b.cycle_year = $cycle
),

organizations as (
    select organization_id, canonical_name, country, org_type from core.organizations
),

received as (
    select organization_id, string_agg(name, '; ' order by name, scheme) as recognitions
    from recognitions
    group by all
),

indicators as (
    select
        organization_id,
        any_value(peer_group) as peer_group,
        map_from_entries(list((indicator_code, struct_pack(value, rank, peer_n, peer_median)))) as by_code
    from benchmark_indicators
    group by all
),

final as (
    select
        o.organization_id,
        o.canonical_name,
        o.country,
        o.org_type,
        r.stars,
        r.basis as star_basis,
        r.points,
        r.level,
        v.recognitions,
        i.peer_group,
        i.by_code
    from scope as s
    inner join organizations as o using (organization_id)
    left join ratings as r using (organization_id)
    left join received as v using (organization_id)
    left join indicators as i using (organization_id)
)

select * from final
order by canonical_name, organization_id;
