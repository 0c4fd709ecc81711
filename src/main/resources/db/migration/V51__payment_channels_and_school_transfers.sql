-- Payment channels by programme (发放渠道), the school's bank account, and the settlement with
-- schools: transfers (资金拨付单) and monthly meal provision (膳食供应).
--
-- A programme pays by CARD (一卡通, payout batches), to the SCHOOL (资金拨付学校: fee waivers, the
-- school does not charge the fee) or IN_KIND (实物/膳食: the nutrition plan pays meals). The channel
-- is effective-dated and bi-temporal like the payout schedule (V14): rows are appended and
-- superseded once, never changed. No row = CARD.
CREATE TABLE programme_payment_channel (
    id              BIGSERIAL PRIMARY KEY,
    programme_id    BIGINT      NOT NULL REFERENCES programme_programme (id),
    valid_from      TEXT        NOT NULL CHECK (valid_from ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    channel         TEXT        NOT NULL CHECK (channel IN ('CARD', 'SCHOOL', 'IN_KIND')),
    note            TEXT        NOT NULL DEFAULT '' CHECK (char_length(note) <= 200),
    source          TEXT        NOT NULL DEFAULT '' CHECK (char_length(source) <= 200),
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by     TEXT        NOT NULL CHECK (char_length(recorded_by) <= 200),
    superseded_at   TIMESTAMPTZ,
    superseded_by   TEXT        CHECK (char_length(superseded_by) <= 200),
    CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);
CREATE UNIQUE INDEX programme_payment_channel_standing_uq
    ON programme_payment_channel (programme_id, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER programme_payment_channel_no_change BEFORE UPDATE OR DELETE ON programme_payment_channel
    FOR EACH ROW EXECUTE FUNCTION programme_rule_append_only();
CREATE TRIGGER programme_payment_channel_no_truncate BEFORE TRUNCATE ON programme_payment_channel
    FOR EACH STATEMENT EXECUTE FUNCTION programme_rule_append_only();

-- Real practice: fee waivers are funds allocated to the school (学校免收，资金拨付学校); the
-- nutrition plan provides meals (食堂供餐或企业供餐，资金不发放给学生). Everything else pays by card.
INSERT INTO programme_payment_channel (programme_id, valid_from, channel, note, source, recorded_by)
SELECT p.id, p.first_term, c.channel, c.note, c.source, 'system'
  FROM (VALUES
    ('PRESCHOOL_FREE_YEAR', 'SCHOOL', '幼儿园免收保育教育费，资金按在园幼儿数拨付幼儿园', '[S15,S16]'),
    ('SENIOR_HIGH_FEE_WAIVER', 'SCHOOL', '学校免收学杂费，免除的学杂费由财政拨付学校', '[S4]'),
    ('VOCATIONAL_TUITION_WAIVER', 'SCHOOL', '学校免收学费，免学费补助资金拨付学校', '[S4]'),
    ('RURAL_NUTRITION', 'IN_KIND', '营养膳食补助用于为学生提供等值优质的食品，不得以现金形式直接发放给学生', '[S19,S20]')
  ) AS c(code, channel, note, source)
  JOIN programme_programme p ON p.code = c.code;

-- The school's bank account for transfers (收款账户): name and bank as they are, the account
-- number sealed with a masked form for pages, like the contact phone (V46).
ALTER TABLE school_school
    ADD COLUMN account_name          TEXT CONSTRAINT school_school_account_name_length CHECK (char_length(account_name) <= 60),
    ADD COLUMN account_bank          TEXT CONSTRAINT school_school_account_bank_length CHECK (char_length(account_bank) <= 60),
    ADD COLUMN account_number_sealed TEXT CONSTRAINT school_school_account_number_sealed_length
                                          CHECK (char_length(account_number_sealed) <= 400),
    ADD COLUMN account_number_masked TEXT CONSTRAINT school_school_account_number_masked_length
                                          CHECK (char_length(account_number_masked) <= 40),
    ADD CONSTRAINT school_school_account_complete
        CHECK ((account_number_sealed IS NULL) = (account_number_masked IS NULL)
               AND (account_number_sealed IS NULL) = (account_name IS NULL)
               AND (account_number_sealed IS NULL) = (account_bank IS NULL));

-- One transfer (资金拨付单) per school, programme and term of a SCHOOL or IN_KIND programme: what
-- the county owes the school (its confirmed awards: count, standard, amount) and the account it
-- pays into, as they stood when drafted. Its life DRAFT → TRANSFERRED (date, voucher) → CONFIRMED
-- (by the school) is the aggregate's (settlement.domain.SchoolTransfer); this table only stores it.
CREATE TABLE settlement_transfer (
    id                     BIGSERIAL     PRIMARY KEY,
    version                INTEGER       NOT NULL DEFAULT 0,
    reference              TEXT          COLLATE "C" NOT NULL UNIQUE CHECK (reference ~ '^BF[0-9]{4}[SA][0-9]{4,10}$'),
    term                   TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    school_id              BIGINT        NOT NULL,
    school_code            TEXT          COLLATE "C" NOT NULL CHECK (school_code ~ '^[0-9]{10}$'),
    school_name            TEXT          NOT NULL CHECK (char_length(school_name) <= 100),
    school_township_code   TEXT          COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    programme_code         TEXT          COLLATE "C" NOT NULL CHECK (programme_code ~ '^[A-Z][A-Z0-9_]{2,59}$'),
    programme_name         TEXT          NOT NULL CHECK (char_length(programme_name) <= 60),
    channel                TEXT          NOT NULL CHECK (channel IN ('SCHOOL', 'IN_KIND')),
    award_count            INTEGER       NOT NULL CHECK (award_count > 0),
    amount                 NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    standard               TEXT          NOT NULL CHECK (char_length(standard) <= 100),
    account_name           TEXT          NOT NULL CHECK (char_length(account_name) <= 60),
    account_bank           TEXT          NOT NULL CHECK (char_length(account_bank) <= 60),
    account_number_sealed  TEXT          NOT NULL CHECK (char_length(account_number_sealed) <= 400),
    account_number_masked  TEXT          NOT NULL CHECK (char_length(account_number_masked) <= 40),
    status                 TEXT          NOT NULL CHECK (status IN ('DRAFT', 'TRANSFERRED', 'CONFIRMED')),
    drafted_at             TIMESTAMPTZ   NOT NULL,
    drafted_by             TEXT          NOT NULL CHECK (char_length(drafted_by) <= 200),
    transferred_on         DATE,
    voucher_number         TEXT          CHECK (char_length(voucher_number) <= 40),
    transferred_at         TIMESTAMPTZ,
    transferred_by         TEXT          CHECK (char_length(transferred_by) <= 200),
    confirmed_at           TIMESTAMPTZ,
    confirmed_by           TEXT          CHECK (char_length(confirmed_by) <= 200),
    CHECK ((status = 'DRAFT') = (transferred_on IS NULL)),
    CHECK ((transferred_on IS NULL) = (voucher_number IS NULL)
           AND (transferred_on IS NULL) = (transferred_at IS NULL)
           AND (transferred_on IS NULL) = (transferred_by IS NULL)),
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL)
           AND (confirmed_at IS NULL) = (confirmed_by IS NULL)),
    UNIQUE (term, school_id, programme_code)
);
CREATE INDEX settlement_transfer_township_idx ON settlement_transfer (school_township_code, term);
CREATE INDEX settlement_transfer_school_idx ON settlement_transfer (school_id, term);
CREATE SEQUENCE settlement_transfer_number_seq;

-- What a school served under an in-kind programme in a month (膳食供应): days, students, amount.
-- Recorded by the school; changed while its term's transfer is not yet transferred.
CREATE TABLE settlement_meal_provision (
    id                   BIGSERIAL     PRIMARY KEY,
    school_id            BIGINT        NOT NULL,
    school_township_code TEXT          COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    programme_code       TEXT          COLLATE "C" NOT NULL CHECK (programme_code ~ '^[A-Z][A-Z0-9_]{2,59}$'),
    term                 TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    month                DATE          NOT NULL CHECK (extract(day FROM month) = 1),
    days_served          INTEGER       NOT NULL CHECK (days_served BETWEEN 1 AND 31),
    students_served      INTEGER       NOT NULL CHECK (students_served BETWEEN 1 AND 100000),
    amount               NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    recorded_at          TIMESTAMPTZ   NOT NULL,
    recorded_by          TEXT          NOT NULL CHECK (char_length(recorded_by) <= 200),
    UNIQUE (school_id, programme_code, month)
);
CREATE INDEX settlement_meal_provision_term_idx ON settlement_meal_provision (term, school_id);
