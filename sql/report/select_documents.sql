-- The documents the warehouse was built from, read or quarantined, with the
-- reason a quarantined one could not be read.
with
documents as (
    select * from core.documents
),

final as (
    select
        document_id,
        source_path,
        doc_kind,
        language,
        title,
        status,
        error,
        duplicate_of
    from documents
)

select * from final
order by source_path, document_id;
