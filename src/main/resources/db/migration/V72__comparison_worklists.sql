-- Worklists of the comparison (docs/comparison.md): 应助未助 (a registered student neither
-- identified nor aided by a need-based programme; a school-age sibling of a listed family in no
-- school of the county) and 四项比对 (an identified or aided student whose household is on a check
-- list), produced by every matching run; and recovered money (追回资金) of awards, which the
-- integrity check shows as its own line.

CREATE TABLE comparison_worklist_item (
    id                       BIGSERIAL PRIMARY KEY,
    version                  INTEGER NOT NULL DEFAULT 0,
    kind                     TEXT    NOT NULL CHECK (kind IN ('UNAIDED', 'SUSPECT')),
    -- who acts: the student's school, the household's township (疑似失学或外地就读), the county
    route                    TEXT    NOT NULL CHECK (route IN ('SCHOOL', 'TOWNSHIP', 'COUNTY')),
    student_id               BIGINT  NOT NULL,
    -- the person the item is about (the student, a sibling, or the household member on a check list)
    subject_index            TEXT    NOT NULL CHECK (char_length(subject_index) <= 200),
    subject_name             TEXT    NOT NULL CHECK (char_length(subject_name) <= 200),
    subject_masked           TEXT    CHECK (char_length(subject_masked) <= 200),
    via                      TEXT    NOT NULL CHECK (via IN ('STUDENT', 'GUARDIAN', 'MEMBER', 'SIBLING')),
    -- the period an item belongs to: the school year (2026) for 应助未助, the check list's as-of date for 四项比对
    period                   TEXT    NOT NULL CHECK (char_length(period) <= 10),
    type_code                TEXT    NOT NULL CHECK (char_length(type_code) <= 40),
    department               TEXT    NOT NULL CHECK (char_length(department) <= 50),
    as_of                    DATE    NOT NULL,
    attributes               TEXT    NOT NULL CHECK (char_length(attributes) <= 2000),
    student_name             TEXT    NOT NULL CHECK (char_length(student_name) <= 200),
    id_number_masked         TEXT    NOT NULL CHECK (char_length(id_number_masked) <= 200),
    school_id                BIGINT  NOT NULL,
    school_township_code     TEXT    COLLATE "C" NOT NULL CHECK (char_length(school_township_code) <= 12),
    household_township_code  TEXT    COLLATE "C" NOT NULL CHECK (char_length(household_township_code) <= 12),
    household_village_code   TEXT    COLLATE "C" CHECK (char_length(household_village_code) <= 12),
    -- OPEN: to be worked; ENDED: a run no longer found the reason before anyone closed it; CLOSED: decided
    status                   TEXT    NOT NULL CHECK (status IN ('OPEN', 'ENDED', 'CLOSED')),
    first_run                BIGINT  NOT NULL REFERENCES comparison_run (id),
    last_run                 BIGINT  NOT NULL REFERENCES comparison_run (id),
    opened_on                DATE    NOT NULL,
    ended_on                 DATE,
    outcome                  TEXT    CHECK (outcome IN ('AIDED', 'ELSEWHERE', 'NOT_NEEDED', 'OTHER',
                                                        'VERIFIED', 'CANCELLED', 'RECOVERED')),
    note                     TEXT    CHECK (char_length(note) <= 500),
    closed_by                TEXT    CHECK (char_length(closed_by) <= 100),
    closed_at                TIMESTAMPTZ,
    visit_kind               TEXT    CHECK (visit_kind IN ('ON_SITE', 'PHONE', 'VIDEO')),
    visit_on                 DATE,
    visit_by                 TEXT    CHECK (char_length(visit_by) <= 100),
    visit_finding            TEXT    CHECK (char_length(visit_finding) <= 500),
    CONSTRAINT comparison_worklist_item_closed CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND closed_at IS NOT NULL)),
    CONSTRAINT comparison_worklist_item_visit CHECK ((visit_kind IS NULL) = (visit_on IS NULL)),
    CONSTRAINT comparison_worklist_item_outcome_kind CHECK (
        outcome IS NULL
        OR (kind = 'UNAIDED' AND outcome IN ('AIDED', 'ELSEWHERE', 'NOT_NEEDED', 'OTHER'))
        OR (kind = 'SUSPECT' AND outcome IN ('VERIFIED', 'CANCELLED', 'RECOVERED')))
);

-- One item per kind, student, person, list type and period, whatever its status: a closed item is
-- not opened again by the next run of the same period.
CREATE UNIQUE INDEX comparison_worklist_item_key_uq
    ON comparison_worklist_item (kind, student_id, subject_index, type_code, period);
CREATE INDEX comparison_worklist_item_open_idx ON comparison_worklist_item (kind, status);
CREATE INDEX comparison_worklist_item_school_idx ON comparison_worklist_item (school_id);
CREATE INDEX comparison_worklist_item_school_township_idx ON comparison_worklist_item (school_township_code);
CREATE INDEX comparison_worklist_item_household_township_idx ON comparison_worklist_item (household_township_code);

-- What each run did to the worklists.
ALTER TABLE comparison_run ADD COLUMN worklist_new INTEGER;
ALTER TABLE comparison_run ADD COLUMN worklist_ended INTEGER;
ALTER TABLE comparison_run ADD COLUMN worklist_stayed INTEGER;

-- Money recovered from an award (追回资金): amount, day and voucher (收款凭证号). Owned by the award
-- module; a 四项比对 decision records it, and the integrity check shows it as its own line.
-- Maker–checker (双人复核): one staff member records it (PENDING, which already reserves the amount
-- against the award), another confirms it (CONFIRMED: only then is it recovered money) or rejects it
-- with a reason (REJECTED: reserves nothing). The rows recorded together (one voucher spread over
-- several awards) share an entry and are reviewed together.
CREATE SEQUENCE award_recovery_entry_seq;

CREATE TABLE award_recovery (
    id            BIGSERIAL PRIMARY KEY,
    entry         BIGINT        NOT NULL,
    award_id      BIGINT        NOT NULL REFERENCES award_award (id),
    term          TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    amount        NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    recovered_on  DATE          NOT NULL,
    voucher       TEXT          NOT NULL CHECK (char_length(voucher) BETWEEN 1 AND 100),
    reason        TEXT          NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
    source        TEXT          NOT NULL CHECK (char_length(source) <= 100),
    recorded_by   TEXT          NOT NULL CHECK (char_length(recorded_by) <= 100),
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    status        TEXT          NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    reviewed_by   TEXT          CHECK (char_length(reviewed_by) <= 100),
    reviewed_at   TIMESTAMPTZ,
    review_note   TEXT          CHECK (char_length(review_note) <= 200),
    CONSTRAINT award_recovery_reviewed CHECK ((status = 'PENDING') = (reviewed_by IS NULL AND reviewed_at IS NULL)),
    CONSTRAINT award_recovery_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> recorded_by),
    CONSTRAINT award_recovery_rejected_note CHECK (status <> 'REJECTED' OR review_note IS NOT NULL)
);

CREATE INDEX award_recovery_entry_idx ON award_recovery (entry);
CREATE INDEX award_recovery_award_idx ON award_recovery (award_id);
CREATE INDEX award_recovery_term_idx ON award_recovery (term);
