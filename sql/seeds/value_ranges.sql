-- What a plausible value is. Bounds are wide on purpose: they catch misreadings
-- (175 %, a Solar Hijri 1401 left unconverted, 1e300) and values that would
-- overflow the marts' arithmetic, never an unusual but real figure.
insert into ref.value_ranges values
    ('count', 0, 1e9, true, 'Counts of organizations, assessors, findings and projects: whole and not negative; a billion is beyond any municipality.'),
    ('hours', 0, 1e9, false, 'Person-hours: not negative; a billion is beyond any assessment.'),
    ('percent', 0, 100, false, 'Shares in percent.'),
    ('points', 0, 100000, false, 'Assessment points (1000 at most in EFQM, Baldrige, KalDer and the Iranian award); a generous bound for other scales.'),
    ('stars', 1, 7, true, 'Star levels: EFQM counts up to 7 stars, the other schemes fewer.'),
    ('year', 1900, 2100, true, 'Years of facts, cycles and dates (Gregorian): excellence awards began in the 1950s; targets look a few decades ahead.');
