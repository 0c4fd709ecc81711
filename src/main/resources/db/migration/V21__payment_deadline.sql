-- Payment deadlines (发放时限). The spring term's deadline is national: 31 May of the term's year,
-- fixed in code. The autumn term's deadline is provincial policy: a province records it here,
-- optionally per programme. Rows are never updated or deleted: a new rule takes effect from its
-- valid_from term on, a later row for the same key and term corrects an earlier one, so the
-- deadline of any past term can always be reproduced and every change is kept.
CREATE TABLE disbursement_deadline (
    id              BIGSERIAL PRIMARY KEY,
    province_code   TEXT        COLLATE "C" NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    semester        TEXT        NOT NULL CHECK (semester = 'AUTUMN'),
    -- NULL: every programme of the province; otherwise an override for one programme.
    programme_code  TEXT        COLLATE "C",
    -- The first term (code, e.g. 2026-AUTUMN) the rule applies to.
    valid_from      TEXT        COLLATE "C" NOT NULL CHECK (valid_from ~ '^[0-9]{4}-AUTUMN$'),
    deadline_month  INTEGER     NOT NULL CHECK (deadline_month BETWEEN 1 AND 12),
    deadline_day    INTEGER     NOT NULL CHECK (deadline_day BETWEEN 1 AND 31),
    -- The deadline falls in the year after the term's year (e.g. 次年1月31日).
    following_year  BOOLEAN     NOT NULL DEFAULT FALSE,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX disbursement_deadline_lookup_idx ON disbursement_deadline (province_code, semester, valid_from);
