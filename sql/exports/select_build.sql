-- The build this warehouse is (the latest, should there be several rows).
select build_id from meta.builds order by built_at desc limit 1;
