-- Recognitions received, year by year, optionally for one scheme (trusted: none a person rejected or OCR was unsure of).
-- param: scheme = | a code of ref.schemes; empty for all | values: scheme
select
    r.year,
    r.scheme,
    o.canonical_name as organization,
    r.level,
    r.stars,
    r.awarded_on,
    d.source_path,
    r.page
from trusted.recognitions as r
inner join core.organizations as o using (organization_id)
inner join core.documents as d using (document_id)
where $scheme is null or r.scheme = $scheme
order by r.year nulls last, r.scheme, o.canonical_name, r.level;
