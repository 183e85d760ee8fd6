-- Failure mode: a code outside its documented list (MISSION.md 4.4), which
-- analysts' filters and the exports would silently miss. Each list is a
-- reference table (sql/seeds): a code is in its list when its row is there.
with
codes as (
    select 'metric_code' as code_kind, metric_code as code from core.reported_metrics
    union all
    select 'finding_type', finding_type from core.findings
    union all
    select 'scheme', scheme from core.recognitions
    union all
    select 'theme', theme from core.findings
    union all
    select 'theme', theme from core.focus_areas
    union all
    select 'framework', framework from core.findings
    union all
    select 'document_status', status from core.documents
    union all
    select 'rejection_reason', reason from core.rejected_facts
),

lists as (
    select 'metric_code' as code_kind, metric_code as code from ref.metric_catalog
    union all
    select 'finding_type', finding_type from ref.finding_types
    union all
    select 'scheme', scheme from ref.schemes
    union all
    select 'theme', theme from ref.themes
    union all
    select 'framework', framework from ref.frameworks
    union all
    select code_kind, code from ref.codes
),

final as (
    select c.code_kind, c.code
    from codes as c
    anti join lists as l on l.code_kind = c.code_kind and l.code = c.code
    where c.code is not null
)

select * from final;
