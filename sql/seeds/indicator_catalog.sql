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

insert into ref.indicator_catalog values
    ('total_points', 'total score of the assessment (core.scores, criterion NULL)', 'points', 'higher_is_better', 'Assessment score out of 1000.'),
    ('points_change', 'total_points - total_points of the previous assessed cycle', 'points', 'higher_is_better', 'Progress since the organization''s previous assessment.'),
    ('results_points_share', 'points of results criteria / total points', 'ratio', 'higher_is_better', 'How much of the score comes from results rather than approaches.'),
    ('strengths_per_improvement_area', 'strength findings / improvement-area findings (core.findings)', 'ratio', 'higher_is_better', 'Balance of the assessors'' findings.'),
    ('theme_score_pct_leadership', '100 * points / maximum points of the leadership criteria', 'percent', 'higher_is_better', 'Score achieved on leadership.'),
    ('theme_score_pct_strategy', '100 * points / maximum points of the strategy criteria', 'percent', 'higher_is_better', 'Score achieved on strategy.'),
    ('theme_score_pct_people', '100 * points / maximum points of the people criteria', 'percent', 'higher_is_better', 'Score achieved on people.'),
    ('theme_score_pct_stakeholders', '100 * points / maximum points of the stakeholder criteria', 'percent', 'higher_is_better', 'Score achieved on stakeholders.'),
    ('theme_score_pct_resources', '100 * points / maximum points of the resources criteria', 'percent', 'higher_is_better', 'Score achieved on resources.'),
    ('theme_score_pct_processes', '100 * points / maximum points of the process criteria', 'percent', 'higher_is_better', 'Score achieved on processes.'),
    ('theme_score_pct_results', '100 * points / maximum points of the results criteria', 'percent', 'higher_is_better', 'Score achieved on results.');
