-- Failure mode: impossible values (negative counts, percentages over 100,
-- stars outside the scheme's bands, scores over their maximum).
select 'reported_metrics' as fact_table, metric_id as fact_id, value::varchar as value from core.reported_metrics
where value < 0 or (unit = 'percent' and value > 100) or (unit = 'count' and value <> floor(value))
union all
select 'recognitions', recognition_id, stars::varchar from core.recognitions where stars is not null and (stars < 1 or stars > 7)
union all
select 'scores', document_id, points::varchar from core.scores where points < 0 or (max_points is not null and points > max_points)
union all
select 'star_ratings', organization_id, stars::varchar from mart.star_ratings as s
where s.stars is not null and not exists (select 1 from ref.star_bands as b where b.scheme = s.scheme and b.stars = s.stars)
union all
select 'benchmark_indicators', organization_id, percentile::varchar from mart.benchmark_indicators where percentile < 0 or percentile > 100;
