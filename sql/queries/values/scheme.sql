-- The schemes a named query may be given: the codes of ref.schemes, matched
-- exactly as the queries match them ($value).
select
    scheme as value,
    scheme = $value as matches
from ref.schemes
order by value;
