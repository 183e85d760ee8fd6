-- People's decisions about facts (raw/corrections.csv, staged as
-- staging.corrections by exbench/warehouse/corrections.py), checked here after
-- load_core.sql and applied to the core tables by write_corrections.sql, each
-- time core is built: a full refresh or a new
-- extractor version keeps them. Every row of the file ends in meta.corrections
-- with what it did: applied (before and after), orphaned (its fact no longer
-- exists: it was in the previous published build, staging.previous_facts, or
-- a correction of that build named it, staging.previous_decided) or
-- error (a fact id no build had, a value its field cannot hold, an added fact
-- whose words are not on its page). Orphaned and bad rows are also lines of
-- meta.input_warnings naming file, row and column, so `exbench run` lists them;
-- the other rows still apply.

-- every fact of core with the table it is in and its place
create table staging.facts_now as
select 'reported_metrics' as fact_table, fact_id, document_id, page, evidence from core.reported_metrics
union all select 'recognitions', fact_id, document_id, page, evidence from core.recognitions
union all select 'findings', fact_id, document_id, page, evidence from core.findings
union all select 'scores', fact_id, document_id, page, evidence from core.scores
union all select 'events', fact_id, document_id, page, evidence from core.events
union all select 'targets', fact_id, document_id, page, evidence from core.targets
union all select 'peer_links', fact_id, document_id, page, evidence from core.peer_links
union all select 'focus_areas', fact_id, document_id, page, evidence from core.focus_areas;

-- the fields a person may set (or give an added fact), what kind of value each holds, and the column it is
create table staging.correction_fields as
select * from (
    values
    ('reported_metrics', 'value', 'metric_value', 'value'),
    ('reported_metrics', 'organization', 'organization', 'organization_id'),
    ('reported_metrics', 'year', 'year', 'period_year'),
    ('reported_metrics', 'metric_code', 'metric_code', 'metric_code'),
    ('recognitions', 'organization', 'organization', 'organization_id'),
    ('recognitions', 'year', 'year', 'year'),
    ('recognitions', 'stars', 'stars', 'stars'),
    ('recognitions', 'scheme', 'scheme', 'scheme'),
    ('recognitions', 'level', 'text', 'level'),
    ('findings', 'organization', 'organization', 'organization_id'),
    ('findings', 'finding_type', 'finding_type', 'finding_type'),
    ('findings', 'text', 'text', 'text'),
    ('findings', 'framework', 'framework', 'framework'),
    ('findings', 'criterion_code', 'text', 'criterion_code'),
    ('scores', 'organization', 'organization', 'organization_id'),
    ('scores', 'points', 'points', 'points'),
    ('scores', 'max_points', 'points', 'max_points'),
    ('scores', 'criterion_code', 'text', 'criterion_code'),
    ('scores', 'framework', 'framework', 'framework'),
    ('events', 'organization', 'organization', 'organization_id'),
    ('events', 'title', 'text', 'title'),
    ('targets', 'organization', 'organization', 'organization_id'),
    ('targets', 'title', 'text', 'title'),
    ('targets', 'value', 'number', 'target_value'),
    ('targets', 'year', 'year', 'period_year'),
    ('peer_links', 'topic', 'text', 'topic'),
    ('focus_areas', 'organization', 'organization', 'organization_id'),
    ('focus_areas', 'label', 'text', 'label'),
    ('focus_areas', 'share_pct', 'percent', 'share_pct')
) as f (fact_table, field, value_kind, column_name);

-- the kinds of fact a person may add, the prefix of their ids, the fields they need, and the fields that
-- make an extracted fact the same one (with the same document, page and overlapping quote): an add the
-- extractor now finds too is not added again (write_corrections.sql); a score without a criterion is the total
create table staging.addable_kinds as
select * from (
    values
    ('reported_metrics', 'm_', ['metric_code', 'value'], ['metric_code', 'value']),
    ('recognitions', 'r_', ['scheme'], ['scheme']),
    ('findings', 'f_', ['finding_type', 'text'], ['finding_type']),
    ('scores', 's_', ['points', 'max_points'], ['criterion_code', 'points'])
) as k (fact_table, prefix, required, same);

