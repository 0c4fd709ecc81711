-- One-card disbursement (一卡兑现): payout batches per term, household township and programme,
-- their payments (one line per confirmed award, each with an immutable reference), the bank files
-- generated from them, the bank's return files and the exceptions a person must decide.
-- Sensitive values: *_sealed (authenticated ciphertext), *_index (blind index), *_masked (display).

CREATE TABLE disbursement_batch (
    id                  BIGSERIAL PRIMARY KEY,
    version             INTEGER       NOT NULL DEFAULT 0,
    reference           TEXT          COLLATE "C" NOT NULL,
    term                TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    county_code         TEXT          COLLATE "C" NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    township_code       TEXT          COLLATE "C" NOT NULL CHECK (township_code ~ '^[0-9]{9}$'),
    programme_code      TEXT          COLLATE "C" NOT NULL,
    programme_name      TEXT          NOT NULL,
    status              TEXT          NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'EXPORTED', 'RECONCILED')),
    -- Control totals, frozen when the batch is created.
    control_count       INTEGER       NOT NULL CHECK (control_count >= 0),
    control_amount      NUMERIC(14,2) NOT NULL CHECK (control_amount >= 0),
    -- A reissue batch pays again what failed in its original batch.
    reissue_of_batch_id BIGINT        REFERENCES disbursement_batch (id),
    bank_template       TEXT,
    created_by          TEXT          NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    approved_by         TEXT,
    approved_at         TIMESTAMPTZ,
    exported_by         TEXT,
    exported_at         TIMESTAMPTZ,
    reconciled_at       TIMESTAMPTZ,
    CHECK ((approved_by IS NULL) = (approved_at IS NULL)),
    CHECK (approved_by IS NULL OR approved_by <> created_by),
    CHECK (status = 'DRAFT' OR approved_at IS NOT NULL),
    CHECK (status NOT IN ('EXPORTED', 'RECONCILED') OR exported_at IS NOT NULL),
    CHECK (status <> 'RECONCILED' OR reconciled_at IS NOT NULL)
);

CREATE UNIQUE INDEX disbursement_batch_reference_uq ON disbursement_batch (reference);
CREATE INDEX disbursement_batch_term_idx ON disbursement_batch (term, township_code, programme_code);

CREATE TABLE disbursement_payment (
    id                    BIGSERIAL PRIMARY KEY,
    version               INTEGER       NOT NULL DEFAULT 0,
    batch_id              BIGINT        NOT NULL REFERENCES disbursement_batch (id),
    line_no               INTEGER       NOT NULL CHECK (line_no > 0),
    -- The payment reference (摘要/流水号) printed on the bank file line: unique, never changed.
    reference             TEXT          COLLATE "C" NOT NULL,
    award_id              BIGINT        NOT NULL,
    student_id            BIGINT        NOT NULL,
    school_id             BIGINT        NOT NULL,
    term                  TEXT          COLLATE "C" NOT NULL,
    programme_code        TEXT          COLLATE "C" NOT NULL,
    payee_name            TEXT          NOT NULL,
    card_bank             TEXT,
    card_number_sealed    TEXT          NOT NULL,
    card_number_index     TEXT          NOT NULL,
    card_number_masked    TEXT          NOT NULL,
    amount                NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    status                TEXT          NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    failure_reason        TEXT,
    settled_at            TIMESTAMPTZ,
    -- A reissued payment names the failed one it replaces.
    reissue_of_payment_id BIGINT        REFERENCES disbursement_payment (id),
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK ((status = 'PENDING') = (settled_at IS NULL)),
    CHECK (status <> 'FAILED' OR failure_reason IS NOT NULL)
);

CREATE UNIQUE INDEX disbursement_payment_reference_uq ON disbursement_payment (reference);
CREATE UNIQUE INDEX disbursement_payment_line_uq ON disbursement_payment (batch_id, line_no);
-- No award is ever paid twice: at most one payment per award that is not failed.
CREATE UNIQUE INDEX disbursement_payment_award_live_uq ON disbursement_payment (award_id) WHERE status <> 'FAILED';
-- A failed payment is reissued at most once.
CREATE UNIQUE INDEX disbursement_payment_reissue_uq ON disbursement_payment (reissue_of_payment_id)
    WHERE reissue_of_payment_id IS NOT NULL;
