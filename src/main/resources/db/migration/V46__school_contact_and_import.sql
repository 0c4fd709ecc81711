-- A school's address and contact (地址, 联系人, 联系电话), and the school import (学校批量导入).
--
-- The contact phone is often the contact person's own mobile, so it is kept like every phone of
-- the platform (docs/privacy.md): sealed, with a masked form for lists; the plain number is never
-- stored. Address and contact name are the school's, shown as they are.
ALTER TABLE school_school
    ADD COLUMN address              TEXT CONSTRAINT school_school_address_length CHECK (char_length(address) <= 100),
    ADD COLUMN contact_name         TEXT CONSTRAINT school_school_contact_name_length CHECK (char_length(contact_name) <= 30),
    ADD COLUMN contact_phone_sealed TEXT CONSTRAINT school_school_contact_phone_sealed_length
                                         CHECK (char_length(contact_phone_sealed) <= 400),
    ADD COLUMN contact_phone_masked TEXT CONSTRAINT school_school_contact_phone_masked_length
                                         CHECK (char_length(contact_phone_masked) <= 30),
    ADD CONSTRAINT school_school_contact_phone_both
        CHECK ((contact_phone_sealed IS NULL) = (contact_phone_masked IS NULL));

-- One row per uploaded school file and mode, with its outcome and counts. Scoped like the roster
-- imports (iam.ScopeFilter.imports): visible inside the region it was uploaded for.
CREATE TABLE school_import (
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
    -- the clean validation this import committed (确认导入)
    validated_import_id  BIGINT      REFERENCES school_import (id),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    rows_read            INTEGER     NOT NULL DEFAULT 0,
    error_rows           INTEGER     NOT NULL DEFAULT 0,
    errors               INTEGER     NOT NULL DEFAULT 0,
    warnings             INTEGER     NOT NULL DEFAULT 0,
    schools_created      INTEGER     NOT NULL DEFAULT 0,
    schools_updated      INTEGER     NOT NULL DEFAULT 0,
    schools_unchanged    INTEGER     NOT NULL DEFAULT 0,
    refusal_code         TEXT        CHECK (char_length(refusal_code) <= 200),
    refusal_message      TEXT        CHECK (char_length(refusal_message) <= 2000)
);

CREATE INDEX school_import_scope_idx ON school_import (scope_region, created_at DESC);
-- a validation is committed once
CREATE UNIQUE INDEX school_import_committed_once_uq ON school_import (validated_import_id)
    WHERE validated_import_id IS NOT NULL AND status = 'COMMITTED';

-- The problems of an import in row order, stored as shown (Chinese); never a phone number.
CREATE TABLE school_import_problem (
    import_id    BIGINT  NOT NULL REFERENCES school_import (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    row_number   INTEGER NOT NULL CHECK (row_number >= 0),
    column_name  TEXT    CHECK (char_length(column_name) <= 50),
    severity     TEXT    NOT NULL CHECK (severity IN ('ERROR', 'WARNING')),
    code         TEXT    NOT NULL CHECK (char_length(code) <= 200),
    message      TEXT    NOT NULL CHECK (char_length(message) <= 1000),
    PRIMARY KEY (import_id, seq)
);

-- The rows of a clean validation, kept for 确认导入 so that the file need not be uploaded again:
-- the cells as read, in column order, the phone cell sealed. Removed when the validation is
-- committed, and after seven days otherwise.
CREATE TABLE school_import_row (
    import_id    BIGINT  NOT NULL REFERENCES school_import (id) ON DELETE CASCADE,
    row_number   INTEGER NOT NULL CHECK (row_number > 0),
    cells        TEXT[]  NOT NULL CHECK (cardinality(cells) <= 20 AND char_length(array_to_string(cells, '')) <= 8000),
    PRIMARY KEY (import_id, row_number)
);
