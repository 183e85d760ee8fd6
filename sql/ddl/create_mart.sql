-- The marts: what juries and quality offices read.
create schema if not exists mart;

create table mart.star_ratings (
    organization_id varchar not null,
    cycle_year integer,
    scheme varchar not null,
    points double,
    stars integer,
    level_code varchar,
    basis varchar not null,
    reported_stars integer,
    computed_stars integer,
    disagrees boolean not null,
    evidence varchar
);
comment on table mart.star_ratings is 'One row per organization, scheme and cycle: the level the awarding body reported, else the level computed from points with ref.star_bands. Nothing is invented: no stars without a reported level or points.';
comment on column mart.star_ratings.organization_id is 'Rated organization.';
comment on column mart.star_ratings.cycle_year is 'Cycle (Gregorian year).';
comment on column mart.star_ratings.scheme is 'Scheme of the rating (a code of ref.schemes).';
comment on column mart.star_ratings.points is 'Total points when a score was reported.';
comment on column mart.star_ratings.stars is 'Stars of the rating (reported when reported, else computed).';
comment on column mart.star_ratings.level_code is 'Level of ref.star_bands the rating falls in.';
comment on column mart.star_ratings.basis is 'reported (stated by the awarding body) or computed (from points and the scheme''s bands).';
comment on column mart.star_ratings.reported_stars is 'Stars as reported, when reported.';
comment on column mart.star_ratings.computed_stars is 'Stars computed from points, when points were reported.';
comment on column mart.star_ratings.disagrees is 'True when reported and computed stars differ: worth a look.';
comment on column mart.star_ratings.evidence is 'Quoted words behind the rating.';

create table mart.benchmark_indicators (
    organization_id varchar not null,
    cycle_year integer,
    indicator_code varchar not null,
    value double not null,
    peer_group varchar not null,
    peer_n integer not null,
    rank integer,
    percentile double,
    peer_median double
);
comment on table mart.benchmark_indicators is 'Indicators of ref.indicator_catalog per organization and cycle, ranked within peer groups (country and organization type).';
comment on column mart.benchmark_indicators.organization_id is 'The organization.';
comment on column mart.benchmark_indicators.cycle_year is 'Cycle (Gregorian year) of the metrics the indicator is computed from.';
comment on column mart.benchmark_indicators.indicator_code is 'Code from ref.indicator_catalog.';
comment on column mart.benchmark_indicators.value is 'Value of the indicator.';
comment on column mart.benchmark_indicators.peer_group is 'country/org_type of the organization (unknown parts as ?).';
comment on column mart.benchmark_indicators.peer_n is 'Organizations with this indicator in the peer group and cycle.';
comment on column mart.benchmark_indicators.rank is 'Rank in the peer group, 1 = best by the indicator''s direction; NULL when the peer group has fewer than 3 organizations (no ranking against oneself).';
comment on column mart.benchmark_indicators.percentile is 'Share of the peer group (0-100) that this organization does at least as well as; NULL with fewer than 3 peers.';
comment on column mart.benchmark_indicators.peer_median is 'Median of the indicator in the peer group and cycle; NULL with fewer than 3 peers.';

create table mart.peer_learning (
    organization_id varchar not null,
    theme varchar not null,
    improvement_finding_id varchar not null,
    peer_organization_id varchar not null,
    peer_strength_finding_id varchar not null,
    improvement_evidence varchar,
    peer_strength_evidence varchar,
    link varchar not null
);
comment on table mart.peer_learning is 'Who can learn from whom: an area for improvement of one organization matched with a strength of a peer on the same theme.';
comment on column mart.peer_learning.organization_id is 'Organization with the area for improvement.';
comment on column mart.peer_learning.theme is 'Shared theme of both findings.';
comment on column mart.peer_learning.improvement_finding_id is 'The area for improvement (core.findings).';
comment on column mart.peer_learning.peer_organization_id is 'Peer with a strength on the theme (linked in core.peer_links, or in the same peer group).';
comment on column mart.peer_learning.peer_strength_finding_id is 'The peer''s strength (core.findings).';
comment on column mart.peer_learning.improvement_evidence is 'Quoted words of the area for improvement.';
comment on column mart.peer_learning.peer_strength_evidence is 'Quoted words of the peer''s strength.';
comment on column mart.peer_learning.link is 'Why they are peers: peer_link (named together in core.peer_links) or peer_group (same country and type).';

create table mart.benchmark_scope (
    scheme varchar not null,
    cycle_year integer not null,
    organization_id varchar not null,
    source varchar not null
);
comment on table mart.benchmark_scope is 'Which organizations belong in the benchmark of each scheme and cycle (recognized, rated or assessed in it): the rows of the jury exports.';
comment on column mart.benchmark_scope.scheme is 'Scheme of the benchmark.';
comment on column mart.benchmark_scope.cycle_year is 'Cycle (Gregorian year).';
comment on column mart.benchmark_scope.organization_id is 'Organization in the benchmark.';
comment on column mart.benchmark_scope.source is 'Why it is there: recognition, star_rating or assessment (metrics reported for the scheme''s cycle).';

create table mart.indicator_inputs (
    organization_id varchar not null,
    cycle_year integer,
    indicator_code varchar not null,
    fact_table varchar not null,
    fact_id varchar not null,
    role varchar not null
);
comment on table mart.indicator_inputs is 'Lineage of mart.benchmark_indicators: one row per fact a value was computed from, written by the same statement that computes the value. Join to trusted.fact_evidence on (fact_table, fact_id) for the document, page and quoted words.';
comment on column mart.indicator_inputs.organization_id is 'Organization of the indicator value.';
comment on column mart.indicator_inputs.cycle_year is 'Cycle of the indicator value.';
comment on column mart.indicator_inputs.indicator_code is 'Indicator (ref.indicator_catalog) the fact feeds.';
comment on column mart.indicator_inputs.fact_table is 'Table of the fact: reported_metrics, recognitions, scores or findings.';
comment on column mart.indicator_inputs.fact_id is 'Id of the fact: metric_id, recognition_id, score_id (trusted.scores) or finding_id.';
comment on column mart.indicator_inputs.role is 'Part the fact plays: the metric_code of a figure in the formula; recognition (counted); total or previous_total (a cycle''s total score); criterion_score; strength or improvement_area (counted findings).';

create table mart.star_rating_inputs (
    organization_id varchar not null,
    cycle_year integer,
    scheme varchar not null,
    fact_table varchar not null,
    fact_id varchar not null,
    role varchar not null
);
comment on table mart.star_rating_inputs is 'Lineage of mart.star_ratings: the recognition or total score each rating took its stars from, and the total score its points are. Join to trusted.fact_evidence on (fact_table, fact_id) for the quoted words.';
comment on column mart.star_rating_inputs.organization_id is 'Rated organization.';
comment on column mart.star_rating_inputs.cycle_year is 'Cycle of the rating (NULL when the recognition states no year, as in mart.star_ratings).';
comment on column mart.star_rating_inputs.scheme is 'Scheme of the rating.';
comment on column mart.star_rating_inputs.fact_table is 'Table of the fact: recognitions or scores.';
comment on column mart.star_rating_inputs.fact_id is 'Id of the fact: recognition_id, or score_id of trusted.scores.';
comment on column mart.star_rating_inputs.role is 'stars (the fact the stars and level come from: the reported recognition, else the total score) or points (the total score behind the points).';
