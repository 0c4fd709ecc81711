-- The funding shares each school transfer (资金拨付单) carries once the county records it as
-- transferred, like funding_payment_share for card payments: the percentages in force for the
-- programme and term then, and the amount split by them. Written once per transfer.
CREATE TABLE funding_transfer_share (
    transfer_id       BIGINT        PRIMARY KEY,
    programme_code    TEXT          COLLATE "C" NOT NULL CHECK (char_length(programme_code) <= 100),
    term              TEXT          COLLATE "C" NOT NULL CHECK (term ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    shares_valid_from TEXT          CHECK (char_length(shares_valid_from) <= 20),
    amount            NUMERIC(14,2) NOT NULL,
    central_share     NUMERIC(5,2),
    provincial_share  NUMERIC(5,2),
    city_share        NUMERIC(5,2),
    county_share      NUMERIC(5,2),
    school_share      NUMERIC(5,2),
    social_share      NUMERIC(5,2),
    central_amount    NUMERIC(14,2) NOT NULL,
    provincial_amount NUMERIC(14,2) NOT NULL,
    city_amount       NUMERIC(14,2) NOT NULL,
    county_amount     NUMERIC(14,2) NOT NULL,
    school_amount     NUMERIC(14,2) NOT NULL,
    social_amount     NUMERIC(14,2) NOT NULL,
    unassigned_amount NUMERIC(14,2) NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (central_amount + provincial_amount + city_amount + county_amount + school_amount
           + social_amount + unassigned_amount = amount)
);
