-- The decisions apply_corrections.sql found good, applied to the core tables:
-- sets, added facts, review statuses; then every row's outcome goes to
-- meta.corrections, and the rows that did not apply to meta.input_warnings.
-- the value each applied set gives a field: the last row of the file wins
create table staging.applied_values as
select o.fact_id, o.fact_table, f.column_name, o.normalized, o.row
from staging.correction_outcomes as o
inner join staging.correction_fields as f on f.fact_table = o.fact_table and f.field = o.field
where o.action = 'set' and o.status = 'applied'
qualify row_number() over (partition by o.fact_id, f.column_name order by o.row desc) = 1;

-- the field of every fact before corrections, as text (for the audit)
create table staging.values_before as
select 'reported_metrics' as fact_table, fact_id, 'value' as column_name, value::varchar as before from core.reported_metrics
union all select 'reported_metrics', fact_id, 'organization_id', organization_id from core.reported_metrics
union all select 'reported_metrics', fact_id, 'period_year', period_year::varchar from core.reported_metrics
union all select 'reported_metrics', fact_id, 'metric_code', metric_code from core.reported_metrics
union all select 'recognitions', fact_id, 'organization_id', organization_id from core.recognitions
union all select 'recognitions', fact_id, 'year', year::varchar from core.recognitions
union all select 'recognitions', fact_id, 'stars', stars::varchar from core.recognitions
union all select 'recognitions', fact_id, 'scheme', scheme from core.recognitions
union all select 'recognitions', fact_id, 'level', level from core.recognitions
union all select 'findings', fact_id, 'organization_id', organization_id from core.findings
union all select 'findings', fact_id, 'finding_type', finding_type from core.findings
union all select 'findings', fact_id, 'text', text from core.findings
union all select 'findings', fact_id, 'framework', framework from core.findings
union all select 'findings', fact_id, 'criterion_code', criterion_code from core.findings
union all select 'scores', fact_id, 'organization_id', organization_id from core.scores
union all select 'scores', fact_id, 'points', points::varchar from core.scores
union all select 'scores', fact_id, 'max_points', max_points::varchar from core.scores
union all select 'events', fact_id, 'organization_id', organization_id from core.events
union all select 'events', fact_id, 'title', title from core.events
union all select 'targets', fact_id, 'organization_id', organization_id from core.targets
union all select 'targets', fact_id, 'title', title from core.targets
union all select 'targets', fact_id, 'target_value', target_value::varchar from core.targets
union all select 'targets', fact_id, 'period_year', period_year::varchar from core.targets
union all select 'peer_links', fact_id, 'topic', topic from core.peer_links
union all select 'focus_areas', fact_id, 'organization_id', organization_id from core.focus_areas
union all select 'focus_areas', fact_id, 'label', label from core.focus_areas
union all select 'focus_areas', fact_id, 'share_pct', share_pct::varchar from core.focus_areas;

-- the sets, one statement per column a person may set
update core.reported_metrics as t set value = v.normalized::double
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'value';
update core.reported_metrics as t set organization_id = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'organization_id';
update core.reported_metrics as t set period_year = v.normalized::double::integer
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'period_year';
update core.reported_metrics as t set metric_code = v.normalized, unit = c.unit
from staging.applied_values as v, ref.metric_catalog as c
where v.fact_id = t.fact_id and v.column_name = 'metric_code' and c.metric_code = v.normalized;
update core.recognitions as t set organization_id = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'organization_id';
update core.recognitions as t set year = v.normalized::double::integer
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'year';
update core.recognitions as t set stars = v.normalized::double::integer
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'stars';
update core.recognitions as t set scheme = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'scheme';
update core.recognitions as t set level = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'level';
update core.findings as t set organization_id = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'organization_id';
update core.findings as t set finding_type = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'finding_type';
update core.findings as t set text = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'text';
update core.findings as t set framework = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'framework';
update core.findings as t set criterion_code = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'criterion_code';
update core.scores as t set organization_id = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'organization_id';
update core.scores as t set points = v.normalized::double
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'points';
update core.scores as t set max_points = v.normalized::double
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'max_points';
update core.events as t set organization_id = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'organization_id';
update core.events as t set title = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'title';
update core.targets as t set organization_id = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'organization_id';
update core.targets as t set title = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'title';
update core.targets as t set target_value = v.normalized::double
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'target_value';
update core.targets as t set period_year = v.normalized::double::integer
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'period_year';
update core.peer_links as t set topic = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'topic';
update core.focus_areas as t set organization_id = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'organization_id';
update core.focus_areas as t set label = v.normalized
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'label';
update core.focus_areas as t set share_pct = v.normalized::double
from staging.applied_values as v where v.fact_id = t.fact_id and v.column_name = 'share_pct';

-- the facts people added, with the fields their rows gave
create table staging.added_facts as
with
fields as (
    select v.row, v.field, v.normalized
    from staging.checked_values as v
    inner join staging.correction_outcomes as o on o.row = v.row and o.action = 'add' and o.status = 'applied'
)

