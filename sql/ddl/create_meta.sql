-- Run metadata: which build this warehouse is, made by which code, the
-- corrections people made and what changed against the previous build.
create schema if not exists meta;

create table meta.builds (
    build_id varchar primary key,
    built_at timestamp with time zone not null,
    exbench_version varchar,
    reader_version varchar,
    extractor_version varchar
);
comment on table meta.builds is 'The build that produced this warehouse file (one row).';
comment on column meta.builds.build_id is 'Id of the build, quoted in export manifests.';
comment on column meta.builds.built_at is 'When the build finished loading the core tables (UTC).';
comment on column meta.builds.exbench_version is 'ExBench version that built it.';
comment on column meta.builds.reader_version is 'Version of the text reader (changes when its code changes).';
comment on column meta.builds.extractor_version is 'Version of the fact extractor (changes when its code or lexicons change).';

create table meta.check_results (
    check_name varchar primary key,
    blocking boolean not null,
    passed boolean not null,
    offending_rows integer not null,
    description varchar
);
comment on table meta.check_results is 'Data-quality checks run on this build before it was published (column contracts and sql/checks).';
comment on column meta.check_results.check_name is 'The table checked and the check, as table:check.';
comment on column meta.check_results.blocking is 'True when a failure stops the publication.';
comment on column meta.check_results.passed is 'True when the check found no offending row.';
comment on column meta.check_results.offending_rows is 'Rows the check returned.';
comment on column meta.check_results.description is 'The failure mode the check looks for.';

create table meta.input_warnings (
    file varchar not null,
    row integer,
    "column" varchar,
    message varchar not null,
    line varchar not null
);
comment on table meta.input_warnings is 'Problems met in the inputs that did not stop the build: a manifest hint dropped, a link that loops, a file that vanished. Each names the file, and the row and column where there is one.';
comment on column meta.input_warnings.file is 'The file concerned, as raw/<path>.';
comment on column meta.input_warnings.row is 'Row of the file as a spreadsheet shows it (the header is row 1); NULL when the warning is not about a row.';
comment on column meta.input_warnings."column" is 'Column concerned; NULL when the warning is not about a column.';
comment on column meta.input_warnings.message is 'What was wrong and what was done about it.';
comment on column meta.input_warnings.line is 'The warning as one line, as exbench run prints it.';

create table meta.corrections (
    row integer not null,
    fact_id varchar,
    fact_table varchar,
    action varchar not null,
    field varchar,
    before varchar,
    after varchar,
    reason varchar,
    reviewer varchar,
    reviewed_on date,
    status varchar not null,
    message varchar
);
comment on table meta.corrections is 'Every decision of raw/corrections.csv and what this build did with it: the audit of who changed which fact, when, why, from what to what.';
comment on column meta.corrections.row is 'Row of raw/corrections.csv as a spreadsheet shows it (the header is row 1).';
comment on column meta.corrections.fact_id is 'The fact decided on (for an add, the id the added fact got).';
comment on column meta.corrections.fact_table is 'Core table of the fact; NULL when no fact has the id.';
comment on column meta.corrections.action is 'confirm, set, reject or add.';
comment on column meta.corrections.field is 'Field a set changes (value, organization, year, stars, metric_code, ...).';
comment on column meta.corrections.before is 'The value the extractor gave the field, as text (a set that applied).';
comment on column meta.corrections.after is 'The value after the decision: the new value of a set, the review status of a confirm or reject, the fields of an add.';
comment on column meta.corrections.reason is 'Why, as the reviewer wrote it.';
comment on column meta.corrections.reviewer is 'Who decided.';
comment on column meta.corrections.reviewed_on is 'When the decision was made.';
comment on column meta.corrections.status is 'applied; orphaned (the fact was in the previous published build and no longer exists; the row stays in the file); now_extracted (an add the extractor now finds too: fact_id names the extracted fact, which counts once, confirmed); error (the row could not be applied: see message).';
comment on column meta.corrections.message is 'What was wrong, for an orphaned or bad row.';

create table meta.supersedes (
    build_id varchar not null
);
comment on table meta.supersedes is 'The published build this one replaced, whose warehouse meta.revisions compares with (no row for a first build).';
comment on column meta.supersedes.build_id is 'Id of the replaced build (its meta.builds.build_id).';

create table meta.revisions (
    build_id varchar not null,
    previous_build_id varchar,
    change varchar not null,
    subject_table varchar not null,
    subject_id varchar,
    document_id varchar,
    organization_id varchar,
    scheme varchar,
    cycle_year integer,
    field varchar,
    before varchar,
    after varchar,
    reason varchar not null
);
comment on table meta.revisions is 'What changed against the previous published build: facts added, removed and changed, star ratings and ranks that moved, each with its reason. Empty for the first build.';
comment on column meta.revisions.build_id is 'This build (meta.builds).';
comment on column meta.revisions.previous_build_id is 'The published build it is compared with, which this one supersedes.';
comment on column meta.revisions.change is 'fact_added, fact_removed, fact_changed, stars_moved or rank_moved.';
comment on column meta.revisions.subject_table is 'Table of what changed: a core fact table, star_ratings or benchmark_indicators.';
comment on column meta.revisions.subject_id is 'The fact id, or the indicator code of a rank.';
comment on column meta.revisions.document_id is 'Document of the fact (NULL for a rating or a rank).';
comment on column meta.revisions.organization_id is 'Organization concerned.';
comment on column meta.revisions.scheme is 'Scheme of a rating, or of the organization''s benchmark the change touches (NULL when none).';
comment on column meta.revisions.cycle_year is 'Cycle of a rating or rank, or year of the fact.';
comment on column meta.revisions.field is 'What changed: value, organization, year, review_status, stars or rank (NULL for a fact added or removed).';
comment on column meta.revisions.before is 'The value in the previous build, as text.';
comment on column meta.revisions.after is 'The value in this build, as text.';
comment on column meta.revisions.reason is 'new document, document removed, correction or extractor change.';