CREATE INDEX disbursement_payment_term_idx ON disbursement_payment (term, school_id, programme_code);
CREATE INDEX disbursement_payment_student_idx ON disbursement_payment (student_id);

-- What identifies a payment never changes once written.
CREATE FUNCTION disbursement_payment_immutable() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF (NEW.id, NEW.batch_id, NEW.line_no, NEW.reference, NEW.award_id, NEW.student_id, NEW.amount,
        NEW.card_number_sealed, NEW.card_number_index, NEW.payee_name, NEW.reissue_of_payment_id)
       IS DISTINCT FROM
       (OLD.id, OLD.batch_id, OLD.line_no, OLD.reference, OLD.award_id, OLD.student_id, OLD.amount,
        OLD.card_number_sealed, OLD.card_number_index, OLD.payee_name, OLD.reissue_of_payment_id) THEN
        RAISE EXCEPTION 'a payment''s reference, payee, card and amount are never changed';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER disbursement_payment_immutable_trg BEFORE UPDATE ON disbursement_payment
    FOR EACH ROW EXECUTE FUNCTION disbursement_payment_immutable();

-- Every bank file handed out: regenerating a batch's file gives the same bytes (same digest).
CREATE TABLE disbursement_bank_file (
    id            BIGSERIAL PRIMARY KEY,
    batch_id      BIGINT        NOT NULL REFERENCES disbursement_batch (id),
    template      TEXT          NOT NULL,
    file_name     TEXT          NOT NULL,
    sha256        TEXT          COLLATE "C" NOT NULL,
    line_count    INTEGER       NOT NULL,
    total_amount  NUMERIC(14,2) NOT NULL,
    generated_by  TEXT          NOT NULL,
    generated_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX disbursement_bank_file_batch_idx ON disbursement_bank_file (batch_id);

-- The bank's result files (回盘文件) as uploaded.
CREATE TABLE disbursement_return_file (
    id              BIGSERIAL PRIMARY KEY,
    batch_id        BIGINT      NOT NULL REFERENCES disbursement_batch (id),
    file_name       TEXT        NOT NULL,
    sha256          TEXT        COLLATE "C" NOT NULL,
    line_count      INTEGER     NOT NULL,
    paid_count      INTEGER     NOT NULL,
    failed_count    INTEGER     NOT NULL,
    exception_count INTEGER     NOT NULL,
    uploaded_by     TEXT        NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX disbursement_return_file_digest_uq ON disbursement_return_file (batch_id, sha256);

-- Return-file lines that are neither a clean "paid" nor a clean "failed": a person decides.
CREATE TABLE disbursement_exception (
    id              BIGSERIAL PRIMARY KEY,
    version         INTEGER       NOT NULL DEFAULT 0,
    batch_id        BIGINT        NOT NULL REFERENCES disbursement_batch (id),
    return_file_id  BIGINT        NOT NULL REFERENCES disbursement_return_file (id),
    line_no         INTEGER       NOT NULL,
    reference       TEXT          COLLATE "C",
    payment_id      BIGINT        REFERENCES disbursement_payment (id),
    kind            TEXT          NOT NULL CHECK (kind IN ('UNKNOWN_REFERENCE', 'DUPLICATE', 'AMOUNT_MISMATCH',
                                                           'MALFORMED_LINE', 'UNKNOWN_RESULT', 'CONFLICTING_RESULT')),
    reported_amount NUMERIC(14,2),
    detail          TEXT          NOT NULL,
    status          TEXT          NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    resolution      TEXT,
    resolved_by     TEXT,
    resolved_at     TIMESTAMPTZ,
    CHECK ((status = 'OPEN') = (resolved_at IS NULL))
);

CREATE INDEX disbursement_exception_batch_idx ON disbursement_exception (batch_id, status);

-- Numbers behind the references (see PayoutReference): never reused, also after a rollback.
CREATE SEQUENCE disbursement_batch_seq START WITH 1;
CREATE SEQUENCE disbursement_payment_seq START WITH 1;
