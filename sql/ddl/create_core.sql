-- The core schema, part one: documents, their pages and the organizations
-- they name. The facts read from them are in create_core_facts.sql.
create schema if not exists core;

create table core.documents (
    document_id varchar primary key,
    source_path varchar not null,
    sha256 varchar,
    media_type varchar,
    size_bytes bigint,
    doc_kind varchar,
    language varchar,
    title varchar,
    published_on date,
    source_url varchar,
    cycle_year integer,
    scheme varchar,
    page_count integer,
    status varchar not null,
    error varchar,
    error_reason varchar,
    duplicate_of varchar,
    reader_version varchar,
    extractor_version varchar
);
comment on table core.documents is 'One row per file found under raw/: what it is, whether it could be read (status ok or quarantined, with the error), and whether it repeats another document.';
comment on column core.documents.document_id is 'Stable id derived from the file content (first 16 hex digits of its SHA-256).';
comment on column core.documents.source_path is 'Path of the file relative to the raw folder.';
comment on column core.documents.sha256 is 'SHA-256 of the file bytes.';
comment on column core.documents.media_type is 'application/pdf, text/html or text/plain; NULL when the type is unknown.';
comment on column core.documents.size_bytes is 'File size in bytes.';
comment on column core.documents.doc_kind is 'news, feedback_report, plan, web_page or other (from the manifest, else inferred).';
comment on column core.documents.language is 'Dominant language of the pages (tr, fa, en, ar).';
comment on column core.documents.title is 'Title from the manifest, the document metadata or its first line.';
comment on column core.documents.published_on is 'Publication date from the manifest or the document itself; used to resolve dates that omit the year.';
comment on column core.documents.source_url is 'Where the document was published (manifest).';
comment on column core.documents.cycle_year is 'Assessment or award cycle the document reports on (Gregorian year), from the manifest or the text.';
comment on column core.documents.scheme is 'Award or assessment scheme the document reports on (a code of ref.schemes), when it names one.';
comment on column core.documents.page_count is 'Number of pages read (1 for HTML and text files).';
comment on column core.documents.status is 'ok when the document was read, quarantined when it could not be read or its facts could not be extracted (see error).';
comment on column core.documents.error is 'Why the document was quarantined, or which pages of an ok document could not be read, in words a person understands.';
comment on column core.documents.error_reason is 'Short code of the quarantine reason: empty, encrypted, damaged, needs_ocr, unsupported_type, not_text, too_large, timeout, crashed, changed_while_read, outside_raw, bad_file_name, unreadable_file; for a failed fact extraction the reason it gave (timeout, crashed, too_large, ...) or extraction_failed; partial on an ok document some of whose pages could not be read.';
comment on column core.documents.duplicate_of is 'document_id of the document this one repeats (same text as a PDF, HTML page or re-published copy); its facts are not counted twice.';
comment on column core.documents.reader_version is 'Version of the text reader that produced the pages.';
comment on column core.documents.extractor_version is 'Version of the fact extractor that produced the facts.';

create table core.pages (
    document_id varchar not null,
    page_number integer not null,
    language varchar,
    engine varchar,
    text varchar,
    ocr_confidence double,
    ocr_reason varchar,
    primary key (document_id, page_number)
);
comment on table core.pages is 'Text of every page in logical reading order, normalized (Arabic presentation forms folded, Persian yeh/kaf unified, ZWNJ kept).';
comment on column core.pages.document_id is 'Document the page belongs to.';
comment on column core.pages.page_number is 'Page number, from 1.';
comment on column core.pages.language is 'Language detected on this page (tr, fa, en, ar).';
comment on column core.pages.engine is 'Reading that produced the text: pdfium (plain text layer), pdfium-bidi (characters placed by geometry and reordered by the Unicode bidi rules), tesseract (OCR of the page image: a scan or a garbled text layer), html or text; unread-scan for a scanned page left empty because OCR is not installed, ocr-timeout for one whose OCR passed the time limit, ocr-failed for one Tesseract could not read, unreadable for a page the PDF engine could not read (the document then says partial).';
comment on column core.pages.ocr_confidence is 'Mean Tesseract word confidence (0-100, weighted by word length) when the page was OCRed; NULL when it was read from a text layer.';
comment on column core.pages.ocr_reason is 'Why the page was read from its image (engine tesseract) or, without OCR, left empty (unread-scan): no_text_layer (an image without text, a scan), unmapped_glyphs (the text layer is mostly unmapped glyphs), text_layer_incomplete (much of the text drawn on the page has no characters in the text layer), text_layer_not_words (too few of its words are words of the page language: a font maps glyphs to wrong letters); NULL for a page read from its text layer.';
comment on column core.pages.text is 'Normalized page text in logical order; evidence quotes are substrings of it.';

create table core.organizations (
    organization_id varchar primary key,
    canonical_name varchar not null,
    org_type varchar,
    country varchar,
    parent_organization_id varchar
);
comment on table core.organizations is 'Organizations named in the documents, one id each across languages and spellings.';
comment on column core.organizations.organization_id is 'Stable id derived from the canonical name folded for matching (case, Turkish dotted and dotless i, accents), so every spelling that folds alike gives the same id in every run.';
comment on column core.organizations.canonical_name is 'Preferred name, in the language of the organization''s country: on one line and in its base form (no case or possessive ending).';
comment on column core.organizations.org_type is 'Kind of organization, told by the head noun of its name (ref.codes, code_kind org_type); NULL when the name has no head noun of a known kind.';
comment on column core.organizations.country is 'ISO 3166-1 alpha-2 country code (TR, IR, ...), NULL when unknown.';
comment on column core.organizations.parent_organization_id is 'Organization this one belongs to (a department of a municipality, a province of a metropolitan municipality).';

create table core.organization_aliases (
    organization_id varchar not null,
    alias varchar not null,
    language varchar,
    primary key (organization_id, alias)
);
comment on table core.organization_aliases is 'Every name under which an organization appears, in every language and script.';
comment on column core.organization_aliases.organization_id is 'The organization.';
comment on column core.organization_aliases.alias is 'A name or abbreviation of it as written.';
comment on column core.organization_aliases.language is 'Language of the alias (tr, fa, en).';
