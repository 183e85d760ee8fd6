-- Run metadata: which build this warehouse is, made by which code.
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
