-- The columns a correction may set (staging.correction_fields), each with the
-- cast from a checked value's text to the column's type, and whether a person
-- may add a fact of its table: the rows write_corrections.sql is filled from.
with
fields as (
    select * from staging.correction_fields
),

types as (
    select table_name as fact_table, column_name, data_type from duckdb_columns() where schema_name = 'core'
),

addable as (
    select fact_table from staging.addable_kinds
)

select
    f.fact_table,
    f.field,
    f.column_name,
    t.data_type,
    case t.data_type
        when 'VARCHAR' then ''
        when 'DOUBLE' then '::double'
        when 'INTEGER' then '::double::integer'
    end as "cast",
    f.fact_table in (select a.fact_table from addable as a) as addable
from fields as f
left join types as t using (fact_table, column_name)
order by f.fact_table, f.field;
