-- The student-registration import (学籍导入): the export of the national student-registration
-- system (全国中小学生学籍信息管理系统) read as it comes, students registered or revised, and the
-- students of the file's schools that the file no longer lists reported. Scoped like the other
-- imports (iam.ScopeFilter.imports): visible inside the region it was uploaded for.
CREATE TABLE registry_import (
    id                   BIGSERIAL   PRIMARY KEY,
    mode                 TEXT        NOT NULL CHECK (mode IN ('VALIDATE', 'COMMIT')),
    status               TEXT        NOT NULL CHECK (status IN ('VALIDATED', 'COMMITTED', 'REFUSED')),
    file_name            TEXT        NOT NULL CHECK (char_length(file_name) <= 255),
    file_bytes           BIGINT      NOT NULL CHECK (file_bytes >= 0),
    file_sha256          TEXT        COLLATE "C" CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by          TEXT        NOT NULL CHECK (char_length(uploaded_by) <= 200),
    uploader_id          BIGINT,
    scope_region         TEXT        COLLATE "C" CHECK (scope_region ~ '^[0-9]{2,12}$'),
    scope_school_id      BIGINT,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    rows_read            INTEGER     NOT NULL DEFAULT 0,
    error_rows           INTEGER     NOT NULL DEFAULT 0,
    errors               INTEGER     NOT NULL DEFAULT 0,
    warnings             INTEGER     NOT NULL DEFAULT 0,
    students_created     INTEGER     NOT NULL DEFAULT 0,
    students_updated     INTEGER     NOT NULL DEFAULT 0,
    students_unchanged   INTEGER     NOT NULL DEFAULT 0,
    -- of the updated: those whose school changed (转学)
    students_transferred INTEGER     NOT NULL DEFAULT 0,
    -- registered at a school of the file but not in it (转出、毕业、辍学?)
    students_left        INTEGER     NOT NULL DEFAULT 0,
    refusal_code         TEXT        CHECK (char_length(refusal_code) <= 200),
    refusal_message      TEXT        CHECK (char_length(refusal_message) <= 2000)
);

CREATE INDEX registry_import_scope_idx ON registry_import (scope_region, created_at DESC);

-- The problems of an import in row order, stored as shown (Chinese); ID numbers only masked,
-- never a phone number.
CREATE TABLE registry_import_problem (
    import_id    BIGINT  NOT NULL REFERENCES registry_import (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    row_number   INTEGER NOT NULL CHECK (row_number >= 0),
    column_name  TEXT    CHECK (char_length(column_name) <= 50),
    severity     TEXT    NOT NULL CHECK (severity IN ('ERROR', 'WARNING')),
    code         TEXT    NOT NULL CHECK (char_length(code) <= 200),
    message      TEXT    NOT NULL CHECK (char_length(message) <= 1000),
    PRIMARY KEY (import_id, seq)
);
