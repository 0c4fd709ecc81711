-- Awards (受助名单): one row per student, programme and term, carrying the roster facts it was
-- confirmed with, so that rosters print what was confirmed even after the registry changes.
-- Sensitive values: *_sealed (authenticated ciphertext), *_index (blind index), *_masked (display).
CREATE TABLE award_award (
    id                        BIGSERIAL PRIMARY KEY,
    version                   INTEGER       NOT NULL DEFAULT 0,
    term                      TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    programme_code            TEXT          COLLATE "C" NOT NULL,
    programme_name            TEXT          NOT NULL,
    stage                     TEXT          NOT NULL,
    tier                      TEXT          NOT NULL,
    amount                    NUMERIC(12,2) NOT NULL CHECK (amount >= 0),
    student_id                BIGINT        NOT NULL,
    student_name              TEXT          NOT NULL,
    gender                    TEXT,
    id_number_index           TEXT          NOT NULL,
    id_number_masked          TEXT          COLLATE "C" NOT NULL,
    school_id                 BIGINT        NOT NULL,
    school_code               TEXT          COLLATE "C" NOT NULL,
    school_name               TEXT          NOT NULL,
    school_township_code      TEXT          COLLATE "C" NOT NULL,
    grade                     TEXT,
    class_name                TEXT,
    household_township_code   TEXT          COLLATE "C" NOT NULL,
    household_village_code    TEXT          COLLATE "C",
    difficulty_type           TEXT,
    difficulty_level          TEXT,
    special_channel           BOOLEAN       NOT NULL DEFAULT FALSE,
    guardian_name             TEXT,
    phone_sealed              TEXT,
    phone_masked              TEXT,
    card_bank                 TEXT,
    card_number_sealed        TEXT,
    card_number_index         TEXT,
    card_number_masked        TEXT,
    remark                    TEXT,
    import_id                 BIGINT,
    source_row                INTEGER,
    created_by                TEXT          NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- One award per student, programme and term across the whole platform (the double-aid rule).
CREATE UNIQUE INDEX award_award_student_programme_term_uq ON award_award (term, programme_code, id_number_index);
CREATE INDEX award_award_term_township_idx ON award_award (term, household_township_code);
CREATE INDEX award_award_term_school_township_idx ON award_award (term, school_township_code);
CREATE INDEX award_award_term_school_idx ON award_award (term, school_id);
CREATE INDEX award_award_student_idx ON award_award (student_id);
