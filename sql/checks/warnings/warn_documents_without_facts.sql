-- Soft threshold: a readable, original document that yielded no fact at all
-- (off-topic, or phrased in a way the lexicons do not know yet).
-- Table: core.documents
with
facts as (
    select document_id from core.reported_metrics
    union select document_id from core.recognitions
    union select document_id from core.events
    union select document_id from core.targets
    union select document_id from core.peer_links
    union select document_id from core.findings
    union select document_id from core.scores
)

select d.document_id, d.source_path, d.language
from core.documents as d
where d.status = 'ok' and d.duplicate_of is null and d.document_id not in (select document_id from facts)
order by d.source_path;
