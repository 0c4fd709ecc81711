-- Whose the catalogue's entries are (目录归属), and the second person for every change of a
-- standard or an exclusion group (双人复核).
--
-- A programme and an exclusion group belong to the whole country (owner_region NULL), to a
-- province (2 digits) or to a county (6 digits). National and provincial entries are changed by
-- province staff, a county's by that county's staff; a county's entries apply in that county
-- only and other counties never see them. Standards belong to their programme.
--
-- A new standard, a new exclusion group and the removal of one are first recorded here as a
-- proposal (programme_change); only when a second person with the same right approves it is the
-- standard or the group written, with approved_by naming that person.

ALTER TABLE programme_programme
    ADD COLUMN owner_region TEXT COLLATE "C" CHECK (owner_region ~ '^([0-9]{2}|[0-9]{6})$');

ALTER TABLE programme_exclusion
    ADD COLUMN owner_region TEXT COLLATE "C" CHECK (owner_region ~ '^([0-9]{2}|[0-9]{6})$'),
    ADD COLUMN approved_by  TEXT CONSTRAINT programme_exclusion_approved_by_length CHECK (char_length(approved_by) <= 200),
    ADD CONSTRAINT programme_exclusion_second_person CHECK (approved_by IS NULL OR approved_by <> recorded_by);

ALTER TABLE programme_standard
    ADD COLUMN approved_by TEXT CONSTRAINT programme_standard_approved_by_length CHECK (char_length(approved_by) <= 200),
    ADD CONSTRAINT programme_standard_second_person CHECK (approved_by IS NULL OR approved_by <> recorded_by);

-- The standard's append-only rule now keeps approved_by too.
CREATE OR REPLACE FUNCTION programme_standard_append_only() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'programme_standard is append-only: % refused', TG_OP;
    END IF;
    IF OLD.superseded_at IS NOT NULL
       OR (NEW.id, NEW.programme_id, NEW.tier_code, NEW.tier_label, NEW.valid_from, NEW.amount, NEW.min_amount,
           NEW.max_amount, NEW.withdrawn, NEW.note, NEW.source, NEW.recorded_at, NEW.recorded_by, NEW.approved_by)
          IS DISTINCT FROM
          (OLD.id, OLD.programme_id, OLD.tier_code, OLD.tier_label, OLD.valid_from, OLD.amount, OLD.min_amount,
           OLD.max_amount, OLD.withdrawn, OLD.note, OLD.source, OLD.recorded_at, OLD.recorded_by, OLD.approved_by) THEN
        RAISE EXCEPTION 'a recorded standard is never changed, only marked as superseded once';
    END IF;
    RETURN NEW;
END
$$;

-- The seeded catalogue (V8, V14) is national: its entries were recorded by 'system' and stay
-- national, in force everywhere as before. Entries that staff added before this change belong
-- to the province or county of the account that added them, so that a county's programme or
-- exclusion group no longer binds the other counties; a county's own entries stay in force there.
UPDATE programme_programme p
   SET owner_region = a.region_code
  FROM iam_account a
 WHERE lower(a.username) = lower(p.created_by)
   AND p.created_by <> 'system'
   AND a.region_code ~ '^([0-9]{2}|[0-9]{6})$';

ALTER TABLE programme_exclusion DISABLE TRIGGER programme_exclusion_no_change;
UPDATE programme_exclusion e
   SET owner_region = a.region_code
  FROM iam_account a
 WHERE lower(a.username) = lower(e.recorded_by)
   AND e.recorded_by <> 'system'
   AND a.region_code ~ '^([0-9]{2}|[0-9]{6})$';
ALTER TABLE programme_exclusion ENABLE TRIGGER programme_exclusion_no_change;

CREATE INDEX programme_programme_owner_idx ON programme_programme (owner_region);
CREATE INDEX programme_exclusion_owner_idx ON programme_exclusion (owner_region);

-- A proposed change of the catalogue, waiting for a second person (待审核), then approved
-- (审核通过, and written), rejected (退回) by another person, or withdrawn (撤回) by its proposer.
CREATE TABLE programme_change (
    id               BIGSERIAL     PRIMARY KEY,
    version          INTEGER       NOT NULL DEFAULT 0,
    kind             TEXT          NOT NULL CHECK (kind IN ('STANDARD', 'EXCLUSION_ADDED', 'EXCLUSION_REMOVED')),
    owner_region     TEXT          COLLATE "C" CHECK (owner_region ~ '^([0-9]{2}|[0-9]{6})$'),
    status           TEXT          NOT NULL DEFAULT 'PENDING'
                                   CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    summary          TEXT          NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
    -- a standard: its programme, tier, first term and amount, band or withdrawal
    programme_id     BIGINT        REFERENCES programme_programme (id),
    tier_code        TEXT          COLLATE "C" CHECK (tier_code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    tier_label       TEXT          CHECK (length(tier_label) BETWEEN 1 AND 20),
    valid_from       TEXT          CHECK (valid_from ~ '^[0-9]{4}-(SPRING|AUTUMN)$'),
    amount           NUMERIC(12, 2),
    min_amount       NUMERIC(12, 2),
    max_amount       NUMERIC(12, 2),
    withdrawn        BOOLEAN,
    -- an exclusion group: the group to remove, or the name and programmes of a new one
    exclusion_id     BIGINT        REFERENCES programme_exclusion (id),
    exclusion_name   TEXT          CHECK (length(exclusion_name) BETWEEN 1 AND 60),
    programme_codes  TEXT[],
    note             TEXT          NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
    source           TEXT          NOT NULL DEFAULT '' CHECK (char_length(source) <= 1000),
    proposed_by      TEXT          NOT NULL CHECK (char_length(proposed_by) <= 200),
    proposed_at      TIMESTAMPTZ   NOT NULL,
    decided_by       TEXT          CHECK (char_length(decided_by) <= 200),
    decided_at       TIMESTAMPTZ,
    decision_note    TEXT          NOT NULL DEFAULT '' CHECK (char_length(decision_note) <= 200),
    CHECK ((kind = 'STANDARD') = (programme_id IS NOT NULL AND tier_code IS NOT NULL AND tier_label IS NOT NULL
                                  AND valid_from IS NOT NULL AND withdrawn IS NOT NULL)),
    CHECK ((kind = 'EXCLUSION_REMOVED') = (exclusion_id IS NOT NULL)),
    CHECK (kind <> 'EXCLUSION_ADDED' OR (exclusion_name IS NOT NULL AND cardinality(programme_codes) >= 2)),
    CHECK ((status = 'PENDING') = (decided_by IS NULL) AND (decided_by IS NULL) = (decided_at IS NULL)),
    -- the second person: nobody approves or rejects their own proposal, only withdraws it
    CHECK (status NOT IN ('APPROVED', 'REJECTED') OR decided_by <> proposed_by),
    CHECK (status <> 'WITHDRAWN' OR decided_by = proposed_by)
);

CREATE INDEX programme_change_pending_idx ON programme_change (owner_region) WHERE status = 'PENDING';
CREATE INDEX programme_change_programme_idx ON programme_change (programme_id);
