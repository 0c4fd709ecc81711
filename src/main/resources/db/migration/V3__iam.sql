-- Accounts (账号): who may log in, with which roles and bound to which region or school.
-- Usernames are unique regardless of case. `version` grows with every change, so that a page
-- session notices a change of roles or scope at its next request and edits never overwrite
-- each other unseen.
CREATE TABLE iam_account (
    id                    BIGSERIAL   PRIMARY KEY,
    username              TEXT        NOT NULL,
    display_name          TEXT        NOT NULL,
    password_hash         TEXT        NOT NULL,
    roles                 TEXT[]      NOT NULL,
    region_code           TEXT,
    school_id             BIGINT,
    enabled               BOOLEAN     NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at            TIMESTAMPTZ NOT NULL,
    password_changed_at   TIMESTAMPTZ,
    version               INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT iam_account_one_binding CHECK (region_code IS NULL OR school_id IS NULL)
);

CREATE UNIQUE INDEX iam_account_username_uk ON iam_account (lower(username));

-- Consecutive failed logins per normalised username, whether an account has that name or not,
-- for the escalating lockout. A successful login or an administrator's unlock removes the row.
CREATE TABLE iam_login_attempt (
    username_key     TEXT        PRIMARY KEY,
    failed_count     INTEGER     NOT NULL DEFAULT 0,
    lock_level       INTEGER     NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    last_failure_at  TIMESTAMPTZ
);

-- API tokens, stored only as the SHA-256 digest of the token handed out.
CREATE TABLE iam_api_token (
    id          BIGSERIAL   PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES iam_account (id),
    token_hash  TEXT        NOT NULL UNIQUE,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);

CREATE INDEX iam_api_token_account_idx ON iam_api_token (account_id);
