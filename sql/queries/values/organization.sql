-- The organizations a named query may be given: every canonical name and
-- alias, matched case-insensitively as the queries match them ($value).
select
    canonical_name as value,
    lower(canonical_name) = lower($value) as matches
from core.organizations
union all
select
    alias as value,
    lower(alias) = lower($value) as matches
from core.organization_aliases
order by value;
