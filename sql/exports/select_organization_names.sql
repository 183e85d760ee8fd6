-- Every name of every organization (canonical name and aliases) with its type
-- and canonical name: what a blind export masks, and what its mapping names.
with
canonical as (
    select organization_id, canonical_name as name from core.organizations
),

aliases as (
    select organization_id, alias as name from core.organization_aliases
),

final as (
    select o.organization_id, o.org_type, o.canonical_name, n.name
    from (select * from canonical union select * from aliases) as n
    inner join core.organizations as o using (organization_id)
)

select * from final order by organization_id, name;
