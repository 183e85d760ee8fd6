-- Star ratings: reported levels win; points give a computed level; both are
-- kept so a disagreement shows. A scheme whose bands carry no points (a
-- municipality's festival) rates only by the stars it reports. Frameworks map to the scheme whose bands apply.
-- Facts come from the trusted layer (no low-confidence rows); recognitions and
-- scores of no known organization are left out (core keeps them): a rating is
-- of an organization. Only levels the scheme has (ref.star_bands) rate; an
-- organization gets one rating per scheme and cycle, its highest. The
-- recognition or score each rating was taken from is its lineage
-- (mart.star_rating_inputs).
create or replace temp table star_rating_values as
with
recognitions as (
    select * from trusted.recognitions
),

scores as (
    select * from trusted.scores
),

bands as (
    select * from ref.star_bands
),

reported as (
    select
        r.organization_id,
        r.year as cycle_year,
        r.scheme,
        coalesce(r.stars, b.stars) as reported_stars,
        b.level_code,
        r.evidence,
        r.recognition_id
    from recognitions as r
    left join bands as b
        on r.scheme = b.scheme
        and (
            (r.stars is not null and b.stars = r.stars and b.level_code not in ('efqm_validated', 'kalder_kararlilik_1'))
            or (r.stars is null and r.level is not null and exists (
                select 1 from ref.star_band_labels as l
                where l.scheme = b.scheme and l.level_code = b.level_code and r.level ilike l.label
            ))
        )
    where
        r.organization_id is not null
        and (b.level_code is not null or r.stars in (select stars from bands where scheme = r.scheme))
    qualify row_number() over (
        partition by r.organization_id, r.year, r.scheme
        order by b.min_points desc nulls last, reported_stars desc nulls last, b.level_code, r.evidence, r.recognition_id
    ) = 1
),

totals as (
    select
        s.organization_id,
        s.cycle_year,
        f.scheme,
        s.points,
        s.evidence,
        s.score_id
    from scores as s
    left join ref.frameworks as f on s.framework = f.framework
    where s.criterion_code is null and s.organization_id is not null
),

computed as (
    select t.organization_id, t.cycle_year, t.scheme, t.points, b.stars as computed_stars, b.level_code, t.evidence, t.score_id
    from totals as t
    inner join bands as b
        on t.scheme = b.scheme
        and t.points >= b.min_points
        and (b.max_points is null or t.points <= b.max_points)
    -- a level reported for the same cycle by a scheme whose levels carry no points (a municipal
    -- festival scoring on the national model) says the total was judged on its own bands, not the framework's
    where not exists (
        select 1 from reported as r
        where
            r.organization_id = t.organization_id
            and r.cycle_year is not distinct from t.cycle_year
            and r.scheme <> t.scheme
            and not exists (select 1 from bands as p where p.scheme = r.scheme and p.min_points is not null)
    )
    qualify row_number() over (
        partition by t.organization_id, t.cycle_year, t.scheme order by t.points desc, b.min_points desc, t.evidence, t.score_id
    ) = 1
),

final as (
    select
        coalesce(r.organization_id, c.organization_id) as organization_id,
        coalesce(r.cycle_year, c.cycle_year) as cycle_year,
        coalesce(r.scheme, c.scheme) as scheme,
        c.points,
        coalesce(r.reported_stars, c.computed_stars) as stars,
        coalesce(r.level_code, c.level_code) as level_code,
        case when r.organization_id is not null then 'reported' else 'computed' end as basis,
        r.reported_stars,
        c.computed_stars,
        coalesce(r.reported_stars <> c.computed_stars or r.level_code <> c.level_code, false) as disagrees,
        coalesce(r.evidence, c.evidence) as evidence,
        r.recognition_id,
        c.score_id
    from reported as r
    full outer join computed as c
        on r.organization_id = c.organization_id
        and r.cycle_year is not distinct from c.cycle_year
        and r.scheme = c.scheme
)

select * from final;

insert into mart.star_ratings by name
select * exclude (recognition_id, score_id) from star_rating_values;

-- the stars come from the reported recognition, else from the total score; the points from the total score
insert into mart.star_rating_inputs by name
with
ratings as (
    select organization_id, cycle_year, scheme, recognition_id, score_id from star_rating_values
),

stars as (
    select
        organization_id,
        cycle_year,
        scheme,
        case when recognition_id is not null then 'recognitions' else 'scores' end as fact_table,
        coalesce(recognition_id, score_id) as fact_id,
        'stars' as role
    from ratings
),

points as (
    select organization_id, cycle_year, scheme, 'scores' as fact_table, score_id as fact_id, 'points' as role
    from ratings
    where score_id is not null
),

final as (
    select * from stars
    union all
    select * from points
)

select * from final;

drop table star_rating_values;
