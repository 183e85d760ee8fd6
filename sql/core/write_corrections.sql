-- The decisions apply_corrections.sql found good, applied to the core tables:
-- sets, added facts, review statuses; then every row's outcome goes to
-- meta.corrections, and the rows that did not apply to meta.input_warnings.
-- A template (exbench/warehouse/corrections.py fills it): the lines between
-- "-- for each <rows>" and "-- end" are written once per row of the field
-- table (staging.correction_fields, with each column's cast from
-- correction_columns.sql) or per fact table (fact_tables.sql), $names replaced
-- by the row's values, so each settable field is stated once, in that table.
-- the value each applied set gives a field: the last row of the file wins
create table staging.applied_values as
select o.fact_id, o.fact_table, f.column_name, o.normalized, o.row
from staging.correction_outcomes as o
inner join staging.correction_fields as f on f.fact_table = o.fact_table and f.field = o.field
where o.action = 'set' and o.status = 'applied'
qualify row_number() over (partition by o.fact_id, f.column_name order by o.row desc) = 1;

-- the field of every fact before corrections, as text (for the audit)
create table staging.values_before as
select * from (
    -- for each settable column, joined by union all
    select '$fact_table' as fact_table, fact_id, '$column_name' as column_name, $column_name::varchar as before from core.$fact_table
    -- end
) as v;

-- the sets, one statement per column a person may set
-- for each settable column
update core.$fact_table as t set $column_name = v.normalized$cast
from staging.applied_values as v where v.fact_id = t.fact_id and v.fact_table = '$fact_table' and v.column_name = '$column_name';
-- end

-- a metric's unit is that of its code
update core.reported_metrics as t set unit = c.unit
from staging.applied_values as v, ref.metric_catalog as c
where v.fact_id = t.fact_id and v.column_name = 'metric_code' and c.metric_code = v.normalized;

-- the facts people added, with the fields their rows gave (a column per field)
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
-- for each added field, joined by ,
    (select f.normalized$cast from fields as f where f.row = a.row and f.field = '$field') as $field
-- end
from staging.added_places as a
where a.row in (select row from staging.correction_outcomes where action = 'add' and status = 'applied');

insert into core.reported_metrics by name
select
    a.fact_id, a.fact_id as metric_id, a.document_id, a.organization as organization_id, a.metric_code, a.value, c.unit, a.year as period_year,
    a.page, a.quote as evidence, false as low_confidence, 'person' as extractor, 'added' as review_status
from staging.added_facts as a
left join ref.metric_catalog as c using (metric_code)
where a.fact_table = 'reported_metrics';

insert into core.recognitions by name
select
    fact_id, fact_id as recognition_id, document_id, organization as organization_id, scheme, level, stars, year,
    page, quote as evidence, false as low_confidence, 'added' as review_status
from staging.added_facts
where fact_table = 'recognitions';

insert into core.findings by name
select
    a.fact_id, a.fact_id as finding_id, a.document_id, a.organization as organization_id, d.cycle_year, a.framework, a.criterion_code,
    c.theme, a.finding_type, a.text, d.language, a.page, a.quote as evidence, false as low_confidence, 'added' as review_status
from staging.added_facts as a
inner join core.documents as d using (document_id)
left join ref.criteria as c on c.framework = a.framework and c.criterion_code = a.criterion_code
where a.fact_table = 'findings';

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

-- for each fact table
update core.$fact_table as t set review_status = s.review_status from staging.review_status as s where s.fact_id = t.fact_id;
-- end

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
