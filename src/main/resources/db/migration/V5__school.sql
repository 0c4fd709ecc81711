-- Schools (学校). Region codes use the "C" collation so that prefix searches (LIKE '430626%')
-- run on a plain b-tree index and sort fast.
CREATE TABLE school_school (
    id             BIGSERIAL PRIMARY KEY,
    version        INTEGER     NOT NULL DEFAULT 0,
    code           TEXT        COLLATE "C" NOT NULL CHECK (code ~ '^[0-9]{10}$'),
    name           TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    stages         TEXT[]      NOT NULL CHECK (cardinality(stages) > 0),
    ownership      TEXT        NOT NULL CHECK (ownership IN ('PUBLIC', 'PRIVATE')),
    township_code  TEXT        COLLATE "C" NOT NULL CHECK (township_code ~ '^[0-9]{9}$'),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX school_school_code_uq ON school_school (code);
CREATE INDEX school_school_township_idx ON school_school (township_code);
CREATE INDEX school_school_stages_idx ON school_school USING gin (stages);

-- The school module publishes the platform's first event (SchoolRelocated). Spring Modulith 2
-- stores publications with three more columns than V1 created (its schema v2); add them here,
-- idempotently, so that a later platform migration doing the same does no harm.
ALTER TABLE event_publication
    ADD COLUMN IF NOT EXISTS status                 TEXT,
    ADD COLUMN IF NOT EXISTS completion_attempts    INT,
    ADD COLUMN IF NOT EXISTS last_resubmission_date TIMESTAMP WITH TIME ZONE;
