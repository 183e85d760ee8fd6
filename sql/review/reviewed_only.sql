-- Turns a copy of the warehouse into one whose trusted layer holds only facts
-- a person confirmed, corrected or added, for `exbench export --reviewed-only`
-- (exbench/review/export.py); the marts are then rebuilt from it, and the
-- manifest reads meta.export_facts to say which facts the pack holds.
create or replace macro trusted.usable(low_confidence, review_status) as
review_status in ('confirmed', 'corrected', 'added');

create table meta.export_facts as
select 'reviewed: only facts a person confirmed, corrected or added (raw/corrections.csv)' as facts;

delete from mart.star_rating_inputs;
delete from mart.star_ratings;
delete from mart.indicator_inputs;
delete from mart.benchmark_indicators;
delete from mart.peer_learning;
delete from mart.benchmark_scope;
