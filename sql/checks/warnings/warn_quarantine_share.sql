-- Soft threshold: more than a quarter of the documents could not be read
-- (a broken export from a source site, a folder of scans without OCR).
-- Table: core.documents
select
    count(*) filter (where status = 'quarantined') as quarantined,
    count(*) as documents,
    round(count(*) filter (where status = 'quarantined') / count(*), 3) as share
from core.documents
having count(*) > 0 and count(*) filter (where status = 'quarantined') > 0.25 * count(*);
