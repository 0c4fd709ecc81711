-- Bearer tokens of families for the family API (a native client): like staff API tokens, kept
-- only as the SHA-256 digest of the token, with the family's number as its blind index (never
-- the number) and who acts (a guardian, or a student of 14 or older).
CREATE TABLE iam_family_token (
    id           bigserial PRIMARY KEY,
    token_hash   text NOT NULL UNIQUE CHECK (char_length(token_hash) <= 200),
    phone_index  text NOT NULL CHECK (char_length(phone_index) <= 200),
    phone_masked text NOT NULL CHECK (char_length(phone_masked) <= 20),
    acts_as      text NOT NULL CHECK (acts_as IN ('GUARDIAN', 'STUDENT')),
    issued_at    timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX iam_family_token_phone ON iam_family_token (phone_index);
