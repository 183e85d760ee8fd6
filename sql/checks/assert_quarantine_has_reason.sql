-- Failure mode: a document set aside without a reason a person can act on.
-- Table: core.documents
select document_id, source_path from core.documents
where status = 'quarantined' and (error is null or error = '' or error_reason is null);
