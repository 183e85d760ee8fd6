-- Benchmark indicators computed per organization and cycle by
-- sql/marts/build_benchmark_indicators.sql.
insert into ref.indicator_catalog values
    ('improvement_areas_per_strength', 'improvement_areas / strengths', 'ratio', 'lower_is_better', 'Areas for improvement found for every strength: how far the organization is from its own best.'),
    ('improvement_projects_per_100_areas', '100 * improvement_projects / improvement_areas', 'per_100', 'higher_is_better', 'How many improvement projects the organization launched for every 100 areas for improvement.'),
    ('best_practices_per_100_strengths', '100 * best_practices / strengths', 'per_100', 'higher_is_better', 'Share of strengths mature enough to be shown as best practices.'),
    ('assessment_hours_per_organization', '(assessment_hours, or internal + external hours) / organizations_assessed', 'hours', 'higher_is_better', 'Assessment depth: person-hours spent per organization assessed.'),
    ('external_assessor_share', 'assessors_external / (assessors_internal + assessors_external)', 'ratio', 'higher_is_better', 'Independence of the assessment: share of assessors from outside.'),
    ('improvement_projects', 'improvement_projects', 'count', 'higher_is_better', 'Improvement projects defined or run in the cycle.'),
    ('recognitions', 'count of distinct recognitions received in the cycle year', 'count', 'higher_is_better', 'Awards, labels and certificates received.');
