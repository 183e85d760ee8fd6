-- What the report is built from: the build, the documents read and set
-- aside, and how many organizations and facts the warehouse holds.
with
build as (
    -- in UTC whatever the reader's time zone, so the same warehouse gives the same page
    select build_id, strftime(built_at at time zone 'UTC', '%Y-%m-%d %H:%M UTC') as built_at from meta.builds limit 1
),

documents as (
    select
        count(*) filter (where status = 'ok') as documents_ok,
        count(*) filter (where status = 'quarantined') as documents_quarantined
    from core.documents
),

final as (
    select
        (select build_id from build) as build_id,
        (select built_at from build) as built_at,
        d.documents_ok,
        d.documents_quarantined,
        (select count(*) from core.organizations) as organizations
    from documents as d
)

select * from final;
