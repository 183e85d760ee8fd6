-- Reference data: every code list, catalog and bound the facts, marts and
-- checks refer to, each stated once. Rows come from the CSV files of
-- sql/seeds/ (one per table, loaded in the order of this file), with their
-- published sources; the foreign keys make a seed that names an unknown code
-- fail the build at once.
create schema if not exists ref;

create table ref.value_ranges (
    value_kind varchar primary key,
    min_value double not null,
    max_value double not null,
    whole_number boolean not null,
    description varchar not null
);
comment on table ref.value_ranges is 'Plausible range of each kind of value: a fact outside it is set aside (core.rejected_facts) before core, and the checks hold the warehouse to it.';
comment on column ref.value_ranges.value_kind is 'count, hours and percent (the units of ref.metric_catalog), points, stars or year.';
comment on column ref.value_ranges.min_value is 'Lowest plausible value (inclusive).';
comment on column ref.value_ranges.max_value is 'Highest plausible value (inclusive).';
comment on column ref.value_ranges.whole_number is 'True when a value with a fraction is impossible (a count of 2.5 organizations).';
comment on column ref.value_ranges.description is 'Why the range is what it is.';

create table ref.codes (
    code_kind varchar not null,
    code varchar not null,
    description varchar not null,
    primary key (code_kind, code)
);
comment on table ref.codes is 'Short code lists that have no table of their own: document status, rating basis, the reasons a fact is set aside (core.rejected_facts) and the kinds of organization (core.organizations.org_type).';
comment on column ref.codes.code_kind is 'Which list: document_status, rating_basis, rejection_reason, org_type or organization_basis (how a fact''s organization was found).';
comment on column ref.codes.code is 'The code as stored in the tables.';
comment on column ref.codes.description is 'What the code means.';

create table ref.schemes (
    scheme varchar primary key,
    description varchar not null
);
comment on table ref.schemes is 'Award and recognition schemes (core.recognitions, mart.star_ratings, the jury exports).';
comment on column ref.schemes.scheme is 'Scheme code.';
comment on column ref.schemes.description is 'Who awards it and what it recognizes.';

create table ref.frameworks (
    framework varchar primary key,
    scheme varchar not null references ref.schemes (scheme),
    description varchar not null
);
comment on table ref.frameworks is 'Excellence frameworks whose criteria assessments score, each with the scheme whose star bands rate its total.';
comment on column ref.frameworks.framework is 'Framework code (core.findings, core.scores, ref.criteria).';
comment on column ref.frameworks.scheme is 'Scheme (ref.schemes) whose star bands a total score under this framework falls in.';
comment on column ref.frameworks.description is 'The framework and its edition.';

create table ref.themes (
    theme varchar primary key,
    description varchar not null
);
comment on table ref.themes is 'Shared themes to which every criterion of every framework maps, so organizations assessed under different frameworks compare.';
comment on column ref.themes.theme is 'Theme code.';
comment on column ref.themes.description is 'What the theme covers.';

create table ref.criteria (
    framework varchar not null references ref.frameworks (framework),
    criterion_code varchar not null,
    name_en varchar not null,
    max_points integer,
    theme varchar not null references ref.themes (theme),
    results_criterion boolean not null,
    primary key (framework, criterion_code)
);
comment on table ref.criteria is 'Criteria of each excellence framework with their weight and shared theme.';
comment on column ref.criteria.framework is 'Framework (ref.frameworks).';
comment on column ref.criteria.criterion_code is 'Criterion number as the framework numbers it.';
comment on column ref.criteria.name_en is 'Criterion name in English.';
comment on column ref.criteria.max_points is 'Points the criterion weighs out of 1000.';
comment on column ref.criteria.theme is 'Shared theme (ref.themes).';
comment on column ref.criteria.results_criterion is 'True for the results criteria (what the organization achieves), false for enablers.';

create table ref.finding_types (
    finding_type varchar primary key,
    description varchar not null
);
comment on table ref.finding_types is 'Kinds of assessment findings (core.findings).';
comment on column ref.finding_types.finding_type is 'Finding type code.';
comment on column ref.finding_types.description is 'What a finding of this type is.';

create table ref.metric_catalog (
    metric_code varchar primary key,
    unit varchar not null references ref.value_ranges (value_kind),
    description varchar not null
);
comment on table ref.metric_catalog is 'Every metric_code the extractor may report, with its unit and meaning.';
comment on column ref.metric_catalog.metric_code is 'Code used in core.reported_metrics.';
comment on column ref.metric_catalog.unit is 'count, percent or hours: the range of ref.value_ranges a value is held to, and whether it is a percentage.';
comment on column ref.metric_catalog.description is 'What the figure counts.';

