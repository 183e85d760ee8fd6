-- Failure mode: a reported figure outside the range of its unit (a negative
-- count, a percentage over 100, a count with a fraction), by the bounds of
-- ref.value_ranges for the unit ref.metric_catalog gives the code. Facts like
-- these are set aside before core (core.rejected_facts), so a row here is a
-- bug of the pipeline, not an odd input.
-- Table: core.reported_metrics
with
metrics as (
    select metric_id, metric_code, unit, value from core.reported_metrics
),

ranges as (
    select value_kind, min_value, max_value, whole_number from ref.value_ranges
),

final as (
    select m.metric_id, m.metric_code, m.unit, m.value
    from metrics as m
    inner join ranges as r on r.value_kind = m.unit
    where m.value not between r.min_value and r.max_value or (r.whole_number and m.value <> floor(m.value))
)

select * from final;
