-- A page session remembers the session generation its account had when it logged in. Changing
-- or resetting the password, or disabling the account, moves the generation on, and every page
-- session of an older generation ends at its next request: on any server, whether sessions live
-- in the database (Spring Session JDBC) or in the servlet container. The session that changed its
-- own password takes the new generation and stays.
ALTER TABLE iam_account ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
