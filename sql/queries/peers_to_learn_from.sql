-- Peers with strengths where an organization has areas for improvement, theme by theme.
-- param: organization = | canonical name or any alias (any language) | required; values: organization
select
    p.theme,
    peer.canonical_name as peer,
    p.link,
    p.improvement_evidence,
    p.peer_strength_evidence
from mart.peer_learning as p
inner join core.organizations as peer on peer.organization_id = p.peer_organization_id
where p.organization_id in (
    select organization_id from core.organization_aliases where lower(alias) = lower($organization)
    union
    select organization_id from core.organizations where lower(canonical_name) = lower($organization)
)
order by p.theme, peer.canonical_name;