select
    a.row,
    a.new_fact_id as fact_id,
    a.fact_table,
    a.document_id,
    a.page,
    a.quote,
    (select normalized from fields as f where f.row = a.row and f.field = 'organization') as organization_id,
    (select normalized from fields as f where f.row = a.row and f.field = 'metric_code') as metric_code,
    (select normalized::double from fields as f where f.row = a.row and f.field = 'value') as value,
    (select normalized::double::integer from fields as f where f.row = a.row and f.field = 'year') as year,
    (select normalized::double::integer from fields as f where f.row = a.row and f.field = 'stars') as stars,
    (select normalized from fields as f where f.row = a.row and f.field = 'scheme') as scheme,
    (select normalized from fields as f where f.row = a.row and f.field = 'level') as level,
    (select normalized from fields as f where f.row = a.row and f.field = 'finding_type') as finding_type,
    (select normalized from fields as f where f.row = a.row and f.field = 'text') as text,
    (select normalized from fields as f where f.row = a.row and f.field = 'framework') as framework,
    (select normalized from fields as f where f.row = a.row and f.field = 'criterion_code') as criterion_code
from staging.added_places as a
where a.row in (select row from staging.correction_outcomes where action = 'add' and status = 'applied');

insert into core.reported_metrics by name
select
    a.fact_id, a.fact_id as metric_id, a.document_id, a.organization_id, a.metric_code, a.value, c.unit, a.year as period_year,
    a.page, a.quote as evidence, false as low_confidence, 'person' as extractor, 'added' as review_status
from staging.added_facts as a
left join ref.metric_catalog as c using (metric_code)
where a.fact_table = 'reported_metrics';

insert into core.recognitions by name
select
    fact_id, fact_id as recognition_id, document_id, organization_id, scheme, level, stars, year,
    page, quote as evidence, false as low_confidence, 'added' as review_status
from staging.added_facts
where fact_table = 'recognitions';

insert into core.findings by name
select
    a.fact_id, a.fact_id as finding_id, a.document_id, a.organization_id, d.cycle_year, a.framework, a.criterion_code,
    c.theme, a.finding_type, a.text, d.language, a.page, a.quote as evidence, false as low_confidence, 'added' as review_status
from staging.added_facts as a
inner join core.documents as d using (document_id)
left join ref.criteria as c on c.framework = a.framework and c.criterion_code = a.criterion_code
where a.fact_table = 'findings';

-- an organization a person set or gave an added fact is theirs (organization_basis 'reviewed'); none is not_found
update core.reported_metrics set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
update core.recognitions set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
update core.findings set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
update core.scores set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
update core.events set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
update core.targets set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
update core.peer_links set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
update core.focus_areas set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');

-- what a person said of each fact: the last confirm, set or reject of the file decides
create table staging.review_status as
with
decisions as (
    select fact_id, action, row from staging.correction_outcomes
    where status = 'applied' and action in ('confirm', 'set', 'reject')
),

corrected as (
    select distinct fact_id from decisions where action = 'set'
)

select
    d.fact_id,
    case
        when d.action = 'reject' then 'rejected'
        when d.fact_id in (select fact_id from corrected) then 'corrected'
        else 'confirmed'
    end as review_status
from decisions as d
qualify row_number() over (partition by d.fact_id order by d.row desc) = 1;

update core.reported_metrics as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
update core.recognitions as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
update core.findings as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
update core.scores as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
update core.events as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
update core.targets as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
update core.peer_links as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
update core.focus_areas as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;

insert into meta.corrections by name
select
    o.row,
    o.fact_id,
    o.fact_table,
    o.action,
    o.field,
    case when o.action = 'set' and o.status = 'applied' then b.before end as before,
    case
        when o.action = 'set' and o.status = 'applied' then o.normalized
        when o.action = 'add' and o.status = 'applied' then o.value
        when o.action in ('confirm', 'reject') and o.status = 'applied' then s.review_status
    end as after,
    o.reason,
    o.reviewer,
    o.reviewed_on,
    o.status,
    o.message
from staging.correction_outcomes as o
left join staging.correction_fields as f on f.fact_table = o.fact_table and f.field = o.field
left join staging.values_before as b on b.fact_id = o.fact_id and b.column_name = f.column_name
left join staging.review_status as s on s.fact_id = o.fact_id
union all by name
-- rows that could not even be read (an unknown action, a date that is no date) are in the audit too
select row, action, 'error' as status, message
from staging.correction_problems
where row is not null;

insert into meta.input_warnings by name
with
file_rows as (
    select
        'raw/corrections.csv' as file,
        row,
        problem_column as "column",
        status || ': ' || message || case when status = 'orphaned' then '; kept in the file, not applied' else '; this row was not applied' end
            as message
    from staging.correction_outcomes
    where status <> 'applied'
)

select file, row, "column", message, file || ' row ' || row::varchar || coalesce(', column ' || "column", '') || ': ' || message as line
from file_rows
union all
select file, row, "column", message, line from staging.correction_problems;
