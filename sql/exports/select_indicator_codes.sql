-- The indicators of the catalog, one benchmark column group each.
select indicator_code from ref.indicator_catalog order by indicator_code;
