-- Failure mode: a fact kept once for several documents that lost the document
-- it was read from (no kept saying in core.fact_sources, or more than one), or
-- a saying whose fact is not in its table: corroboration an analyst counts
-- would be wrong. Facts a person added have no saying.
-- Tables: core.fact_sources, core.reported_metrics, core.recognitions, core.scores, core.peer_links
with
facts as (
    select 'reported_metrics' as fact_table, fact_id, document_id, page, evidence, review_status from core.reported_metrics
    union all
    select 'recognitions', fact_id, document_id, page, evidence, review_status from core.recognitions
    union all
    select 'scores', fact_id, document_id, page, evidence, review_status from core.scores
    union all
    select 'peer_links', fact_id, document_id, page, evidence, review_status from core.peer_links
),

kept as (
    select fact_table, fact_id, count(*) as sayings, any_value(document_id) as document_id
    from core.fact_sources
    where kept
    group by fact_table, fact_id
),

missing as (
    select 'core.' || f.fact_table as table_name, f.fact_id, f.document_id, 'no kept saying, or more than one, or in another document' as problem
    from facts as f
    left join kept as k using (fact_table, fact_id)
    where f.review_status != 'added' and (k.sayings is distinct from 1 or k.document_id != f.document_id)
),

orphans as (
    select 'core.fact_sources' as table_name, s.fact_id, s.document_id, 'a saying of no fact (' || s.fact_table || ')' as problem
    from core.fact_sources as s
    anti join facts as f using (fact_table, fact_id)
),

final as (
    select * from missing
    union all
    select * from orphans
)

select * from final;