-- an add's place: its document (by path or id), page and words on that page
create table staging.added_places as
with
adds as (
    select c.*, k.prefix, k.required, k.fact_table
    from staging.corrections as c
    left join staging.addable_kinds as k on k.fact_table = c.kind
    where c.action = 'add'
),

placed as (
    select
        a.*,
        d.document_id,
        d.sha256,
        p.text as page_text,
        coalesce(a.fact_id, a.prefix || left(sha256(concat_ws(chr(31), coalesce(d.sha256, d.document_id), a.fact_table, a.page::varchar, a.quote)), 16))
            as new_fact_id
    from adds as a
    left join core.documents as d on a.document in (d.source_path, d.document_id) and d.status = 'ok'
    left join core.pages as p on p.document_id = d.document_id and p.page_number = a.page
)

select
    *,
    case
        when fact_table is null then 'a fact of kind ' || kind || ' cannot be added (kinds: '
            || (select string_agg(fact_table, ', ' order by fact_table) from staging.addable_kinds) || ')'
        when document_id is null then 'no readable document ' || document || ' in raw/'
        when page_text is null then 'document ' || document || ' has no page ' || page::varchar
        when position(quote in page_text) = 0 then 'the quoted words are not on page ' || page::varchar || ' of ' || document
        when new_fact_id in (select fact_id from staging.facts_now) then 'fact ' || new_fact_id || ' exists already: set its fields instead'
        when row_number() over (partition by new_fact_id order by row) > 1 then 'an earlier row adds the same fact ' || new_fact_id
    end as place_problem
from placed;

-- every value a row gives a field: a set's value, or each field of an add's JSON
create table staging.given_values as
with
sets as (
    select c.row, c.fact_id, f.fact_table, c.field, c.value
    from staging.corrections as c
    inner join staging.facts_now as f using (fact_id)
    where c.action = 'set'
),

add_fields as (
    select a.row, a.new_fact_id as fact_id, a.fact_table, lower(k.key) as field, json_extract_string(a.value, '$.' || k.key) as value
    from staging.added_places as a
    cross join unnest(json_keys(a.value)) as k (key)
    where a.place_problem is null and lower(k.key) not in ('kind', 'document', 'page', 'quote')
)

select * from sets
union all
select * from add_fields;

-- each given value checked against what its field holds, and normalized to the text of the column's value
create table staging.checked_values as
with
given as (
    select
        g.*,
        f.value_kind,
        f.column_name,
        trim(g.value) as said,
        try_cast(replace(trim(g.value), ',', '') as double) as number
    from staging.given_values as g
    left join staging.correction_fields as f on f.fact_table = g.fact_table and f.field = g.field
),

set_codes as (
    select fact_id, any_value(trim(value) order by row desc) as code from given
    where fact_table = 'reported_metrics' and field = 'metric_code' group by fact_id
),

-- the unit (so the range) a metric's value is held to: the code the same rows set, else the fact's own
metric_units as (
    select g.row, coalesce(c.unit, cm.unit) as unit
    from given as g
    left join set_codes as set_code using (fact_id)
    left join ref.metric_catalog as c on c.metric_code = set_code.code
    left join core.reported_metrics as m using (fact_id)
    left join ref.metric_catalog as cm on cm.metric_code = m.metric_code
    where g.value_kind = 'metric_value'
),

organizations as (
    select organization_id, lower(canonical_name) as name from core.organizations
    union
    select organization_id, lower(alias) from core.organization_aliases
    union
    select organization_id, organization_id from core.organizations
),

checked as (
    select
        g.*,
        case g.value_kind
            when 'text' then nullif(g.said, '')
            when 'organization' then (
                select min(o.organization_id) from organizations as o where o.name = lower(g.said)
            )
            when 'metric_code' then (select min(metric_code) from ref.metric_catalog where metric_code = g.said)
            when 'scheme' then (select min(scheme) from ref.schemes where scheme = lower(g.said))
            when 'finding_type' then (select min(finding_type) from ref.finding_types where finding_type = g.said)
            when 'framework' then (select min(framework) from ref.frameworks where framework = lower(g.said))
            else g.number::varchar
        end as normalized,
        case g.value_kind
            when 'metric_value' then (
                select r.value_kind from metric_units as u inner join ref.value_ranges as r on r.value_kind = u.unit where u.row = g.row
            )
            when 'number' then null
            when 'year' then 'year'
            when 'stars' then 'stars'
            when 'points' then 'points'
            when 'percent' then 'percent'
        end as range_kind
    from given as g
)

