-- Payout rounds (发放轮次): the county pays a term's confirmed card awards of chosen programmes
-- in a chosen region at once, one batch per issuing bank. The round is a grouping of batches; every
-- lifecycle rule stays with the batch (PayoutBatch) and the round (PayoutRound) in the domain.
CREATE SEQUENCE disbursement_round_seq;

CREATE TABLE disbursement_round (
    id               BIGSERIAL   PRIMARY KEY,
    reference        TEXT        COLLATE "C" NOT NULL CHECK (char_length(reference) <= 20),
    term             TEXT        COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    county_code      TEXT        COLLATE "C" NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    -- The chosen townships, or NULL for the whole county.
    township_codes   TEXT[]      COLLATE "C",
    programme_codes  TEXT[]      COLLATE "C" NOT NULL CHECK (cardinality(programme_codes) BETWEEN 1 AND 100),
    programme_names  TEXT        NOT NULL CHECK (char_length(programme_names) <= 2000),
    created_by       TEXT        NOT NULL CHECK (char_length(created_by) <= 200),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX disbursement_round_reference_uq ON disbursement_round (reference);
CREATE INDEX disbursement_round_term_idx ON disbursement_round (county_code, term);

-- A round's batch covers its county (township_code holds the county's code) or one township, and
-- may hold several programmes (programme_code: the codes joined by commas).
ALTER TABLE disbursement_batch DROP CONSTRAINT disbursement_batch_township_code_check;
ALTER TABLE disbursement_batch ADD CONSTRAINT disbursement_batch_township_code_check
    CHECK (township_code ~ '^[0-9]{6}([0-9]{3})?$');
ALTER TABLE disbursement_batch
    ADD COLUMN round_id       BIGINT REFERENCES disbursement_round (id),
    ADD COLUMN bank_name      TEXT CHECK (char_length(bank_name) <= 100),
    -- 驳回: the checker's opinion (审核意见) sends a draft back to its makers until they resubmit.
    ADD COLUMN returned_by    TEXT CHECK (char_length(returned_by) <= 200),
    ADD COLUMN returned_at    TIMESTAMPTZ,
    ADD COLUMN review_opinion TEXT CHECK (char_length(review_opinion) <= 500),
    ADD CONSTRAINT disbursement_batch_returned_complete
        CHECK ((returned_by IS NULL) = (returned_at IS NULL) AND (returned_by IS NULL OR review_opinion IS NOT NULL)),
    ADD CONSTRAINT disbursement_batch_returned_is_draft CHECK (returned_by IS NULL OR status = 'DRAFT'),
    ADD CONSTRAINT disbursement_batch_round_bank CHECK (round_id IS NULL OR bank_name IS NOT NULL);
CREATE INDEX disbursement_batch_round_idx ON disbursement_batch (round_id);

-- The bank file template last used for a bank's batches in a county, offered again next time.
CREATE TABLE disbursement_bank_template_choice (
    county_code  TEXT        COLLATE "C" NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    bank_name    TEXT        NOT NULL CHECK (char_length(bank_name) <= 100),
    template     TEXT        NOT NULL CHECK (char_length(template) <= 50),
    chosen_by    TEXT        NOT NULL CHECK (char_length(chosen_by) <= 200),
    chosen_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (county_code, bank_name)
);
