-- Funding sources (资金来源): the register of money allocated to a county for a programme and
-- term (资金下达/到位登记) and the funding shares each card payment carries.

-- One entry per budget notice (预算指标文件) as the county's finance received it: which level of
-- government allocates how much, under which document number (文号), received on which day.
-- Entries are never edited: a wrong entry is cancelled by a reversal (冲销) with the negative
-- amount that names it, and entered again.
CREATE TABLE funding_allocation (
    id             BIGSERIAL PRIMARY KEY,
    county_code    TEXT          COLLATE "C" NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    programme_code TEXT          COLLATE "C" NOT NULL CHECK (char_length(programme_code) <= 100),
    term           TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    source         TEXT          NOT NULL CHECK (source IN ('CENTRAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'SCHOOL', 'SOCIAL')),
    amount         NUMERIC(14,2) NOT NULL CHECK (amount <> 0),
    document_no    TEXT          NOT NULL CHECK (char_length(document_no) BETWEEN 1 AND 100),
    received_on    DATE          NOT NULL,
    note           TEXT          NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
    reverses_id    BIGINT        REFERENCES funding_allocation (id),
    recorded_by    TEXT          NOT NULL CHECK (char_length(recorded_by) <= 200),
    recorded_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- an entry adds money; a reversal takes exactly one entry back
    CHECK ((reverses_id IS NULL) = (amount > 0))
);

CREATE UNIQUE INDEX funding_allocation_reversed_once ON funding_allocation (reverses_id);
CREATE INDEX funding_allocation_county_term ON funding_allocation (county_code, term);

-- The shares of a card payment, as the programme's funding shares stood for the award's term
-- when the batch was exported, and the payment's amount split by them to the fen.
-- NULL percentages: no shares were recorded for the programme; the amount is then unassigned.
CREATE TABLE funding_payment_share (
    payment_id        BIGINT        PRIMARY KEY,
    batch_id          BIGINT        NOT NULL,
    programme_code    TEXT          COLLATE "C" NOT NULL CHECK (char_length(programme_code) <= 100),
    term              TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    shares_valid_from TEXT          CHECK (char_length(shares_valid_from) <= 20),
    amount            NUMERIC(12,2) NOT NULL,
    central_share     NUMERIC(5,2),
    provincial_share  NUMERIC(5,2),
    city_share        NUMERIC(5,2),
    county_share      NUMERIC(5,2),
    school_share      NUMERIC(5,2),
    social_share      NUMERIC(5,2),
    central_amount    NUMERIC(12,2) NOT NULL,
    provincial_amount NUMERIC(12,2) NOT NULL,
    city_amount       NUMERIC(12,2) NOT NULL,
    county_amount     NUMERIC(12,2) NOT NULL,
    school_amount     NUMERIC(12,2) NOT NULL,
    social_amount     NUMERIC(12,2) NOT NULL,
    unassigned_amount NUMERIC(12,2) NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (central_amount + provincial_amount + city_amount + county_amount + school_amount
           + social_amount + unassigned_amount = amount)
);

CREATE INDEX funding_payment_share_batch ON funding_payment_share (batch_id);
