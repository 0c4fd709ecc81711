-- Awards rest on an identification (资助以认定为前提).
--
-- A need-based programme (need_based) is paid only to students identified as being in economic
-- difficulty (家庭经济困难学生认定) for the school year, at a level the award's tier allows. The
-- tiers' allowed levels are effective-dated like the standards: the mapping with the latest
-- valid_from not after the award's term applies; a tier of a need-based programme without a
-- mapping allows every level of difficulty (not 不困难).
--
-- identification_rule is the catalogue's default of what happens to an award without such an
-- identification: WARNING (transition year, reported, not refused) or REQUIRED (an error). The
-- shipped default is WARNING, so that nothing that passed before fails now; a county switches a
-- programme for itself in programme_identification_setting (audited).

ALTER TABLE programme_programme
    ADD COLUMN need_based          BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN identification_rule TEXT    NOT NULL DEFAULT 'WARNING'
        CONSTRAINT programme_identification_rule_known CHECK (identification_rule IN ('REQUIRED', 'WARNING'));

CREATE TABLE programme_tier_level (
    id           BIGSERIAL PRIMARY KEY,
    programme_id BIGINT      NOT NULL REFERENCES programme_programme (id),
    tier_code    TEXT        COLLATE "C" NOT NULL CHECK (tier_code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    valid_from   TEXT        NOT NULL CHECK (valid_from ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    levels       TEXT[]      NOT NULL CHECK (cardinality(levels) > 0
                                             AND levels <@ ARRAY['特别困难', '比较困难', '一般困难', '困难']::TEXT[]),
    source       TEXT        NOT NULL DEFAULT '' CHECK (char_length(source) <= 200),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by  TEXT        NOT NULL CHECK (char_length(recorded_by) <= 200),
    UNIQUE (programme_id, tier_code, valid_from)
);

CREATE TABLE programme_identification_setting (
    county_code  TEXT        COLLATE "C" NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    programme_id BIGINT      NOT NULL REFERENCES programme_programme (id),
    rule         TEXT        NOT NULL CHECK (rule IN ('REQUIRED', 'WARNING')),
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by   TEXT        NOT NULL CHECK (char_length(changed_by) <= 200),
    PRIMARY KEY (county_code, programme_id)
);

-- The national need-based programmes (domain brief §1, §2): the grants by tier, the compulsory
-- living subsidy, preschool aid and the encouragement scholarship (poor and excellent). Fee
-- waivers, the nutrition plan, scholarships and social grants are not need-based by level.
UPDATE programme_programme SET need_based = true
 WHERE code IN ('SENIOR_HIGH_NATIONAL_GRANT', 'VOCATIONAL_NATIONAL_GRANT', 'HIGHER_NATIONAL_GRANT',
                'PRIMARY_LIVING_SUBSIDY', 'JUNIOR_LIVING_SUBSIDY', 'PRESCHOOL_AID',
                'HIGHER_ENCOURAGEMENT_SCHOLARSHIP');

INSERT INTO programme_tier_level (programme_id, tier_code, valid_from, levels, source, recorded_by)
SELECT p.id, v.tier_code, '2019-SPRING', v.levels::TEXT[], '[S30,S37]', 'system'
  FROM (VALUES
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_1', '{特别困难}'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_2', '{比较困难}'),
    ('SENIOR_HIGH_NATIONAL_GRANT', 'TIER_3', '{一般困难}'),
    ('VOCATIONAL_NATIONAL_GRANT', 'TIER_1', '{特别困难}'),
    ('VOCATIONAL_NATIONAL_GRANT', 'TIER_2', '{比较困难}'),
    ('VOCATIONAL_NATIONAL_GRANT', 'TIER_3', '{一般困难}'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_1', '{特别困难}'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_2', '{比较困难}'),
    ('HIGHER_NATIONAL_GRANT', 'TIER_3', '{一般困难}'),
    ('PRIMARY_LIVING_SUBSIDY', 'BOARDER', '{特别困难,比较困难,一般困难}'),
    ('PRIMARY_LIVING_SUBSIDY', 'NON_BOARDER', '{特别困难,比较困难,一般困难}'),
    ('JUNIOR_LIVING_SUBSIDY', 'BOARDER', '{特别困难,比较困难,一般困难}'),
    ('JUNIOR_LIVING_SUBSIDY', 'NON_BOARDER', '{特别困难,比较困难,一般困难}')
  ) AS v (code, tier_code, levels)
  JOIN programme_programme p ON p.code = v.code;
