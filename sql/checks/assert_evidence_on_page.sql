-- Failure mode: a fact whose quoted evidence cannot be found on the page it
-- cites (wrong page, rewritten quote): an analyst could not click back to it.
with
facts as (
    select 'reported_metrics' as fact_table, metric_id as fact_id, document_id, page, evidence from core.reported_metrics
    union all
    select 'recognitions', recognition_id, document_id, page, evidence from core.recognitions
    union all
    select 'events', event_id, document_id, page, evidence from core.events
    union all
    select 'targets', target_id, document_id, page, evidence from core.targets
    union all
    select 'findings', finding_id, document_id, page, evidence from core.findings
    union all
    select 'peer_links', organization_id || '>' || peer_organization_id, document_id, page, evidence from core.peer_links
    union all
    select 'focus_areas', label, document_id, page, evidence from core.focus_areas
)

select f.fact_table, f.fact_id, f.document_id, f.page
from facts as f
left join core.pages as p on p.document_id = f.document_id and p.page_number = f.page
where p.text is null or f.evidence is null or f.evidence = '' or position(f.evidence in p.text) = 0;
