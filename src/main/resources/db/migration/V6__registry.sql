-- Students, household members and aid cards (学生信息、家庭成员、资助卡).
-- Sensitive values are never stored in plain text: *_sealed holds the authenticated ciphertext,
-- *_index a keyed blind index (HMAC) for exact look-up and de-duplication, *_masked what lists
-- show. Region codes use the "C" collation so prefix searches run on plain b-tree indexes.
CREATE TABLE registry_student (
    id                        BIGSERIAL PRIMARY KEY,
    version                   INTEGER     NOT NULL DEFAULT 0,
    name                      TEXT        NOT NULL,
    gender                    TEXT        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    id_type                   TEXT        NOT NULL,
    id_number_sealed          TEXT        NOT NULL,
    id_number_index           TEXT        NOT NULL,
    id_number_masked          TEXT        COLLATE "C" NOT NULL,
    student_number_sealed     TEXT,
    student_number_index      TEXT,
    student_number_masked     TEXT,
    school_id                 BIGINT      NOT NULL,
    -- the school's township, kept beside the row for scope filters; follows SchoolRelocated
    school_township_code      TEXT        COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    grade                     TEXT        NOT NULL,
    class_name                TEXT,
    household_township_code   TEXT        COLLATE "C" NOT NULL CHECK (household_township_code ~ '^[0-9]{9}$'),
    household_village_code    TEXT        COLLATE "C" CHECK (household_village_code ~ '^[0-9]{12}$'),
    residence                 TEXT        NOT NULL CHECK (residence IN ('URBAN', 'RURAL')),
    card_bank                 TEXT,
    card_number_sealed        TEXT,
    card_number_index         TEXT,
    card_number_masked        TEXT,
    card_luhn_ok              BOOLEAN,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT registry_student_village_in_township
        CHECK (household_village_code IS NULL OR left(household_village_code, 9) = household_township_code),
    CONSTRAINT registry_student_card_complete
        CHECK ((card_bank IS NULL) = (card_number_sealed IS NULL))
);

-- One record per person across the platform.
CREATE UNIQUE INDEX registry_student_id_number_uq ON registry_student (id_number_index);
CREATE UNIQUE INDEX registry_student_student_number_uq ON registry_student (student_number_index);
CREATE INDEX registry_student_school_idx ON registry_student (school_id, id);
CREATE INDEX registry_student_school_township_idx ON registry_student (school_township_code);
CREATE INDEX registry_student_household_township_idx ON registry_student (household_township_code);
CREATE INDEX registry_student_household_village_idx ON registry_student (household_village_code);
-- masked-ID fragments: the first six characters by prefix, the last four by reversed prefix
CREATE INDEX registry_student_id_masked_idx ON registry_student (id_number_masked);
CREATE INDEX registry_student_id_masked_tail_idx ON registry_student (reverse(id_number_masked));
CREATE INDEX registry_student_card_idx ON registry_student (card_number_index);

CREATE TABLE registry_household_member (
    id                 BIGSERIAL PRIMARY KEY,
    student_id         BIGINT   NOT NULL REFERENCES registry_student (id) ON DELETE CASCADE,
    position           SMALLINT NOT NULL,
    name               TEXT     NOT NULL,
    relation           TEXT     NOT NULL,
    guardian           BOOLEAN  NOT NULL,
    id_type            TEXT,
    id_number_sealed   TEXT,
    id_number_index    TEXT,
    id_number_masked   TEXT,
    phone_sealed       TEXT,
    phone_index        TEXT,
    phone_masked       TEXT,
    employer           TEXT,
    income_sealed      TEXT,
    health_sealed      TEXT
);

CREATE INDEX registry_household_member_student_idx ON registry_household_member (student_id, position);
CREATE INDEX registry_household_member_id_number_idx ON registry_household_member (id_number_index);
CREATE INDEX registry_household_member_phone_idx ON registry_household_member (phone_index);

-- Name search ("contains") uses a trigram index where the server offers pg_trgm (the embedded
-- PostgreSQL and Debian's packages do); elsewhere it falls back to a scan.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXECUTE 'CREATE INDEX registry_student_name_trgm_idx ON registry_student USING gin (name gin_trgm_ops)';
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'pg_trgm not installed (no privilege): student name search scans';
        END;
    END IF;
END
$$;
