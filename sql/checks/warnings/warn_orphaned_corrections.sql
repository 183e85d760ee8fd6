-- Soft threshold: a decision of raw/corrections.csv whose fact no longer
-- exists (its document changed or left raw/, or the extractor no longer finds
-- it): the row stays in the file and applies to nothing until a person moves
-- it to the fact as it is now. Listed in meta.corrections with status orphaned.
-- Table: core.documents
select row, fact_id, action, field, message
from meta.corrections
where status = 'orphaned'
order by row
