-- Failure mode: a fact that does not say how its organization was found, says
-- it with a code outside ref.codes, or has an organization while saying none
-- was found (or none while saying one was): a fact silently given to the
-- document's organization, or a NULL nobody can explain.
-- Tables: core.reported_metrics, core.recognitions, core.events, core.targets, core.findings, core.scores, core.peer_links, core.focus_areas
with
facts as (
    select 'core.reported_metrics' as table_name, fact_id, document_id, organization_id, organization_basis
    from core.reported_metrics
    union all
    select 'core.recognitions', fact_id, document_id, organization_id, organization_basis from core.recognitions
    union all
    select 'core.events', fact_id, document_id, organization_id, organization_basis from core.events
    union all
    select 'core.targets', fact_id, document_id, organization_id, organization_basis from core.targets
    union all
    select 'core.findings', fact_id, document_id, organization_id, organization_basis from core.findings
    union all
    select 'core.scores', fact_id, document_id, organization_id, organization_basis from core.scores
    union all
    select 'core.peer_links', fact_id, document_id, organization_id, organization_basis from core.peer_links
    union all
    select 'core.focus_areas', fact_id, document_id, organization_id, organization_basis from core.focus_areas
),

bases as (
    select code from ref.codes where code_kind = 'organization_basis'
),

final as (
    select f.table_name, f.fact_id, f.document_id, f.organization_id, f.organization_basis
    from facts as f
    left join bases as b on b.code = f.organization_basis
    where
        b.code is null
        or (f.organization_basis = 'not_found') != (f.organization_id is null)
)

select * from final;
