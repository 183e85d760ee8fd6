-- Failure mode: duplicated keys (a re-run or a repeated block counted twice,
-- two ratings of one organization in one scheme and cycle).
select 'core.documents' as table_name, document_id as key, count(*) as copies from core.documents group by all having count(*) > 1
union all
select 'core.organizations', organization_id, count(*) from core.organizations group by all having count(*) > 1
union all
select 'core.reported_metrics', metric_id, count(*) from core.reported_metrics group by all having count(*) > 1
union all
select 'core.recognitions', recognition_id, count(*) from core.recognitions group by all having count(*) > 1
union all
select 'core.events', event_id, count(*) from core.events group by all having count(*) > 1
union all
select 'core.targets', target_id, count(*) from core.targets group by all having count(*) > 1
union all
select 'core.findings', finding_id, count(*) from core.findings group by all having count(*) > 1
union all
select 'mart.star_ratings', organization_id || '/' || scheme || '/' || coalesce(cycle_year::varchar, ''), count(*)
from mart.star_ratings group by all having count(*) > 1
union all
select 'mart.benchmark_indicators', organization_id || '/' || coalesce(cycle_year::varchar, '') || '/' || indicator_code, count(*)
from mart.benchmark_indicators group by all having count(*) > 1
union all
select 'mart.benchmark_scope', scheme || '/' || cycle_year::varchar || '/' || organization_id, count(*)
from mart.benchmark_scope group by all having count(*) > 1;