select
    c.*,
    case
        when c.value_kind is null then c.field || ' cannot be given for a ' || c.fact_table || ' fact (fields: '
            || (select string_agg(field, ', ' order by field) from staging.correction_fields as f where f.fact_table = c.fact_table) || ')'
        when c.normalized is null and c.value_kind = 'organization' then c.said || ' is no organization of the warehouse (core.organizations)'
        when c.normalized is null and c.value_kind in ('metric_code', 'scheme', 'finding_type', 'framework')
            then c.said || ' is not a code of ' || c.value_kind
        when c.normalized is null and c.value_kind = 'text' then c.field || ' cannot be empty'
        when c.normalized is null then c.said || ' is not a number (' || c.field || ')'
        when r.value_kind is not null and (c.number < r.min_value or c.number > r.max_value or (r.whole_number and c.number <> floor(c.number)))
            then c.said || ' is out of the range of ' || c.field || ' (' || r.min_value::varchar || ' to ' || r.max_value::varchar
            || case when r.whole_number then ', whole' else '' end || ')'
    end as problem
from checked as c
left join ref.value_ranges as r on r.value_kind = c.range_kind;

-- the outcome of every row of the file
create table staging.correction_outcomes as
with
rows as (
    select
        c.*,
        coalesce(f.fact_table, a.fact_table, p.fact_table) as fact_table,
        f.fact_id is not null as exists_now,
        p.fact_id is not null or c.fact_id in (select d.fact_id from staging.previous_decided as d) as existed_before,
        a.place_problem,
        a.new_fact_id,
        v.problem as value_problem,
        v.normalized
    from staging.corrections as c
    left join staging.facts_now as f on c.action <> 'add' and f.fact_id = c.fact_id
    left join staging.previous_facts as p on c.action <> 'add' and p.fact_id = c.fact_id
    left join staging.added_places as a on a.row = c.row
    left join staging.checked_values as v on v.row = c.row and c.action = 'set'
),

add_problems as (
    select
        v.row,
        string_agg(v.field || ': ' || v.problem, '; ' order by v.field) as problem
    from staging.checked_values as v
    inner join staging.corrections as c on c.row = v.row and c.action = 'add'
    where v.problem is not null
    group by v.row
),

add_missing as (
    select
        a.row,
        'an added ' || a.fact_table || ' fact needs ' || string_agg(r.field, ', ' order by r.field) as problem
    from staging.added_places as a
    cross join unnest(a.required) as r (field)
    where a.place_problem is null and r.field not in (select v.field from staging.given_values as v where v.row = a.row)
    group by a.row, a.fact_table
)

select
    r.row,
    coalesce(r.new_fact_id, r.fact_id) as fact_id,
    r.fact_table,
    r.action,
    r.field,
    r.value,
    r.normalized,
    r.reason,
    r.reviewer,
    r.reviewed_on,
    case
        when r.action = 'add' and coalesce(r.place_problem, p.problem, m.problem) is not null then 'error'
        when r.action <> 'add' and not r.exists_now and r.existed_before then 'orphaned'
        when r.action <> 'add' and not r.exists_now then 'error'
        when r.value_problem is not null then 'error'
        else 'applied'
    end as status,
    case
        when r.action = 'add' then coalesce(r.place_problem, m.problem, p.problem)
        when not r.exists_now and r.existed_before
            then 'fact ' || r.fact_id || ' of the previous build no longer exists (its document changed or the extractor no longer finds it)'
        when not r.exists_now then 'unknown fact id ' || r.fact_id || ' (no fact of this or the previous build has it)'
        else r.value_problem
    end as message,
    case
        when r.action = 'add' and coalesce(r.place_problem, p.problem, m.problem) is not null then 'value'
        when r.action <> 'add' and not r.exists_now then 'fact_id'
        when r.value_problem is not null and r.value_problem like r.field || ' cannot be given%' then 'field'
        when r.value_problem is not null then 'value'
    end as problem_column
from rows as r
left join add_problems as p on p.row = r.row
left join add_missing as m on m.row = r.row;
