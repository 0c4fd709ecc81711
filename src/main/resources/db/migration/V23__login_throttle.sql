-- Failed logins are counted three ways (issue "Four eyes…", item 4): per name and client address
-- (slows one attacker on one name without locking the owner out elsewhere), per client address
-- (slows one address guessing many names), and per name from anywhere (a lock that only a
-- security administrator lifts, for a distributed attack).
ALTER TABLE iam_login_attempt
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'NAME' CHECK (kind IN ('NAME', 'ADDRESS', 'NAME_AT_ADDRESS')),
    ADD COLUMN client_address TEXT NOT NULL DEFAULT '';
ALTER TABLE iam_login_attempt DROP CONSTRAINT iam_login_attempt_pkey;
ALTER TABLE iam_login_attempt ADD PRIMARY KEY (kind, username_key, client_address);