create table ref.indicator_catalog (
    indicator_code varchar primary key,
    label varchar not null unique,
    formula varchar not null,
    unit varchar not null,
    direction varchar not null,
    decimals integer not null check (decimals between 0 and 6),
    description varchar not null
);
comment on table ref.indicator_catalog is 'Benchmark indicators computed in mart.benchmark_indicators.';
comment on column ref.indicator_catalog.indicator_code is 'Code of the indicator.';
comment on column ref.indicator_catalog.label is 'Name of the indicator in plain words, the column heading of the jury packs.';
comment on column ref.indicator_catalog.formula is 'How it is computed from reported metrics.';
comment on column ref.indicator_catalog.unit is 'ratio, per_100, percent, points, hours or count.';
comment on column ref.indicator_catalog.direction is 'higher_is_better or lower_is_better; ranks follow it.';
comment on column ref.indicator_catalog.decimals is 'Decimal places a value is shown with in the jury packs (the warehouse keeps full precision).';
comment on column ref.indicator_catalog.description is 'What the indicator tells a jury.';

create table ref.indicator_inputs (
    indicator_code varchar not null references ref.indicator_catalog (indicator_code),
    metric_code varchar not null references ref.metric_catalog (metric_code),
    primary key (indicator_code, metric_code)
);
comment on table ref.indicator_inputs is 'Which reported metrics each indicator of ref.indicator_catalog is computed from: the lineage from core.reported_metrics to mart.benchmark_indicators.';
comment on column ref.indicator_inputs.indicator_code is 'Indicator (ref.indicator_catalog).';
comment on column ref.indicator_inputs.metric_code is 'Metric (ref.metric_catalog) the indicator reads.';

create table ref.star_levels (
    scheme varchar not null references ref.schemes (scheme),
    level_code varchar not null,
    stars integer,
    min_points double,
    max_points double,
    inferred boolean not null,
    source varchar not null,
    primary key (scheme, level_code)
);
comment on table ref.star_levels is 'Recognition levels of each scheme with their point bands; inferred says no published source states the band outright.';
comment on column ref.star_levels.scheme is 'Scheme (ref.schemes) the level belongs to.';
comment on column ref.star_levels.level_code is 'Stable code of the level.';
comment on column ref.star_levels.stars is 'Star level of the band; NULL for levels that carry no stars (e.g. a statue).';
comment on column ref.star_levels.min_points is 'Lowest total score of the band (inclusive).';
comment on column ref.star_levels.max_points is 'Highest total score of the band (inclusive); NULL when open-ended.';
comment on column ref.star_levels.inferred is 'True when no published source states this band outright.';
comment on column ref.star_levels.source is 'Where the band was published.';

create table ref.star_band_labels (
    scheme varchar not null,
    level_code varchar not null,
    language varchar not null,
    label varchar not null,
    primary key (scheme, level_code, language),
    foreign key (scheme, level_code) references ref.star_levels (scheme, level_code)
);
comment on table ref.star_band_labels is 'Names of the recognition levels of ref.star_levels, one row per language: how awarding bodies and documents write them.';
comment on column ref.star_band_labels.scheme is 'Scheme of the level.';
comment on column ref.star_band_labels.level_code is 'Level (ref.star_levels).';
comment on column ref.star_band_labels.language is 'Language of the label (en, tr, fa).';
comment on column ref.star_band_labels.label is 'Name of the level in that language.';

-- The levels with their English, Turkish and Persian labels side by side, as
-- the bands were first published in the warehouse.
create view ref.star_bands as
with
labels as (
    select
        scheme,
        level_code,
        any_value(label) filter (where language = 'en') as label_en,
        any_value(label) filter (where language = 'tr') as label_tr,
        any_value(label) filter (where language = 'fa') as label_fa
    from ref.star_band_labels
    group by all
),

final as (
    select
        l.scheme, l.stars, l.level_code, l.min_points, l.max_points,
        b.label_en, b.label_tr, b.label_fa, l.inferred, l.source
    from ref.star_levels as l
    left join labels as b using (scheme, level_code)
)

select * from final;
comment on view ref.star_bands is 'ref.star_levels with their labels in English, Turkish and Persian (ref.star_band_labels) as columns.';
comment on column ref.star_bands.scheme is 'Scheme (ref.schemes) the level belongs to.';
comment on column ref.star_bands.stars is 'Star level of the band; NULL for levels that carry no stars (e.g. a statue).';
comment on column ref.star_bands.level_code is 'Stable code of the level.';
comment on column ref.star_bands.min_points is 'Lowest total score of the band (inclusive).';
comment on column ref.star_bands.max_points is 'Highest total score of the band (inclusive); NULL when open-ended.';
comment on column ref.star_bands.label_en is 'Level name in English.';
comment on column ref.star_bands.label_tr is 'Level name in Turkish.';
comment on column ref.star_bands.label_fa is 'Level name in Persian.';
comment on column ref.star_bands.inferred is 'True when no published source states this band outright.';
comment on column ref.star_bands.source is 'Where the band was published.';
