-- The indicators a named query may be given: the codes of the catalog,
-- matched exactly as the queries match them ($value).
select
    indicator_code as value,
    indicator_code = $value as matches
from ref.indicator_catalog
order by value;
