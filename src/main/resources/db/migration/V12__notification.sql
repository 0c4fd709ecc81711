-- SMS notices (短信告知) through a transactional outbox: a row is written in the transaction of
-- the fact it reports (e.g. a payment) and sent afterwards by the dispatcher, with retries.
-- The phone is sealed (phone_sealed), with a blind index for look-up and a masked copy for lists.
-- The text never holds an ID number, a full card number or hardship detail (SmsContentPolicy).
CREATE TABLE notification_sms (
    id                     BIGSERIAL PRIMARY KEY,
    dedup_key              TEXT        COLLATE "C" NOT NULL,
    template               TEXT        NOT NULL,
    text                   TEXT        NOT NULL,
    phone_sealed           TEXT        NOT NULL,
    phone_index            TEXT        NOT NULL,
    phone_masked           TEXT        COLLATE "C" NOT NULL,
    recipient              TEXT        NOT NULL CHECK (recipient IN ('STUDENT', 'GUARDIAN')),
    student_id             BIGINT,
    student_name           TEXT,
    -- Where the student belongs, so that lists filter by the reader's data scope without
    -- asking the registry: the school, its township, the household's township or village.
    school_id              BIGINT,
    school_region_code     TEXT        COLLATE "C",
    household_region_code  TEXT        COLLATE "C",
    batch_ref              TEXT        COLLATE "C",
    payment_ref            TEXT        COLLATE "C",
    status                 TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts               INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- When the dispatcher may next pick the message; while a send is under way, the end of its lease.
    next_attempt_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    claim_token            UUID,
    last_error             TEXT,
    gateway                TEXT,
    gateway_message_id     TEXT,
    resends                INTEGER     NOT NULL DEFAULT 0,
    created_by             TEXT        NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at                TIMESTAMPTZ,
    failed_at              TIMESTAMPTZ,
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One message per de-duplication key (e.g. payment:<reference>): enqueueing twice is a no-op.
CREATE UNIQUE INDEX notification_sms_dedup_uq ON notification_sms (dedup_key);
-- The dispatcher's queue: only waiting messages, oldest due first.
CREATE INDEX notification_sms_due_idx ON notification_sms (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX notification_sms_student_idx ON notification_sms (student_id, created_at);
CREATE INDEX notification_sms_batch_idx ON notification_sms (batch_ref, status);
CREATE INDEX notification_sms_phone_idx ON notification_sms (phone_index);
CREATE INDEX notification_sms_created_idx ON notification_sms (created_at DESC, id DESC);
