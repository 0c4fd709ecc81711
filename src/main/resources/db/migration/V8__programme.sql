-- The aid programme catalogue (资助项目、标准).
--
-- A programme's standards are bi-temporal: valid_from says from which term a version applies
-- (until a later valid_from of the same tier), recorded_at/superseded_at say when the catalogue
-- held it. A correction for the same tier and term supersedes the row recorded before; no row is
-- ever changed otherwise, nor deleted, so that every past state can be reproduced.
-- Terms are written as their codes, e.g. '2025-SPRING'.

CREATE TABLE programme_programme (
    id              BIGSERIAL PRIMARY KEY,
    version         INTEGER     NOT NULL DEFAULT 0,
    code            TEXT        COLLATE "C" NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{2,59}$'),
    name            TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    aliases         TEXT[]      NOT NULL DEFAULT '{}',
    stages          TEXT[]      NOT NULL CHECK (cardinality(stages) > 0),
    semesters       TEXT        NOT NULL CHECK (semesters IN ('SPRING', 'AUTUMN', 'BOTH')),
    kind            TEXT        NOT NULL,
    funding_level   TEXT        NOT NULL CHECK (funding_level IN ('NATIONAL', 'PROVINCIAL', 'LOCAL', 'SOCIAL')),
    first_term      TEXT        NOT NULL CHECK (first_term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    source          TEXT        NOT NULL DEFAULT '',
    note            TEXT        NOT NULL DEFAULT '',
    last_term       TEXT        CHECK (last_term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    deactivated_at  TIMESTAMPTZ,
    deactivated_by  TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((last_term IS NULL) = (deactivated_at IS NULL) AND (deactivated_at IS NULL) = (deactivated_by IS NULL))
);

CREATE UNIQUE INDEX programme_programme_code_uq ON programme_programme (code);

-- Generated codes for programmes added without one (PROGRAMME_1001, ...).
CREATE SEQUENCE programme_code_seq START WITH 1001;

CREATE TABLE programme_standard (
    id              BIGSERIAL PRIMARY KEY,
    programme_id    BIGINT      NOT NULL REFERENCES programme_programme (id),
    tier_code       TEXT        COLLATE "C" NOT NULL CHECK (tier_code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    tier_label      TEXT        NOT NULL CHECK (length(tier_label) BETWEEN 1 AND 20),
    valid_from      TEXT        NOT NULL CHECK (valid_from ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    amount          NUMERIC(12, 2),
    min_amount      NUMERIC(12, 2),
    max_amount      NUMERIC(12, 2),
    withdrawn       BOOLEAN     NOT NULL DEFAULT false,
    note            TEXT        NOT NULL DEFAULT '',
    source          TEXT        NOT NULL DEFAULT '',
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by     TEXT        NOT NULL,
    superseded_at   TIMESTAMPTZ,
    superseded_by   TEXT,
    CHECK (
        (withdrawn AND amount IS NULL AND min_amount IS NULL AND max_amount IS NULL)
        OR (NOT withdrawn AND amount > 0 AND min_amount IS NULL AND max_amount IS NULL)
        OR (NOT withdrawn AND amount IS NULL AND min_amount > 0 AND max_amount >= min_amount)),
    CHECK ((superseded_at IS NULL) = (superseded_by IS NULL)),
    CHECK (superseded_at IS NULL OR superseded_at >= recorded_at)
);

-- At most one standing version per tier and term: a correction supersedes the one before.
CREATE UNIQUE INDEX programme_standard_standing_uq
    ON programme_standard (programme_id, tier_code, valid_from) WHERE superseded_at IS NULL;
CREATE INDEX programme_standard_programme_idx ON programme_standard (programme_id);

CREATE FUNCTION programme_standard_append_only() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'programme_standard is append-only: % refused', TG_OP;
    END IF;
    IF OLD.superseded_at IS NOT NULL
       OR (NEW.id, NEW.programme_id, NEW.tier_code, NEW.tier_label, NEW.valid_from, NEW.amount, NEW.min_amount,
           NEW.max_amount, NEW.withdrawn, NEW.note, NEW.source, NEW.recorded_at, NEW.recorded_by)
          IS DISTINCT FROM
          (OLD.id, OLD.programme_id, OLD.tier_code, OLD.tier_label, OLD.valid_from, OLD.amount, OLD.min_amount,
           OLD.max_amount, OLD.withdrawn, OLD.note, OLD.source, OLD.recorded_at, OLD.recorded_by) THEN
        RAISE EXCEPTION 'a recorded standard is never changed, only marked as superseded once';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER programme_standard_no_change
    BEFORE UPDATE OR DELETE ON programme_standard
    FOR EACH ROW EXECUTE FUNCTION programme_standard_append_only();

CREATE TRIGGER programme_standard_no_truncate
    BEFORE TRUNCATE ON programme_standard
    FOR EACH STATEMENT EXECUTE FUNCTION programme_standard_append_only();

-- The national catalogue from the domain brief (§1), per term. Sources are the brief's [Sn]
-- codes; ⚠ marks local or uncertain figures that staff should set from their own documents.
-- Seeded history starts in 2019 (the cost-sharing reform); older standards are not recorded.
INSERT INTO programme_programme (code, name, aliases, stages, semesters, kind, funding_level, first_term, source, note, created_by)
VALUES
    ('PRESCHOOL_AID', '学前教育资助', '{学前资助,幼儿资助,学前教育幼儿资助,学前幼儿资助,学前教育资助金}', '{PRESCHOOL}',
     'BOTH', 'PRESCHOOL_AID', 'LOCAL', '2019-SPRING', '[S23,S54]',
     '家庭经济困难儿童、孤儿和残疾儿童，普惠性幼儿园；地方先行、中央奖补。⚠ 标准各地不同', 'system'),
    ('PRESCHOOL_FREE_YEAR', '学前一年免保育教育费', '{免保育教育费,免保教费,学前一年免费,大班免保育教育费}', '{PRESCHOOL}',
     'BOTH', 'FEE_WAIVER', 'NATIONAL', '2025-AUTUMN', '[S15,S16]',
     '大班幼儿免除公办园保育教育费（国办发〔2025〕27号）；民办园按同类公办园标准减免。⚠ 金额为当地收费标准', 'system'),
    ('PRIMARY_LIVING_SUBSIDY', '义务教育家庭经济困难学生生活补助',
     '{家庭经济困难学生生活补助,两免一补生活补助,两免一补,生活补助,寄宿生生活补助,义务教育生活补助,家庭经济困难寄宿生生活补助,困难寄宿生生活补助}',
     '{PRIMARY}', 'BOTH', 'LIVING_SUBSIDY', 'NATIONAL', '2019-SPRING', '[S17,S18,S45]',
     '寄宿生每生每年1000元；非寄宿生（脱贫家庭、低保、特困供养、家庭经济困难残疾学生）自2019年秋季学期起按50%', 'system'),
    ('JUNIOR_LIVING_SUBSIDY', '义务教育家庭经济困难学生生活补助',
     '{家庭经济困难学生生活补助,两免一补生活补助,两免一补,生活补助,寄宿生生活补助,义务教育生活补助,家庭经济困难寄宿生生活补助,困难寄宿生生活补助}',
     '{JUNIOR_SECONDARY}', 'BOTH', 'LIVING_SUBSIDY', 'NATIONAL', '2019-SPRING', '[S17,S18,S45]',
     '寄宿生每生每年1250元；非寄宿生自2019年秋季学期起按50%', 'system'),
    ('RURAL_NUTRITION', '农村义务教育学生营养改善计划',
     '{营养改善计划,营养餐,学生营养餐,营养膳食补助,农村学生营养改善计划,营养改善计划膳食补助}',
     '{PRIMARY,JUNIOR_SECONDARY}', 'BOTH', 'NUTRITION', 'NATIONAL', '2019-SPRING', '[S19,S20]',
     '按每生每天标准×每学期100天（全年200天）折算；国家试点中央承担，地方试点中央奖补每生每天3元', 'system'),
    ('SENIOR_HIGH_NATIONAL_GRANT', '国家助学金', '{普通高中国家助学金,普高国家助学金,高中国家助学金,高中助学金,普高助学金}',
     '{SENIOR_HIGH}', 'BOTH', 'NATIONAL_GRANT', 'NATIONAL', '2019-SPRING', '[S2,S5,S4]',
     '平均标准自2025年春季学期起每生每年2300元（原2000元），最高3500元。⚠ 分档金额为地方标准', 'system'),
    ('SENIOR_HIGH_FEE_WAIVER', '免学杂费', '{普通高中免学杂费,普高免学杂费,高中免学杂费,免学费}',
     '{SENIOR_HIGH}', 'BOTH', 'FEE_WAIVER', 'NATIONAL', '2019-SPRING', '[S4]',
     '脱贫家庭（含监测对象）、低保、特困供养、残疾学生等。⚠ 对象各地不同；金额为当地学杂费标准', 'system'),
    ('VOCATIONAL_NATIONAL_GRANT', '国家助学金', '{中职国家助学金,中职助学金,中等职业教育国家助学金}',
     '{VOCATIONAL}', 'BOTH', 'NATIONAL_GRANT', 'NATIONAL', '2019-SPRING', '[S2,S21]',
     '一、二年级涉农专业和家庭经济困难学生，2025年春季学期起扩至三年级；按学期评定、按月发放到资助卡。⚠ 分档为地方标准', 'system'),
    ('VOCATIONAL_TUITION_WAIVER', '免学费', '{中职免学费,中等职业教育免学费,免学杂费}',
     '{VOCATIONAL}', 'BOTH', 'FEE_WAIVER', 'NATIONAL', '2019-SPRING', '[S4]',
     '农村、涉农专业和家庭经济困难学生。⚠ 对象各地不同；金额为当地学费标准', 'system'),
    ('VOCATIONAL_NATIONAL_SCHOLARSHIP', '国家奖学金', '{中职国家奖学金,中等职业教育国家奖学金}',
     '{VOCATIONAL}', 'AUTUMN', 'SCHOLARSHIP', 'NATIONAL', '2019-AUTUMN', '[S22]',
     '二年级及以上、成绩前30%；秋季学期一次发放。⚠ 2024年后名额未核实', 'system'),
    ('HIGHER_NATIONAL_SCHOLARSHIP', '国家奖学金', '{本专科国家奖学金,本专科生国家奖学金,大学国家奖学金}',
     '{HIGHER}', 'AUTUMN', 'SCHOLARSHIP', 'NATIONAL', '2019-AUTUMN', '[S1,S3,S6b]',
     '二年级及以上；中央全额承担；与国家励志奖学金不可同年兼得', 'system'),
    ('HIGHER_ENCOURAGEMENT_SCHOLARSHIP', '国家励志奖学金', '{励志奖学金,本专科国家励志奖学金}',
     '{HIGHER}', 'AUTUMN', 'SCHOLARSHIP', 'NATIONAL', '2019-AUTUMN', '[S1,S3]',
     '家庭经济困难、品学兼优，二年级及以上；与国家奖学金不可同年兼得', 'system'),
    ('HIGHER_NATIONAL_GRANT', '国家助学金', '{本专科国家助学金,本专科生国家助学金,高校国家助学金,大学国家助学金}',
     '{HIGHER}', 'BOTH', 'NATIONAL_GRANT', 'NATIONAL', '2019-AUTUMN', '[S1,S3]',
     '平均标准自2024年秋季学期起每生每年3700元（原3300元），在2500–5000元内分2–3档；退役士兵学生全部享受3700元。⚠ 许多高校按10个月发放，此处按学期折算', 'system'),
    ('COUNTY_TEMPORARY_RELIEF', '县级困难学生临时救助', '{临时救助,困难学生临时救助,临时困难补助,临时救助金}',
     '{PRESCHOOL,PRIMARY,JUNIOR_SECONDARY,SENIOR_HIGH,VOCATIONAL}', 'BOTH', 'LOCAL_AID', 'LOCAL', '2019-SPRING',
     '[S26] ⚠ 县级示例', '因病、意外、灾害等突发困难的临时救助，在限额内按实际困难发放。⚠ 县级示例项目，请按本县文件修改', 'system'),
    ('SOCIAL_GRANT', '社会助学金', '{社会资助,社会捐资助学,爱心助学金}',
     '{PRESCHOOL,PRIMARY,JUNIOR_SECONDARY,SENIOR_HIGH,VOCATIONAL,HIGHER}', 'BOTH', 'SOCIAL_AID', 'SOCIAL', '2019-SPRING',
     '⚠ 本地示例', '企业、基金会和个人捐资，按捐资协议在限额内发放。⚠ 示例项目', 'system');

INSERT INTO programme_standard (programme_id, tier_code, tier_label, valid_from, amount, min_amount, max_amount, withdrawn,
                                source, note, recorded_by)
SELECT p.id, v.tier_code, v.tier_label, v.valid_from, v.amount, v.min_amount, v.max_amount, v.withdrawn, v.source, v.note, 'system'
  FROM (VALUES
    ('PRESCHOOL_AID', 'STANDARD', '标准', '2019-SPRING', 500.00, NULL::numeric, NULL::numeric, false, '[S23,S54]',
     '⚠ 地方标准：示例为每生每年1000元（每学期500元），另有每年750元等，请按本地文件修改'),
    ('PRESCHOOL_FREE_YEAR', 'STANDARD', '标准', '2025-AUTUMN', 800.00, NULL, NULL, false, '[S15,S16]',
     '⚠ 金额为当地公办园保育教育费标准（示例），请按本地收费标准修改'),
    ('PRIMARY_LIVING_SUBSIDY', 'BOARDER', '寄宿生', '2019-SPRING', 500.00, NULL, NULL, false, '[S17,S18]',
     '每生每年1000元；⚠ 标准早于2019年，本目录自2019年春季学期起录入'),
    ('PRIMARY_LIVING_SUBSIDY', 'NON_BOARDER', '非寄宿生', '2019-AUTUMN', 250.00, NULL, NULL, false, '[S17,S18,S45]',
     '按寄宿生标准的50%'),
    ('JUNIOR_LIVING_SUBSIDY', 'BOARDER', '寄宿生', '2019-SPRING', 625.00, NULL, NULL, false, '[S17,S18]',
     '每生每年1250元；⚠ 标准早于2019年，本目录自2019年春季学期起录入'),
    ('JUNIOR_LIVING_SUBSIDY', 'NON_BOARDER', '非寄宿生', '2019-AUTUMN', 312.50, NULL, NULL, false, '[S17,S18,S45]',
     '按寄宿生标准的50%'),
    ('RURAL_NUTRITION', 'STANDARD', '标准', '2019-SPRING', 400.00, NULL, NULL, false, '[S19,S20]',
     '每生每天4元×100天；⚠ 4元标准早于2019年，本目录自2019年春季学期起录入'),
    ('RURAL_NUTRITION', 'STANDARD', '标准', '2021-AUTUMN', 500.00, NULL, NULL, false, '[S19]',
     '每生每天5元×100天'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_1', '一档', '2019-SPRING', 1500.00, NULL, NULL, false, '[S2,S4]',
     '平均每生每年2000元；⚠ 分档金额为示例，请按本地文件修改'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_2', '二档', '2019-SPRING', 1000.00, NULL, NULL, false, '[S2,S4]',
     '平均每生每年2000元；⚠ 分档金额为示例，请按本地文件修改'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_3', '三档', '2019-SPRING', 500.00, NULL, NULL, false, '[S2,S4]',
     '平均每生每年2000元；⚠ 分档金额为示例，请按本地文件修改'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_1', '一档', '2025-SPRING', 1750.00, NULL, NULL, false, '[S2,S5,S4]',
     '平均每生每年2300元，最高3500元；⚠ 分档金额为示例（地方区间如每年1200–3500元）'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_2', '二档', '2025-SPRING', 1150.00, NULL, NULL, false, '[S2,S5,S4]',
     '平均每生每年2300元；⚠ 分档金额为示例'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_3', '三档', '2025-SPRING', 600.00, NULL, NULL, false, '[S2,S5,S4]',
     '平均每生每年2300元；⚠ 分档金额为示例'),
    ('SENIOR_HIGH_FEE_WAIVER', 'STANDARD', '标准', '2019-SPRING', 800.00, NULL, NULL, false, '[S4]',
     '⚠ 金额为当地普通高中学杂费标准（示例），请按本地收费标准修改'),
    ('VOCATIONAL_NATIONAL_GRANT', 'STANDARD', '标准', '2019-SPRING', 1000.00, NULL, NULL, false, '[S21]',
     '每生每年2000元，按学期评定、按月发放；⚠ 各地可分档'),
    ('VOCATIONAL_NATIONAL_GRANT', 'STANDARD', '标准', '2025-SPRING', NULL, NULL, NULL, true, '[S2]',
     '自2025年春季学期起改为分档'),
    ('VOCATIONAL_NATIONAL_GRANT', 'TIER_1', '一档', '2025-SPRING', 1750.00, NULL, NULL, false, '[S2,S21]',
     '平均每生每年2300元；⚠ 分档金额为示例'),
    ('VOCATIONAL_NATIONAL_GRANT', 'TIER_2', '二档', '2025-SPRING', 1150.00, NULL, NULL, false, '[S2,S21]',
     '平均每生每年2300元；⚠ 分档金额为示例'),
    ('VOCATIONAL_NATIONAL_GRANT', 'TIER_3', '三档', '2025-SPRING', 600.00, NULL, NULL, false, '[S2,S21]',
     '平均每生每年2300元；⚠ 分档金额为示例'),
    ('VOCATIONAL_TUITION_WAIVER', 'STANDARD', '标准', '2019-SPRING', 1000.00, NULL, NULL, false, '[S4]',
     '⚠ 金额为当地中职学费标准（示例），请按本地收费标准修改'),
    ('VOCATIONAL_NATIONAL_SCHOLARSHIP', 'STANDARD', '标准', '2019-AUTUMN', 6000.00, NULL, NULL, false, '[S22]',
     '每生每年6000元，秋季学期一次发放'),
    ('HIGHER_NATIONAL_SCHOLARSHIP', 'STANDARD', '标准', '2019-AUTUMN', 8000.00, NULL, NULL, false, '[S1,S6b]',
     '每生每年8000元，秋季学期一次发放'),
    ('HIGHER_NATIONAL_SCHOLARSHIP', 'STANDARD', '标准', '2024-AUTUMN', 10000.00, NULL, NULL, false, '[S1,S3]',
     '每生每年10000元（原8000元），秋季学期一次发放'),
    ('HIGHER_ENCOURAGEMENT_SCHOLARSHIP', 'STANDARD', '标准', '2019-AUTUMN', 5000.00, NULL, NULL, false, '[S1,S3]',
     '每生每年5000元，秋季学期一次发放'),
    ('HIGHER_ENCOURAGEMENT_SCHOLARSHIP', 'STANDARD', '标准', '2024-AUTUMN', 6000.00, NULL, NULL, false, '[S1,S3]',
     '每生每年6000元（原5000元），秋季学期一次发放'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_1', '一档', '2019-AUTUMN', 2200.00, NULL, NULL, false, '[S1,S3]',
     '平均每生每年3300元；⚠ 分档金额为示例'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_2', '二档', '2019-AUTUMN', 1650.00, NULL, NULL, false, '[S1,S3]',
     '平均每生每年3300元；⚠ 分档金额为示例'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_3', '三档', '2019-AUTUMN', 1100.00, NULL, NULL, false, '[S1,S3]',
     '平均每生每年3300元；⚠ 分档金额为示例'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_1', '一档', '2024-AUTUMN', 2500.00, NULL, NULL, false, '[S1,S3]',
     '每生每年5000元（区间上限）；⚠ 分档金额为示例'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_2', '二档', '2024-AUTUMN', 1850.00, NULL, NULL, false, '[S1,S3]',
     '每生每年3700元（平均标准）；⚠ 分档金额为示例'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_3', '三档', '2024-AUTUMN', 1250.00, NULL, NULL, false, '[S1,S3]',
     '每生每年2500元（区间下限）；⚠ 分档金额为示例'),
    ('COUNTY_TEMPORARY_RELIEF', 'STANDARD', '标准', '2019-SPRING', NULL, 200.00, 2000.00, false, '[S26] ⚠ 县级示例',
     '每次200–2000元，按实际困难在限额内发放；⚠ 请按本县文件修改'),
    ('SOCIAL_GRANT', 'STANDARD', '标准', '2019-SPRING', NULL, 500.00, 5000.00, false, '⚠ 本地示例',
     '按捐资协议在限额内发放；⚠ 示例')
  ) AS v (code, tier_code, tier_label, valid_from, amount, min_amount, max_amount, withdrawn, source, note)
  JOIN programme_programme p ON p.code = v.code;
