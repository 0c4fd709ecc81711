-- Family access (家庭登录): guardians, and students of 14 or older with their guardian's consent,
-- log in with a mobile number and a one-time SMS code. Codes and invitation codes are stored only
-- as salted SHA-256 digests; phones only as the keyed blind index the registry uses as well.

-- One-time SMS codes: 6 digits, expiring, a few tries each; the rows count the rate limits.
CREATE TABLE iam_family_code (
    id             bigserial PRIMARY KEY,
    phone_index    text        NOT NULL CHECK (char_length(phone_index) <= 200),
    code_hash      text        NOT NULL CHECK (char_length(code_hash) <= 200),
    invitation_id  bigint,
    client_address text        CHECK (char_length(client_address) <= 64),
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    attempts       integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    used_at        timestamptz
);

CREATE INDEX iam_family_code_phone ON iam_family_code (phone_index, created_at);
CREATE INDEX iam_family_code_address ON iam_family_code (client_address, created_at);

-- A school's one-time invitation for one student, printed on a slip for a family without a
-- registered number; for a student of 14 or older it may be the student's own, with the consent
-- of the guardian recorded.
CREATE TABLE iam_family_invitation (
    id                   bigserial PRIMARY KEY,
    student_id           bigint      NOT NULL,
    school_id            bigint      NOT NULL,
    code_hash            text        NOT NULL UNIQUE CHECK (char_length(code_hash) <= 200),
    for_student          boolean     NOT NULL,
    guardian_consent     text        CHECK (char_length(guardian_consent) <= 100),
    issued_by            text        NOT NULL CHECK (char_length(issued_by) <= 100),
    issued_at            timestamptz NOT NULL,
    expires_at           timestamptz NOT NULL,
    redeemed_at          timestamptz,
    redeemed_phone_index text        CHECK (char_length(redeemed_phone_index) <= 200),
    CONSTRAINT iam_family_invitation_consent CHECK (NOT for_student OR guardian_consent IS NOT NULL),
    CONSTRAINT iam_family_invitation_redeemed CHECK ((redeemed_at IS NULL) = (redeemed_phone_index IS NULL))
);

CREATE INDEX iam_family_invitation_student ON iam_family_invitation (student_id);

-- A phone bound to a student by a redeemed invitation; registered household phones need none.
CREATE TABLE iam_family_binding (
    phone_index   text        NOT NULL CHECK (char_length(phone_index) <= 200),
    student_id    bigint      NOT NULL,
    acts_as       text        NOT NULL CHECK (acts_as IN ('GUARDIAN', 'STUDENT')),
    invitation_id bigint      NOT NULL REFERENCES iam_family_invitation (id),
    bound_at      timestamptz NOT NULL,
    PRIMARY KEY (phone_index, student_id)
);
