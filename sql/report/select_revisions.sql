-- What changed against the previous published build (meta.revisions), for the
-- report's "What changed" section: ratings and ranks first, then facts, each
-- with its organization's name.
with
revisions as (
    select * from meta.revisions
),

organizations as (
    select organization_id, canonical_name from core.organizations
)

select
    r.previous_build_id,
    r.change,
    r.subject_table,
    r.subject_id,
    o.canonical_name as organization,
    r.scheme,
    r.cycle_year,
    r.field,
    r.before,
    r.after,
    r.reason
from revisions as r
left join organizations as o using (organization_id)
order by
    case r.change when 'stars_moved' then 0 when 'rank_moved' then 1 else 2 end,
    o.canonical_name nulls last, r.subject_table, r.subject_id, r.field
