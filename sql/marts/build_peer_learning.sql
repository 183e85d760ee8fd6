-- Peer learning: each area for improvement meets the strengths of peers on the
-- same theme; peers are organizations linked in core.peer_links (either way,
-- e.g. the union's expert-exchange pairs) or sharing the peer group (country
-- and type) of the organization. Both findings' evidence travels along.
insert into mart.peer_learning
with
improvements as (
    select finding_id, organization_id, theme, evidence from core.findings
    where finding_type = 'improvement_area' and theme is not null and organization_id is not null and not low_confidence
),

strengths as (
    select finding_id, organization_id, theme, evidence from core.findings
    where finding_type = 'strength' and theme is not null and organization_id is not null and not low_confidence
),

linked as (
    select organization_id, peer_organization_id, 'peer_link' as link from core.peer_links
    union
    select peer_organization_id, organization_id, 'peer_link' from core.peer_links
),

grouped as (
    select a.organization_id, b.organization_id as peer_organization_id, 'peer_group' as link
    from core.organizations as a
    inner join core.organizations as b
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
    inner join peers as p on p.organization_id = i.organization_id
    inner join strengths as s on s.organization_id = p.peer_organization_id and s.theme = i.theme
)

select * from final;
