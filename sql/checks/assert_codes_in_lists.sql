-- Failure mode: a code outside its documented list (MISSION.md 4.4), which
-- analysts' filters and the exports would silently miss.
select 'metric_code' as code_kind, metric_code as code from core.reported_metrics
where metric_code not in (select metric_code from ref.metric_catalog)
union all
select 'finding_type', finding_type from core.findings
where finding_type not in (select code from ref.codes where code_kind = 'finding_type')
union all
select 'scheme', scheme from core.recognitions
where scheme not in (select code from ref.codes where code_kind = 'scheme')
union all
select 'theme', theme from core.findings where theme is not null and theme not in (select theme from ref.themes)
union all
select 'theme', theme from core.focus_areas where theme is not null and theme not in (select theme from ref.themes)
union all
select 'framework', framework from core.findings
where framework is not null and framework not in (select framework from ref.criteria)
union all
select 'document_status', status from core.documents where status not in ('ok', 'quarantined')
union all
select 'rejection_reason', reason from core.rejected_facts
where reason not in (select code from ref.codes where code_kind = 'rejection_reason');
