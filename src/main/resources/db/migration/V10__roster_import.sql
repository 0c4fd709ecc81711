-- Roster imports (资助名单导入): one row per uploaded file and mode, its progress and outcome,
-- and the problems found in its rows. The uploaded file itself is kept encrypted on disk (see
-- docs/roster-import.md), never in the database.
CREATE TABLE award_import (
    id                   BIGSERIAL PRIMARY KEY,
    term                 TEXT        COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    mode                 TEXT        NOT NULL CHECK (mode IN ('VALIDATE', 'COMMIT')),
    update_existing      BOOLEAN     NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('RUNNING', 'VALIDATED', 'COMMITTED', 'REFUSED', 'FAILED')),
    file_name            TEXT        NOT NULL,
    file_bytes           BIGINT      NOT NULL,
    file_sha256          TEXT        COLLATE "C",
    file_format          TEXT,
    -- the uploader and the data scope the import ran with
    uploaded_by          TEXT        NOT NULL,
    uploader_id          BIGINT,
    scope_region         TEXT        COLLATE "C",
    scope_school_id      BIGINT,
    -- the import this one commits after it was validated (确认导入), or the earlier commit of the same file
    validated_import_id  BIGINT,
    same_as_import_id    BIGINT,
    runner               TEXT,
    -- the programme catalogue as it stood when the rows were checked (ProgrammeCatalogue.asOf(term, this))
    catalogue_as_of      TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at          TIMESTAMPTZ,
    heartbeat_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    rows_read            INTEGER     NOT NULL DEFAULT 0,
    error_rows           INTEGER     NOT NULL DEFAULT 0,
    errors               INTEGER     NOT NULL DEFAULT 0,
    warnings             INTEGER     NOT NULL DEFAULT 0,
    problems_stored      INTEGER     NOT NULL DEFAULT 0,
    awards_created       INTEGER     NOT NULL DEFAULT 0,
    awards_updated       INTEGER     NOT NULL DEFAULT 0,
    awards_unchanged     INTEGER     NOT NULL DEFAULT 0,
    students_registered  INTEGER     NOT NULL DEFAULT 0,
    students_matched     INTEGER     NOT NULL DEFAULT 0,
    amount_total         NUMERIC(14,2) NOT NULL DEFAULT 0,
    refusal_code         TEXT,
    refusal_message      TEXT,
    stored_file          TEXT,
    stored_file_key      TEXT
);

-- A file's content is committed once per term: committing it again is a no-op that names the earlier import.
CREATE UNIQUE INDEX award_import_committed_file_uq ON award_import (term, file_sha256)
    WHERE status = 'COMMITTED' AND same_as_import_id IS NULL;
CREATE INDEX award_import_scope_idx ON award_import (scope_region, created_at DESC);
CREATE INDEX award_import_school_idx ON award_import (scope_school_id, created_at DESC);
CREATE INDEX award_import_running_idx ON award_import (status) WHERE status = 'RUNNING';

-- The problems of an import in row order: errors block a commit, warnings do not. Messages are
-- stored as shown (Chinese) and never hold a full ID or card number.
CREATE TABLE award_import_problem (
    import_id    BIGINT   NOT NULL REFERENCES award_import (id) ON DELETE CASCADE,
    seq          INTEGER  NOT NULL,
    row_number   INTEGER,
    column_name  TEXT,
    severity     TEXT     NOT NULL CHECK (severity IN ('ERROR', 'WARNING')),
    code         TEXT     NOT NULL,
    message      TEXT     NOT NULL,
    PRIMARY KEY (import_id, seq)
);

CREATE INDEX award_import_problem_severity_idx ON award_import_problem (import_id, severity, seq);

-- What an award was confirmed with, as one keyed digest: a re-import of the same facts is
-- recognised as unchanged. Card and phone enter only as blind indexes.
ALTER TABLE award_award ADD COLUMN facts_digest TEXT;
