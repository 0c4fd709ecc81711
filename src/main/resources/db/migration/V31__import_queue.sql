-- Roster imports wait in the database until a server claims them, so that several servers share
-- the work and never run one import twice. An import is held by the server that received the
-- upload (runner set) until its file is in place, then queued (runner NULL, queued_on/queued_at);
-- a worker claims it with FOR UPDATE SKIP LOCKED (runner, claimed_at, claims + 1) and runs it.
ALTER TABLE award_import
    ADD COLUMN queued_on  TEXT,
    ADD COLUMN queued_at  TIMESTAMPTZ,
    ADD COLUMN claimed_at TIMESTAMPTZ,
    ADD COLUMN claims     INTEGER NOT NULL DEFAULT 0;

CREATE INDEX award_import_queued_idx ON award_import (id) WHERE status = 'RUNNING' AND runner IS NULL;
