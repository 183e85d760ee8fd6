-- Every scheme and cycle that has a benchmark.
select distinct scheme, cycle_year from mart.benchmark_scope order by scheme, cycle_year;
