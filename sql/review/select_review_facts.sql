-- The facts that most need a person's eyes, for `exbench review`: facts no one
-- reviewed yet (review_status extracted), ordered by how much they matter to a
-- jury. A fact that feeds a star rating weighs most, then one that feeds a
-- ranked indicator, then reported and computed stars that disagree, a value
-- far from its peer group (under half or over twice the peer median), words
-- OCR was unsure of, and no organization (organization_basis not_found: the
-- document did not say whose the fact is). Each row has its evidence.
with
facts as (
    select
        'reported_metrics' as fact_table, fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence,
        review_status, metric_code || ' = ' || value::varchar || coalesce(' (' || period_year::varchar || ')', '') as fact
    from core.reported_metrics
    union all
    select
        'recognitions', fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence, review_status,
        scheme || coalesce(' ' || level, '') || coalesce(', ' || stars::varchar || ' stars', '') || coalesce(' (' || year::varchar || ')', '')
    from core.recognitions
    union all
    select
        'findings', fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence, review_status,
        finding_type || ': ' || text
    from core.findings
    union all
    select
        'scores', fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence, review_status,
        coalesce(framework, '') || ' ' || coalesce('criterion ' || criterion_code, 'total') || ' = ' || points::varchar
        || coalesce(' of ' || max_points::varchar, '')
    from core.scores
    union all
    select
        'events', fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence, review_status,
        coalesce(event_type, '') || ': ' || coalesce(title, '') || coalesce(' (' || event_date::varchar || ')', '')
    from core.events
    union all
    select
        'targets', fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence, review_status,
        title || coalesce(' = ' || target_value::varchar, '') || coalesce(' (' || period_year::varchar || ')', '')
    from core.targets
    union all
    select
        'peer_links', fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence, review_status,
        link_type || ' with ' || peer_organization_id
    from core.peer_links
    union all
    select
        'focus_areas', fact_id, document_id, organization_id, organization_basis, page, evidence, low_confidence, evidence_confidence, review_status,
        subject_metric || ': ' || label || coalesce(' (' || share_pct::varchar || ' %)', '')
    from core.focus_areas
),

-- lineage names a score by trusted.scores.score_id: back to its fact id
lineage_ids as (
    select score_id as lineage_id, fact_id from trusted.scores
),

rating_inputs as (
    select coalesce(l.fact_id, i.fact_id) as fact_id, bool_or(r.disagrees) as disagrees
    from mart.star_rating_inputs as i
    left join lineage_ids as l on i.fact_table = 'scores' and l.lineage_id = i.fact_id
    inner join mart.star_ratings as r using (organization_id, cycle_year, scheme)
    group by all
),

ranked_inputs as (
    select
        coalesce(l.fact_id, i.fact_id) as fact_id,
        bool_or(b.peer_median > 0 and (b.value < b.peer_median / 2 or b.value > b.peer_median * 2)) as far_from_peers
    from mart.indicator_inputs as i
    left join lineage_ids as l on i.fact_table = 'scores' and l.lineage_id = i.fact_id
    inner join mart.benchmark_indicators as b using (organization_id, cycle_year, indicator_code)
    where b.rank is not null
    group by all
),

weighed as (
    select
        f.*,
        r.fact_id is not null as feeds_rating,
        k.fact_id is not null as feeds_rank,
        coalesce(r.disagrees, false) as stars_disagree,
        coalesce(k.far_from_peers, false) as far_from_peers,
        f.organization_basis = 'not_found' or f.organization_id is null as no_organization
    from facts as f
    left join rating_inputs as r using (fact_id)
    left join ranked_inputs as k using (fact_id)
    where f.review_status = 'extracted' and f.fact_id is not null
),

final as (
    select
        8 * w.feeds_rating::integer + 4 * w.feeds_rank::integer + 4 * w.stars_disagree::integer + 2 * w.far_from_peers::integer
        + 2 * w.low_confidence::integer + w.no_organization::integer as priority,
        concat_ws(
            '; ',
            case when w.feeds_rating then 'feeds a star rating' end,
            case when w.feeds_rank then 'feeds a ranked indicator' end,
            case when w.stars_disagree then 'reported and computed stars disagree' end,
            case when w.far_from_peers then 'far from its peer group' end,
            case when w.low_confidence then 'OCR unsure (' || coalesce(round(w.evidence_confidence)::varchar, '?') || ')' end,
            case when w.no_organization then 'no organization' end
        ) as why,
        w.fact_id,
        w.fact_table as kind,
        w.fact,
        o.canonical_name as organization,
        d.source_path as document,
        w.page,
        w.evidence as quote
    from weighed as w
    left join core.organizations as o using (organization_id)
    left join core.documents as d using (document_id)
)

select * from final
order by priority desc, document, page, fact_id
