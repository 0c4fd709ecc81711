-- Semester adjustments of an identification (学期动态调整): a school re-assesses one decided
-- application during the school year (a change in the family) with a reason and evidence; the new
-- level replaces the application's decision, and each adjustment keeps the decision it replaced
-- and, where the school re-scored, the model's suggestion, so the history is complete.

CREATE TABLE identification_adjustment (
    id                   bigserial PRIMARY KEY,
    application_id       bigint NOT NULL REFERENCES identification_application (id) ON DELETE CASCADE,
    school_id            bigint NOT NULL,
    school_township_code text COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    class_name           text NOT NULL CHECK (char_length(class_name) <= 40),
    term_code            text NOT NULL CHECK (term_code ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    from_level           text NOT NULL CHECK (from_level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    from_reason          text NOT NULL CHECK (char_length(from_reason) <= 500),
    from_by              text NOT NULL CHECK (char_length(from_by) <= 100),
    from_at              timestamptz NOT NULL,
    to_level             text NOT NULL CHECK (to_level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    reason               text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
    change_sealed        text CHECK (char_length(change_sealed) <= 4000),
    model_id             bigint REFERENCES indicator_model (id),
    suggested_total      numeric(10, 2),
    suggested_level      text CHECK (suggested_level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    explanation          text CHECK (char_length(explanation) <= 20000),
    adjusted_by          text NOT NULL CHECK (char_length(adjusted_by) <= 100),
    adjusted_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identification_adjustment_application ON identification_adjustment (application_id, id);

-- an adjustment's evidence is evidence of its application (same checks, sealed, opened in reach)
ALTER TABLE identification_evidence
    ADD COLUMN adjustment_id bigint REFERENCES identification_adjustment (id) ON DELETE SET NULL;

-- the school's review queue: a school year's applications of one school by class and name
CREATE INDEX identification_application_school_queue
    ON identification_application (school_id, school_year, class_name, student_name, id);
