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

-- an added fact the extractor now finds too (same document, page and kind, the same fields of
-- staging.addable_kinds.same, the quotes overlapping) is not added again: the extracted fact counts once,
-- confirmed, and the row's outcome says so (now_extracted, naming that fact)
create table staging.now_extracted as
with
adds as (
    select o.row, p.fact_table, p.document_id, p.page, p.quote, k.same
    from staging.correction_outcomes as o
    inner join staging.added_places as p on p.row = o.row
    inner join staging.addable_kinds as k on k.fact_table = p.fact_table
    where o.action = 'add' and o.status = 'applied'
),

candidates as (
    select a.row, a.fact_table, a.same, f.fact_id
    from adds as a
    inner join staging.facts_now as f
        on
            f.fact_table = a.fact_table
            and f.document_id = a.document_id
            and f.page = a.page
            and (position(a.quote in f.evidence) > 0 or position(f.evidence in a.quote) > 0)
),

-- each field that makes the fact the same, as the add gives it and as the extractor read it
compared as (
    select
        c.row,
        c.fact_id,
        bool_and(coalesce(try_cast(g.normalized as double) = try_cast(b.before as double), g.normalized is not distinct from b.before))
            as same
    from candidates as c
    cross join unnest(c.same) as s (field)
    inner join staging.correction_fields as cf on cf.fact_table = c.fact_table and cf.field = s.field
    left join staging.checked_values as g on g.row = c.row and g.field = s.field
    left join staging.values_before as b on b.fact_id = c.fact_id and b.column_name = cf.column_name
    group by c.row, c.fact_id
)

select row, min(fact_id) as fact_id from compared where same group by row;

update staging.correction_outcomes as o
set
    status = 'now_extracted',
    fact_id = n.fact_id,
    message = 'the extractor now finds this fact (' || n.fact_id || '): it counts once, confirmed, and the row can leave the file'
from staging.now_extracted as n
where n.row = o.row;

-- an added score of a criterion (or the total) its document has already, read from other words or with
-- other points, would count twice: the row is an error that says to set the extracted score instead
update staging.correction_outcomes as o
set
    status = 'error',
    problem_column = 'value',
    message = 'document ' || p.document || ' has a score of ' || coalesce('criterion ' || s.criterion_code, 'the total')
    || ' already (' || s.fact_id || '): set its points instead'
from staging.added_places as p, core.scores as s
where
    o.row = p.row
    and o.action = 'add'
    and o.status = 'applied'
    and p.fact_table = 'scores'
    and s.document_id = p.document_id
    and s.criterion_code is not distinct from (
        select v.normalized from staging.checked_values as v where v.row = p.row and v.field = 'criterion_code'
    );

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

-- a score with no criterion is the total; its framework, unless given, is that of the document's other scores
insert into core.scores by name
select
    a.fact_id, a.document_id, a.organization as organization_id, d.cycle_year,
    coalesce(a.framework, (select min(s.framework) from core.scores as s where s.document_id = a.document_id)) as framework,
    a.criterion_code, a.points, a.max_points, a.page, a.quote as evidence, false as low_confidence, 'added' as review_status
from staging.added_facts as a
inner join core.documents as d using (document_id)
where a.fact_table = 'scores';

-- an organization a person set or gave an added fact is theirs (organization_basis 'reviewed'); none is not_found
-- for each fact table
update core.$fact_table set organization_basis = case when organization_id is null then 'not_found' else 'reviewed' end
where organization_basis is null or fact_id in (select fact_id from staging.applied_values where column_name = 'organization_id');
-- end

-- what a person said of each fact: the last confirm, set or reject of the file decides
create table staging.review_status as
with
decisions as (
    select fact_id, action, row from staging.correction_outcomes
    where status = 'applied' and action in ('confirm', 'set', 'reject')
    union all
    -- an add the extractor now finds confirms the extracted fact
    select fact_id, 'confirm' as action, row from staging.correction_outcomes
    where status = 'now_extracted'
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
        when o.status = 'now_extracted' then s.review_status
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
        status || ': ' || message || case
            when status = 'orphaned' then '; kept in the file, not applied'
            when status = 'now_extracted' then '; the added fact was not added again'
            else '; this row was not applied'
        end
            as message
    from staging.correction_outcomes
    where status <> 'applied'
)

select file, row, "column", message, file || ' row ' || row::varchar || coalesce(', column ' || "column", '') || ': ' || message as line
from file_rows
union all
select file, row, "column", message, line from staging.correction_problems;
