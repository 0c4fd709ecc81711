-- A second factor (二次验证, TOTP) per account: the secret sealed like other sensitive data,
-- confirmed once the person typed a code from their app, and the last time step used, so a code
-- works once.
CREATE TABLE iam_second_factor (
    account_id      BIGINT      PRIMARY KEY REFERENCES iam_account (id) ON DELETE CASCADE,
    secret_sealed   TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    confirmed_at    TIMESTAMPTZ,
    last_step       BIGINT      NOT NULL DEFAULT 0
);
