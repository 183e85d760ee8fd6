-- The changes against the previous published build that touch one jury pack:
-- its scheme and cycle, or an organization of its benchmark scope
-- (mart.benchmark_scope, now or in the cycle's facts). Parameters: $scheme, $cycle.
with
scope as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

revisions as (
    select * from meta.revisions
)

select change, subject_table, subject_id, document_id, organization_id, scheme, cycle_year, field, before, after, reason
from revisions
where
    (scheme = $scheme and cycle_year = $cycle)
    or (scheme is null and organization_id in (select organization_id from scope) and (cycle_year = $cycle or cycle_year is null))
order by change, subject_table, subject_id, field
