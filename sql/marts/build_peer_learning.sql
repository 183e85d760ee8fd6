-- Peer learning: each area for improvement meets the strengths of peers on the
-- same theme; peers are organizations linked in trusted.peer_links (either way,
-- e.g. the union's expert-exchange pairs) or sharing the peer group (country
-- and type) of the organization. Both findings' evidence travels along.
-- Findings and links come from the trusted layer (no low-confidence rows).
insert into mart.peer_learning by name
with
findings as (
    select * from trusted.findings
),

peer_links as (
    select * from trusted.peer_links
),

organizations as (
    select organization_id, country, org_type from core.organizations
),

improvements as (
    select finding_id, organization_id, theme, evidence from findings
    where finding_type = 'improvement_area' and theme is not null and organization_id is not null
),

strengths as (
    select finding_id, organization_id, theme, evidence from findings
    where finding_type = 'strength' and theme is not null and organization_id is not null
),

linked as (
    select organization_id, peer_organization_id, 'peer_link' as link from peer_links
    union
    select peer_organization_id, organization_id, 'peer_link' from peer_links
),

grouped as (
    select a.organization_id, b.organization_id as peer_organization_id, 'peer_group' as link
    from organizations as a
    inner join organizations as b
        on a.country = b.country and a.org_type = b.org_type and a.organization_id <> b.organization_id
),

peers as (
    select organization_id, peer_organization_id, min(link) as link
    from (select * from linked union all select * from grouped)
    group by all
),

final as (
    select distinct
        i.organization_id,
        i.theme,
        i.finding_id as improvement_finding_id,
        s.organization_id as peer_organization_id,
        s.finding_id as peer_strength_finding_id,
        i.evidence as improvement_evidence,
        s.evidence as peer_strength_evidence,
        p.link
    from improvements as i
    inner join peers as p on i.organization_id = p.organization_id
    inner join strengths as s on p.peer_organization_id = s.organization_id and i.theme = s.theme
)

select * from final;
