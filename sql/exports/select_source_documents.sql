-- Documents whose facts stand behind a benchmark ($scheme, $cycle).
with
organizations as (
    select organization_id from mart.benchmark_scope where scheme = $scheme and cycle_year = $cycle
),

used as (
    select document_id from core.reported_metrics where organization_id in (select * from organizations) and period_year = $cycle
    union
    select document_id from core.recognitions where organization_id in (select * from organizations) and year = $cycle
    union
    select document_id from core.findings where organization_id in (select * from organizations) and cycle_year = $cycle
    union
    select document_id from core.scores where organization_id in (select * from organizations) and cycle_year = $cycle
)

select d.document_id, d.source_path, d.sha256
from core.documents as d
inner join used using (document_id)
order by d.source_path;
