-- Recognition levels and point bands per scheme (../shared/DOMAIN.md).
-- "inferred" marks bands no published source states outright; keep it a column
-- so a jury can filter them.
insert into ref.star_bands values
    -- EFQM, scores out of 1000. Sources: BQF "EFQM levels of excellence";
    -- staatspreis.com (2021); EFQM Italia; m-q.ch; EFQM Global Excellence Index.
    ('efqm', 1, 'efqm_validated', null, null, 'Committed to Excellence / Validated by EFQM', 'Mükemmellikte Kararlılık', 'تعهد به تعالی', false, 'BQF EFQM levels of excellence; staatspreis.com (2021)'),
    ('efqm', 2, 'efqm_qualified', 200, 299, 'Committed to Excellence 2 star / Qualified by EFQM', 'Mükemmellikte Kararlılık 2 Yıldız', 'تعهد به تعالی ۲ ستاره', false, 'EFQM Italia; m-q.ch'),
    ('efqm', 3, 'efqm_recognised_3', 300, 399, 'Recognised by EFQM 3 star', 'Mükemmellikte Yetkinlik 3 Yıldız', 'شناسایی شده توسط EFQM ۳ ستاره', false, 'EFQM Italia "da 300 a 399 punti"; EFQM Global Excellence Index "over 300"'),
    ('efqm', 4, 'efqm_recognised_4', 400, 499, 'Recognised by EFQM 4 star', 'Mükemmellikte Yetkinlik 4 Yıldız', 'شناسایی شده توسط EFQM ۴ ستاره', false, 'EFQM Italia; EFQM Global Excellence Index "over 400"'),
    ('efqm', 5, 'efqm_recognised_5', 500, 599, 'Recognised by EFQM 5 star', 'Mükemmellikte Yetkinlik 5 Yıldız', 'شناسایی شده توسط EFQM ۵ ستاره', false, 'EFQM Italia "almeno 500 punti"'),
    ('efqm', 6, 'efqm_recognised_6', 600, 699, 'Recognised by EFQM 6 star', 'Mükemmellikte Yetkinlik 6 Yıldız', 'شناسایی شده توسط EFQM ۶ ستاره', true, 'inferred: staatspreis.com "Recognised by EFQM = 3 - 7 Stern"; EFQM GEI Gold "over 600"'),
    ('efqm', 7, 'efqm_recognised_7', 700, null, 'Recognised by EFQM 7 star', 'Mükemmellikte Yetkinlik 7 Yıldız', 'شناسایی شده توسط EFQM ۷ ستاره', true, 'inferred: staatspreis.com; EFQM GEI Platinum "over 700"'),
    -- KalDer (Türkiye Mükemmellik Ödülü), EFQM's national partner: same star
    -- bands as EFQM (inferred: KalDer publishes no points table).
    ('kalder', 1, 'kalder_kararlilik_1', null, null, 'Committed to Excellence 1 star', 'Mükemmellikte Kararlılık 1 Yıldız', null, true, 'inferred: KalDer levels mapped to EFQM Validated'),
    ('kalder', 2, 'kalder_kararlilik_2', 200, 299, 'Committed to Excellence 2 star', 'Mükemmellikte Kararlılık 2 Yıldız', null, true, 'inferred: KalDer levels mapped to EFQM Qualified bands'),
    ('kalder', 3, 'kalder_yetkinlik_3', 300, 399, 'Recognised for Excellence 3 star', 'Mükemmellikte Yetkinlik 3 Yıldız', null, true, 'inferred: EFQM bands (KalDer publishes no points table)'),
    ('kalder', 4, 'kalder_yetkinlik_4', 400, 499, 'Recognised for Excellence 4 star', 'Mükemmellikte Yetkinlik 4 Yıldız', null, true, 'inferred: EFQM bands (KalDer publishes no points table)'),
    ('kalder', 5, 'kalder_yetkinlik_5', 500, 599, 'Recognised for Excellence 5 star', 'Mükemmellikte Yetkinlik 5 Yıldız', null, true, 'inferred: EFQM bands (KalDer publishes no points table)'),
    ('kalder', 6, 'kalder_yetkinlik_6', 600, 699, 'Recognised for Excellence 6 star', 'Mükemmellikte Yetkinlik 6 Yıldız', null, true, 'inferred: EFQM 2020 bands (KalDer publishes no points table)'),
    ('kalder', 7, 'kalder_yetkinlik_7', 700, null, 'Recognised for Excellence 7 star', 'Mükemmellikte Yetkinlik 7 Yıldız', null, true, 'inferred: EFQM 2020 bands (KalDer publishes no points table)'),
    -- Iran's national organizational excellence award (Industrial Management
    -- Institute). Bands as published for the 21st round (donya-e-eqtesad.com);
    -- IDRO 1393 news agrees (651 golden, 551 silver, 451 crystal).
    ('iran_national', null, 'iran_commitment', 0, 250, 'Commitment to Excellence certificate', 'Mükemmelliğe Bağlılık Belgesi', 'گواهی تعهد به تعالی', false, 'donya-e-eqtesad.com, 21st round'),
    ('iran_national', 1, 'iran_appreciation_1', 251, 300, 'Certificate of Appreciation 1 star', 'Takdirname 1 Yıldız', 'تقدیرنامه یک ستاره', true, 'inferred star steps of 50 within 251-450 (donya-e-eqtesad.com, 21st round)'),
    ('iran_national', 2, 'iran_appreciation_2', 301, 350, 'Certificate of Appreciation 2 star', 'Takdirname 2 Yıldız', 'تقدیرنامه دو ستاره', true, 'inferred star steps of 50 within 251-450 (donya-e-eqtesad.com, 21st round)'),
    ('iran_national', 3, 'iran_appreciation_3', 351, 400, 'Certificate of Appreciation 3 star', 'Takdirname 3 Yıldız', 'تقدیرنامه سه ستاره', true, 'inferred star steps of 50 within 251-450 (donya-e-eqtesad.com, 21st round)'),
    ('iran_national', 4, 'iran_appreciation_4', 401, 450, 'Certificate of Appreciation 4 star', 'Takdirname 4 Yıldız', 'تقدیرنامه چهار ستاره', true, 'inferred star steps of 50 within 251-450 (donya-e-eqtesad.com, 21st round)'),
    ('iran_national', null, 'iran_crystal', 451, 550, 'Crystal statue', 'Kristal Heykel', 'تندیس بلورین', false, 'donya-e-eqtesad.com, 21st round; IDRO 1393'),
    ('iran_national', null, 'iran_silver', 551, 650, 'Silver statue', 'Gümüş Heykel', 'تندیس سیمین', false, 'donya-e-eqtesad.com, 21st round; IDRO 1393'),
    ('iran_national', null, 'iran_golden', 651, null, 'Golden statue', 'Altın Heykel', 'تندیس زرین', false, 'donya-e-eqtesad.com, 21st round; IDRO 1393');
