-- Reference data: code lists and catalogs that the facts and marts refer to.
-- Rows come from the seed files in sql/seeds/, with their published sources.
create schema if not exists ref;

create table ref.metric_catalog (
    metric_code varchar primary key,
    unit varchar not null,
    description varchar not null
);
comment on table ref.metric_catalog is 'Every metric_code the extractor may report, with its unit and meaning.';
comment on column ref.metric_catalog.metric_code is 'Code used in core.reported_metrics.';
comment on column ref.metric_catalog.unit is 'count, percent or hours.';
comment on column ref.metric_catalog.description is 'What the figure counts.';

create table ref.themes (
    theme varchar primary key,
    description varchar not null
);
comment on table ref.themes is 'Shared themes to which every criterion of every framework maps, so organizations assessed under different frameworks compare.';
comment on column ref.themes.theme is 'Theme code.';
comment on column ref.themes.description is 'What the theme covers.';

create table ref.criteria (
    framework varchar not null,
    criterion_code varchar not null,
    name_en varchar not null,
    max_points integer,
    theme varchar not null,
    results_criterion boolean not null,
    primary key (framework, criterion_code)
);
comment on table ref.criteria is 'Criteria of each excellence framework with their weight and shared theme.';
comment on column ref.criteria.framework is 'efqm2020, efqm2013, baldrige, iran_national or kalder.';
comment on column ref.criteria.criterion_code is 'Criterion number as the framework numbers it.';
comment on column ref.criteria.name_en is 'Criterion name in English.';
comment on column ref.criteria.max_points is 'Points the criterion weighs out of 1000.';
comment on column ref.criteria.theme is 'Shared theme (ref.themes).';
comment on column ref.criteria.results_criterion is 'True for the results criteria (what the organization achieves), false for enablers.';

create table ref.star_bands (
    scheme varchar not null,
    stars integer,
    level_code varchar not null,
    min_points double,
    max_points double,
    label_en varchar not null,
    label_tr varchar,
    label_fa varchar,
    inferred boolean not null,
    source varchar not null,
    primary key (scheme, level_code)
);
comment on table ref.star_bands is 'Recognition levels of each scheme with their point bands and labels; inferred says no published source states the band outright.';
comment on column ref.star_bands.scheme is 'efqm, kalder or iran_national.';
comment on column ref.star_bands.stars is 'Star level of the band; NULL for levels that carry no stars (e.g. a statue).';
comment on column ref.star_bands.level_code is 'Stable code of the level.';
comment on column ref.star_bands.min_points is 'Lowest total score of the band (inclusive).';
comment on column ref.star_bands.max_points is 'Highest total score of the band (inclusive); NULL when open-ended.';
comment on column ref.star_bands.label_en is 'Level name in English.';
comment on column ref.star_bands.label_tr is 'Level name in Turkish.';
comment on column ref.star_bands.label_fa is 'Level name in Persian.';
comment on column ref.star_bands.inferred is 'True when no published source states this band outright.';
comment on column ref.star_bands.source is 'Where the band was published.';

create table ref.indicator_catalog (
    indicator_code varchar primary key,
    formula varchar not null,
    unit varchar not null,
    direction varchar not null,
    description varchar not null
);
comment on table ref.indicator_catalog is 'Benchmark indicators computed in mart.benchmark_indicators.';
comment on column ref.indicator_catalog.indicator_code is 'Code of the indicator.';
comment on column ref.indicator_catalog.formula is 'How it is computed from reported metrics.';
comment on column ref.indicator_catalog.unit is 'ratio, per_100, percent, points, hours or count.';
comment on column ref.indicator_catalog.direction is 'higher_is_better or lower_is_better; ranks follow it.';
comment on column ref.indicator_catalog.description is 'What the indicator tells a jury.';

create table ref.codes (
    code_kind varchar not null,
    code varchar not null,
    description varchar not null,
    primary key (code_kind, code)
);
comment on table ref.codes is 'Short code lists that have no catalog of their own: award schemes, finding types and the reasons a fact is set aside (core.rejected_facts).';
comment on column ref.codes.code_kind is 'Which list: scheme, finding_type or rejection_reason.';
comment on column ref.codes.code is 'The code as stored in the tables.';
comment on column ref.codes.description is 'What the code means.';

create table ref.value_ranges (
    value_kind varchar primary key,
    min_value double not null,
    max_value double not null,
    whole_number boolean not null,
    description varchar not null
);
comment on table ref.value_ranges is 'Plausible range of each kind of value: a fact outside it is set aside (core.rejected_facts) before core, and sql/checks/assert_values_in_range.sql holds the warehouse to it.';
comment on column ref.value_ranges.value_kind is 'count, hours and percent (the units of ref.metric_catalog), points, stars or year.';
comment on column ref.value_ranges.min_value is 'Lowest plausible value (inclusive).';
comment on column ref.value_ranges.max_value is 'Highest plausible value (inclusive).';
comment on column ref.value_ranges.whole_number is 'True when a value with a fraction is impossible (a count of 2.5 organizations).';
comment on column ref.value_ranges.description is 'Why the range is what it is.';
