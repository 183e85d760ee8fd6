-- Benchmark indicators with their peer groups, each value with the quoted
-- words of the facts it was computed from (the first $max_quotes of them, and
-- how many there are). Which facts those are is the mart's own record
-- (mart.indicator_inputs), so a quote is always one of a fact behind the value.
with
indicators as (
    select * from mart.benchmark_indicators
),

inputs as (
    select * from mart.indicator_inputs
),

evidence as (
    select fact_table, fact_id, document_id, page, evidence from trusted.fact_evidence
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

-- one citation per quote: two facts read from the same words cite them once
citations as (
    select distinct
        n.organization_id,
        n.cycle_year,
        n.indicator_code,
        d.source_path,
        e.page,
        e.evidence
    from inputs as n
    inner join evidence as e using (fact_table, fact_id)
    inner join documents as d using (document_id)
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
    from citations
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
