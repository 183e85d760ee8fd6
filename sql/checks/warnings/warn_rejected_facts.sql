-- Soft threshold: facts set aside before core (core.rejected_facts), by
-- reason: odd inputs, or a rule of the extractor that reads something wrong.
-- Table: core.rejected_facts
select
    reason,
    fact_table,
    count(*) as facts,
    min(document_id) as example_document,
    any_value(message order by document_id, fact_index) as example
from core.rejected_facts
group by all
order by facts desc, reason, fact_table;
