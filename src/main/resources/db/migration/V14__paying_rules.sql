-- Paying rules of the programme catalogue (发放规则): funding-source shares (资金分担) and payout
-- schedules (发放方式) per programme from a term on, mutually exclusive programmes in one school
-- year, and per-school quotas (名额) and budgets (预算) per programme and term.
--
-- Like the standards (V8) every table is append-only and bi-temporal: a row is never changed nor
-- deleted, only marked as superseded once (by a correction, a removal or a later value), so that
-- the rules as they stood at any past moment can be reproduced.

CREATE FUNCTION programme_rule_append_only() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
    END IF;
    IF OLD.superseded_at IS NOT NULL
       OR (to_jsonb(NEW) - 'superseded_at' - 'superseded_by') IS DISTINCT FROM (to_jsonb(OLD) - 'superseded_at' - 'superseded_by') THEN
        RAISE EXCEPTION 'a recorded paying rule is never changed, only marked as superseded once';
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE programme_funding_share (
    id              BIGSERIAL PRIMARY KEY,
    programme_id    BIGINT        NOT NULL REFERENCES programme_programme (id),
    valid_from      TEXT          NOT NULL CHECK (valid_from ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    central         NUMERIC(5, 2) NOT NULL CHECK (central BETWEEN 0 AND 100),
    provincial      NUMERIC(5, 2) NOT NULL CHECK (provincial BETWEEN 0 AND 100),
    city            NUMERIC(5, 2) NOT NULL CHECK (city BETWEEN 0 AND 100),
    county          NUMERIC(5, 2) NOT NULL CHECK (county BETWEEN 0 AND 100),
    school          NUMERIC(5, 2) NOT NULL CHECK (school BETWEEN 0 AND 100),
    social          NUMERIC(5, 2) NOT NULL CHECK (social BETWEEN 0 AND 100),
    note            TEXT          NOT NULL DEFAULT '',
    source          TEXT          NOT NULL DEFAULT '',
    recorded_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    recorded_by     TEXT          NOT NULL,
    superseded_at   TIMESTAMPTZ,
    superseded_by   TEXT,
    CHECK (central + provincial + city + county + school + social = 100),
    CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);
CREATE UNIQUE INDEX programme_funding_share_standing_uq
    ON programme_funding_share (programme_id, valid_from) WHERE superseded_at IS NULL;

CREATE TABLE programme_payout_schedule (
    id              BIGSERIAL PRIMARY KEY,
    programme_id    BIGINT      NOT NULL REFERENCES programme_programme (id),
    valid_from      TEXT        NOT NULL CHECK (valid_from ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    mode            TEXT        NOT NULL CHECK (mode IN ('ONCE_PER_TERM', 'MONTHLY')),
    months          INTEGER,
    note            TEXT        NOT NULL DEFAULT '',
    source          TEXT        NOT NULL DEFAULT '',
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by     TEXT        NOT NULL,
    superseded_at   TIMESTAMPTZ,
    superseded_by   TEXT,
    CHECK ((mode = 'ONCE_PER_TERM' AND months IS NULL) OR (mode = 'MONTHLY' AND months BETWEEN 1 AND 6)),
    CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);
CREATE UNIQUE INDEX programme_payout_schedule_standing_uq
    ON programme_payout_schedule (programme_id, valid_from) WHERE superseded_at IS NULL;

-- A group of programmes of which a student may hold only one in a school year (autumn of year Y
-- and spring of Y+1). Removing a group supersedes it.
CREATE TABLE programme_exclusion (
    id              BIGSERIAL PRIMARY KEY,
    name            TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    programme_codes TEXT[]      NOT NULL CHECK (cardinality(programme_codes) >= 2),
    note            TEXT        NOT NULL DEFAULT '',
    source          TEXT        NOT NULL DEFAULT '',
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by     TEXT        NOT NULL,
    superseded_at   TIMESTAMPTZ,
    superseded_by   TEXT,
    CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);

-- A school's quota (a count of awards) and budget (yuan) for a programme and term; either may be
-- empty (no limit). A new value supersedes the standing one.
CREATE TABLE programme_school_quota (
    id              BIGSERIAL PRIMARY KEY,
    school_id       BIGINT         NOT NULL,
    programme_id    BIGINT         NOT NULL REFERENCES programme_programme (id),
    term            TEXT           NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    quota           INTEGER        CHECK (quota >= 0),
    budget          NUMERIC(14, 2) CHECK (budget >= 0),
    recorded_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    recorded_by     TEXT           NOT NULL,
    superseded_at   TIMESTAMPTZ,
    superseded_by   TEXT,
    CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);
CREATE UNIQUE INDEX programme_school_quota_standing_uq
    ON programme_school_quota (school_id, programme_id, term) WHERE superseded_at IS NULL;
CREATE INDEX programme_school_quota_term_idx ON programme_school_quota (term, programme_id);

CREATE TRIGGER programme_funding_share_no_change BEFORE UPDATE OR DELETE ON programme_funding_share
    FOR EACH ROW EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_funding_share_no_truncate BEFORE TRUNCATE ON programme_funding_share
    FOR EACH STATEMENT EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_payout_schedule_no_change BEFORE UPDATE OR DELETE ON programme_payout_schedule
    FOR EACH ROW EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_payout_schedule_no_truncate BEFORE TRUNCATE ON programme_payout_schedule
    FOR EACH STATEMENT EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_exclusion_no_change BEFORE UPDATE OR DELETE ON programme_exclusion
    FOR EACH ROW EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_exclusion_no_truncate BEFORE TRUNCATE ON programme_exclusion
    FOR EACH STATEMENT EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_school_quota_no_change BEFORE UPDATE OR DELETE ON programme_school_quota
    FOR EACH ROW EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_school_quota_no_truncate BEFORE TRUNCATE ON programme_school_quota
    FOR EACH STATEMENT EXECUTE FUNCTION programme_rule_append_only();

-- Shares from the domain brief ("Who pays"): Hunan is tier 2 of the 2019 cost-sharing reform,
-- central 60 % for vocational and senior-high grants and waivers; the national scholarship is
-- wholly central. How the local part splits between province, city and county is not in the
-- brief: those figures are marked ⚠ and should be set from the province's own documents.
INSERT INTO programme_funding_share (programme_id, valid_from, central, provincial, city, county, school, social,
                                     source, note, recorded_by)
SELECT p.id, p.first_term, v.central, v.provincial, v.city, v.county, v.school, v.social, v.source, v.note, 'system'
  FROM (VALUES
    ('PRESCHOOL_AID', 50, 20, 0, 30, 0, 0, '[S23] ⚠', '地方先行、中央奖补；⚠ 分担比例为示例，请按本省文件修改'),
    ('PRESCHOOL_FREE_YEAR', 60, 20, 0, 20, 0, 0, '[S15] ⚠', '中部省份中央承担60%；⚠ 地方部分的分担为示例'),
    ('PRIMARY_LIVING_SUBSIDY', 50, 25, 0, 25, 0, 0, '⚠ 未核实', '⚠ 义务教育生活补助分担比例未核实，请按本省文件修改'),
    ('JUNIOR_LIVING_SUBSIDY', 50, 25, 0, 25, 0, 0, '⚠ 未核实', '⚠ 义务教育生活补助分担比例未核实，请按本省文件修改'),
    ('RURAL_NUTRITION', 100, 0, 0, 0, 0, 0, '[S19,S20] ⚠', '国家试点中央全额承担；⚠ 地方试点为中央奖补，请按实际修改'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 60, 20, 0, 20, 0, 0, '[S14] ⚠', '湖南为第二档，中央承担60%；⚠ 地方40%的分担为示例'),
    ('SENIOR_HIGH_FEE_WAIVER', 60, 20, 0, 20, 0, 0, '[S14] ⚠', '湖南为第二档，中央承担60%；⚠ 地方40%的分担为示例'),
    ('VOCATIONAL_NATIONAL_GRANT', 60, 20, 0, 20, 0, 0, '[S14] ⚠', '湖南为第二档，中央承担60%；⚠ 地方40%的分担为示例'),
    ('VOCATIONAL_TUITION_WAIVER', 60, 20, 0, 20, 0, 0, '[S14] ⚠', '湖南为第二档，中央承担60%；⚠ 地方40%的分担为示例'),
    ('VOCATIONAL_NATIONAL_SCHOLARSHIP', 100, 0, 0, 0, 0, 0, '[S22] ⚠', '⚠ 按中央全额承担录入，未核实'),
    ('HIGHER_NATIONAL_SCHOLARSHIP', 100, 0, 0, 0, 0, 0, '[S6b]', '中央全额承担'),
    ('HIGHER_ENCOURAGEMENT_SCHOLARSHIP', 60, 40, 0, 0, 0, 0, '[S27b] ⚠', '地方高校中部省份6:4（旧规定）；⚠ 请按现行文件核实'),
    ('HIGHER_NATIONAL_GRANT', 60, 40, 0, 0, 0, 0, '[S27b] ⚠', '地方高校中部省份6:4（旧规定）；⚠ 请按现行文件核实'),
    ('COUNTY_TEMPORARY_RELIEF', 0, 0, 0, 100, 0, 0, '[S26] ⚠ 县级示例', '县级财政承担；⚠ 县级示例'),
    ('SOCIAL_GRANT', 0, 0, 0, 0, 0, 100, '⚠ 本地示例', '社会捐资；⚠ 示例')
  ) AS v (code, central, provincial, city, county, school, social, source, note)
  JOIN programme_programme p ON p.code = v.code;

-- Every seeded programme pays once per term unless staff choose monthly; the vocational grant is
-- paid monthly by the regulation [S21] and the undergraduate grant often over 10 months [S49]:
-- both stay once per term here and say so (⚠), to be switched where the county pays monthly.
INSERT INTO programme_payout_schedule (programme_id, valid_from, mode, months, source, note, recorded_by)
SELECT p.id, p.first_term, 'ONCE_PER_TERM', NULL,
       CASE p.code WHEN 'VOCATIONAL_NATIONAL_GRANT' THEN '[S21] ⚠' WHEN 'HIGHER_NATIONAL_GRANT' THEN '[S49] ⚠' ELSE '' END,
       CASE p.code WHEN 'VOCATIONAL_NATIONAL_GRANT' THEN '⚠ 文件规定按月发放到资助卡；此处默认每学期一次，按月发放时请改为按月（每学期5个月）'
                   WHEN 'HIGHER_NATIONAL_GRANT' THEN '⚠ 许多高校按月发放（每年10个月）；此处默认每学期一次'
                   ELSE '' END,
       'system'
  FROM programme_programme p;

INSERT INTO programme_exclusion (name, programme_codes, source, note, recorded_by)
VALUES ('国家奖学金与国家励志奖学金', '{HIGHER_NATIONAL_SCHOLARSHIP,HIGHER_ENCOURAGEMENT_SCHOLARSHIP}', '[S3,S48]',
        '同一学年不可兼得；均可与国家助学金兼得', 'system');
