-- Appeals (申诉, issue 14): a family whose application was finally decided 不困难, or at a lower
-- level than the score suggested, appeals once within the county's days; the county decides.

-- The county's choice: the days after the final decision within which a family may appeal.
CREATE TABLE identification_appeal_setting (
    county_code text COLLATE "C" PRIMARY KEY CHECK (county_code ~ '^[0-9]{6}$'),
    appeal_days integer NOT NULL CHECK (appeal_days BETWEEN 1 AND 60),
    updated_by  text NOT NULL CHECK (char_length(updated_by) <= 100),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One appeal per application (a student and school year): its outcome is final for the year.
-- Read in scope through its application (school_id, school_township_code).
CREATE TABLE identification_appeal (
    id              bigserial PRIMARY KEY,
    application_id  bigint NOT NULL UNIQUE REFERENCES identification_application (id) ON DELETE CASCADE,
    appealed_level  text NOT NULL CHECK (appealed_level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    suggested_level text CHECK (suggested_level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    grounds         text NOT NULL CHECK (char_length(grounds) BETWEEN 1 AND 1000),
    lodged_by       text NOT NULL CHECK (char_length(lodged_by) <= 100),
    lodged_at       timestamptz NOT NULL DEFAULT now(),
    decision        text CHECK (decision IN ('MAINTAIN', 'CHANGE_LEVEL')),
    new_level       text CHECK (new_level IN ('SPECIAL', 'FAIRLY', 'GENERAL')),
    reason          text CHECK (char_length(reason) <= 490),
    decided_by      text CHECK (char_length(decided_by) <= 100),
    decided_at      timestamptz,
    CHECK ((decision IS NULL) = (decided_at IS NULL)),
    CHECK ((decision = 'CHANGE_LEVEL') = (new_level IS NOT NULL))
);
CREATE INDEX identification_appeal_waiting ON identification_appeal (lodged_at) WHERE decision IS NULL;
