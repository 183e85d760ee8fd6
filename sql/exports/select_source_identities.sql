-- What identifies a source or an organization of the warehouse, which a blind
-- pack must never hold: document ids, sha256, source paths, organization ids.
select 'document id' as kind, document_id as value from core.documents
union all
select 'source sha256', sha256 from core.documents where sha256 is not null
union all
select 'source path', source_path from core.documents
union all
select 'organization id', organization_id from core.organizations
order by kind, value;
