-- The outcome of the warehouse's checks, for the manifest.
select check_name, blocking, passed, offending_rows from meta.check_results order by check_name;
