-- Code lists without a catalog of their own (MISSION.md 4.4), and the reasons
-- a fact is set aside before core; checks and the screening relate to these
-- rows instead of repeating the lists.
insert into ref.codes values
    ('scheme', 'efqm', 'EFQM recognitions and the EFQM Excellence Model (any edition).'),
    ('scheme', 'kalder', 'KalDer, the Turkish Quality Association, and its national excellence award.'),
    ('scheme', 'iran_national', 'Iran''s national productivity and excellence award.'),
    ('scheme', 'baldrige', 'The Malcolm Baldrige National Quality Award.'),
    ('scheme', 'eloge', 'The Council of Europe''s European Label of Governance Excellence.'),
    ('scheme', 'iso', 'ISO management system certificates (ISO 9001, ISO 14001, ...).'),
    ('scheme', 'municipal', 'An internal festival or award run by a municipality (e.g. Isfahan''s excellence festival).'),
    ('scheme', 'other', 'Any other award or label.'),
    ('finding_type', 'strength', 'A strength the assessment found.'),
    ('finding_type', 'improvement_area', 'An area (point) for improvement.'),
    ('finding_type', 'best_practice', 'A best practice.'),
    ('finding_type', 'improvement_project', 'An improvement project, or the area it falls in.'),
    -- reasons set while the cached facts are read into columns (assets/store/coerce.py)
    ('rejection_reason', 'malformed_facts', 'The facts record, or this fact, is not in the shape the extractor writes (a missing key, a list where a number belongs).'),
    ('rejection_reason', 'document_quarantined', 'The document''s text could not be read, so the fact''s quote cannot be checked.'),
    ('rejection_reason', 'duplicate_document', 'A second document with the same document_id.'),
    ('rejection_reason', 'not_a_number', 'NaN where a number belongs.'),
    ('rejection_reason', 'overflow', 'A number too large for its column (1e400, a 401-digit number, a year beyond 32 bits).'),
    ('rejection_reason', 'bad_date', 'A date that does not exist (29 February of a common year, month 13) or no date at all.'),
    -- reasons set by the screening against the warehouse's rules (sql/core/screen_facts.sql)
    ('rejection_reason', 'missing_value', 'A value the table cannot do without is empty (a metric''s value, a scheme, an event''s date, a finding''s text).'),
    ('rejection_reason', 'unknown_code', 'A code outside its list (metric_code, scheme, finding_type, framework, theme).'),
    ('rejection_reason', 'negative', 'A negative count, number of hours, percentage or score.'),
    ('rejection_reason', 'percent_over_100', 'A percentage over 100 (e.g. "۱۷۵ درصد" read as 175 %).'),
    ('rejection_reason', 'not_whole_number', 'A count or star level with a fraction.'),
    ('rejection_reason', 'too_large', 'A value above the plausible range of its kind (ref.value_ranges).'),
    ('rejection_reason', 'stars_out_of_range', 'A star level outside 1 to 7.'),
    ('rejection_reason', 'points_over_max', 'Points over the maximum the score states.'),
    ('rejection_reason', 'year_out_of_range', 'A year (or the year of a date) outside the plausible years of ref.value_ranges: a misread number or an unconverted Solar Hijri year.'),
    ('rejection_reason', 'dates_reversed', 'An event that ends before it starts.'),
    ('rejection_reason', 'no_organization', 'A peer link one of whose organizations could not be told.'),
    ('rejection_reason', 'same_organization', 'A peer link from an organization to itself (two spellings of one name).'),
    ('rejection_reason', 'missing_evidence', 'A fact without quoted words.'),
    ('rejection_reason', 'evidence_not_on_page', 'The quoted words are not on the page the fact cites.');
