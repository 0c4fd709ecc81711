-- A changed aid card (资助卡变更) takes effect only when a second person approves it. Until then it
-- waits here, PENDING, and the student's record keeps the old card. A change made by reissuing a
-- failed payment (重新发放) is carried by the reissue batch: approving that batch approves it.
-- Both cards sealed (the old one to see, when the change is approved, that the student still holds
-- it) and masked; the new one also with its blind index, like the student's own columns. No card
-- (NULL) on either side means one was added or removed. Every text column is bounded (as V38 bounds
-- the older tables; a rejection's reason, like other notes, at 500 characters).
CREATE TABLE registry_card_change (
    id                      BIGSERIAL PRIMARY KEY,
    version                 INTEGER     NOT NULL DEFAULT 0,
    student_id              BIGINT      NOT NULL REFERENCES registry_student (id) ON DELETE CASCADE,
    status                  TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    old_bank                TEXT,
    old_card_sealed         TEXT,
    old_card_masked         TEXT,
    new_bank                TEXT,
    new_card_sealed         TEXT,
    new_card_index          TEXT,
    new_card_masked         TEXT,
    new_card_luhn_ok        BOOLEAN,
    requested_by            TEXT        NOT NULL,
    requested_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- the reissue batch that carries the change (its approval approves the change), if any
    carrier_batch_id        BIGINT,
    carrier_batch_reference TEXT,
    carrier_payment_id      BIGINT,
    decided_by              TEXT,
    decided_at              TIMESTAMPTZ,
    decision_note           TEXT,
    CONSTRAINT registry_card_change_old_bank_length CHECK (char_length(old_bank) <= 200),
    CONSTRAINT registry_card_change_old_card_sealed_length CHECK (char_length(old_card_sealed) <= 4000),
    CONSTRAINT registry_card_change_old_card_masked_length CHECK (char_length(old_card_masked) <= 200),
    CONSTRAINT registry_card_change_new_bank_length CHECK (char_length(new_bank) <= 200),
    CONSTRAINT registry_card_change_new_card_sealed_length CHECK (char_length(new_card_sealed) <= 4000),
    CONSTRAINT registry_card_change_new_card_index_length CHECK (char_length(new_card_index) <= 200),
    CONSTRAINT registry_card_change_new_card_masked_length CHECK (char_length(new_card_masked) <= 200),
    CONSTRAINT registry_card_change_requested_by_length CHECK (char_length(requested_by) <= 200),
    CONSTRAINT registry_card_change_carrier_batch_reference_length CHECK (char_length(carrier_batch_reference) <= 200),
    CONSTRAINT registry_card_change_decided_by_length CHECK (char_length(decided_by) <= 200),
    CONSTRAINT registry_card_change_decision_note_length CHECK (char_length(decision_note) <= 500),
    CONSTRAINT registry_card_change_old_card_complete CHECK ((old_bank IS NULL) = (old_card_sealed IS NULL)),
    CONSTRAINT registry_card_change_new_card_complete CHECK ((new_bank IS NULL) = (new_card_sealed IS NULL)),
    CONSTRAINT registry_card_change_changes_the_card CHECK (old_card_sealed IS NOT NULL OR new_card_sealed IS NOT NULL),
    CONSTRAINT registry_card_change_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CONSTRAINT registry_card_change_decided_by CHECK ((decided_at IS NULL) = (decided_by IS NULL)),
    -- four eyes: whoever asked for a card never approves it
    CONSTRAINT registry_card_change_second_person CHECK (status <> 'APPROVED' OR decided_by <> requested_by),
    CONSTRAINT registry_card_change_rejected_with_note CHECK (status <> 'REJECTED' OR decision_note IS NOT NULL)
);

-- One pending change per student: a newer request supersedes the older one.
CREATE UNIQUE INDEX registry_card_change_pending_uq ON registry_card_change (student_id) WHERE status = 'PENDING';
CREATE INDEX registry_card_change_student_idx ON registry_card_change (student_id, id);
CREATE INDEX registry_card_change_carrier_idx ON registry_card_change (carrier_batch_id) WHERE status = 'PENDING';
CREATE INDEX registry_card_change_status_idx ON registry_card_change (status, requested_at);
