-- The core schema, part three: facts set aside. A fact that breaks a rule of
-- the warehouse (a percentage over 100, a peer link without its organization, a
-- date that does not exist) is kept here with the reason instead of stopping
-- the build; the blocking checks then only trip on a bug of the pipeline.
create table core.rejected_facts (
    document_id varchar not null,
    fact_table varchar not null,
    fact_index integer,
    organization_id varchar,
    page integer,
    evidence varchar,
    field varchar,
    value varchar,
    reason varchar not null,
    message varchar not null
);
comment on table core.rejected_facts is 'Facts (and values of a document) set aside before core because they break a rule of the warehouse, one row per fact with the first rule it broke; nothing read from a document is dropped without a row here or in core.';
comment on column core.rejected_facts.document_id is 'Document the fact was read from.';
comment on column core.rejected_facts.fact_table is 'Core table the fact was meant for (reported_metrics, recognitions, events, targets, peer_links, focus_areas, findings, scores, organizations); documents for a value of the document itself (its cycle year or date) or for its whole facts record.';
comment on column core.rejected_facts.fact_index is 'Position of the fact in the document''s list of that kind (from 0), as the extractor wrote it; NULL for a document''s value or whole record.';
comment on column core.rejected_facts.organization_id is 'Organization the fact names, when it could be resolved.';
comment on column core.rejected_facts.page is 'Page the fact cites.';
comment on column core.rejected_facts.evidence is 'The quoted words the fact rests on, to find it in the source.';
comment on column core.rejected_facts.field is 'Column whose value broke the rule (value, year, stars, event_date, ...); NULL when the whole fact is meant.';
comment on column core.rejected_facts.value is 'The offending value as text (long values cut at 200 characters).';
comment on column core.rejected_facts.reason is 'Code of the rule the fact broke (ref.codes, code_kind rejection_reason).';
comment on column core.rejected_facts.message is 'The rule and the value in words.';
