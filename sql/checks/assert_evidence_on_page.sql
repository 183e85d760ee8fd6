-- Failure mode: a fact whose quoted evidence cannot be found on the page it
-- cites (wrong page, rewritten quote): an analyst could not click back to it.
-- Tables: core.reported_metrics, core.recognitions, core.events, core.targets, core.findings, core.peer_links, core.focus_areas
with
facts as (
    select 'core.reported_metrics' as table_name, metric_id as fact_id, document_id, page, evidence from core.reported_metrics
    union all
    select 'core.recognitions', recognition_id, document_id, page, evidence from core.recognitions
    union all
    select 'core.events', event_id, document_id, page, evidence from core.events
    union all
    select 'core.targets', target_id, document_id, page, evidence from core.targets
    union all
    select 'core.findings', finding_id, document_id, page, evidence from core.findings
    union all
    select 'core.peer_links', organization_id || '>' || peer_organization_id, document_id, page, evidence from core.peer_links
    union all
    select 'core.focus_areas', label, document_id, page, evidence from core.focus_areas
),

pages as (
    select document_id, page_number, text from core.pages
),

final as (
    select f.table_name, f.fact_id, f.document_id, f.page
    from facts as f
    left join pages as p on p.document_id = f.document_id and p.page_number = f.page
    where p.text is null or f.evidence is null or f.evidence = '' or position(f.evidence in p.text) = 0
)

select * from final;
