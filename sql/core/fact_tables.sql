-- The tables of facts a person reviews: every core table with a review status.
select table_name as fact_table
from duckdb_columns()
where schema_name = 'core' and column_name = 'review_status'
order by table_name;
