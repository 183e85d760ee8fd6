-- One shape for every core fact, to compare two builds (exbench/warehouse/revisions.py):
-- its main value, organization, year and review status as text.
with
facts as (
    select 'reported_metrics' as fact_table, fact_id, document_id, organization_id, value::varchar as value, period_year as year, review_status
    from core.reported_metrics
    union all
    select 'recognitions', fact_id, document_id, organization_id, coalesce(stars::varchar, level), year, review_status from core.recognitions
    union all
    select 'findings', fact_id, document_id, organization_id, finding_type || ': ' || text, cycle_year, review_status from core.findings
    union all
    select 'scores', fact_id, document_id, organization_id, points::varchar, cycle_year, review_status from core.scores
    union all
    select 'events', fact_id, document_id, organization_id, title, year(event_date), review_status from core.events
    union all
    select 'targets', fact_id, document_id, organization_id, coalesce(target_value::varchar, title), period_year, review_status from core.targets
    union all
    select 'peer_links', fact_id, document_id, organization_id, peer_organization_id, null, review_status from core.peer_links
    union all
    select 'focus_areas', fact_id, document_id, organization_id, label, cycle_year, review_status from core.focus_areas
)

select * from facts
where fact_id is not null
