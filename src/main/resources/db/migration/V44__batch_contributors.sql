-- Maker–checker over everyone who made a batch, not only its creator. Whoever put a line, a card
-- or an amount into a payout batch (created it, or reissued a failed payment into it with a
-- corrected card) is one of its contributors, and no contributor may approve it. The domain
-- (PayoutBatch.approve) refuses first; these triggers refuse even a plain SQL UPDATE.
CREATE TABLE disbursement_batch_contributor (
    batch_id      BIGINT      NOT NULL REFERENCES disbursement_batch (id) ON DELETE CASCADE,
    username      TEXT        NOT NULL CONSTRAINT disbursement_batch_contributor_username_length CHECK (char_length(username) <= 200),
    contribution  TEXT        NOT NULL CHECK (contribution IN ('CREATED', 'REISSUED')),
    first_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (batch_id, username, contribution)
);

-- Batches made before this version: their creators, and whoever reissued a payment into them
-- (the REISSUE audit record names the failed payment; the new payment points back to it).
INSERT INTO disbursement_batch_contributor (batch_id, username, contribution, first_at)
SELECT id, created_by, 'CREATED', created_at FROM disbursement_batch;

INSERT INTO disbursement_batch_contributor (batch_id, username, contribution, first_at)
SELECT p.batch_id, e.actor, 'REISSUED', min(e.occurred_at)
  FROM audit_event e
  JOIN disbursement_payment p ON p.reissue_of_payment_id::text = e.object_id
 WHERE e.action = 'REISSUE' AND e.object_type = 'payment'
 GROUP BY p.batch_id, e.actor
ON CONFLICT DO NOTHING;

-- Every batch records its creator, however it was inserted.
CREATE FUNCTION disbursement_batch_records_creator() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO disbursement_batch_contributor (batch_id, username, contribution, first_at)
    VALUES (NEW.id, NEW.created_by, 'CREATED', NEW.created_at)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER disbursement_batch_records_creator_trg AFTER INSERT ON disbursement_batch
    FOR EACH ROW EXECUTE FUNCTION disbursement_batch_records_creator();

-- A batch is never approved by one of its contributors.
CREATE FUNCTION disbursement_batch_checker_not_contributor() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF EXISTS (SELECT 1 FROM disbursement_batch_contributor c
                WHERE c.batch_id = NEW.id AND c.username = NEW.approved_by) THEN
        RAISE EXCEPTION 'payout batch % may not be approved by %, who contributed to it (maker-checker)', NEW.reference, NEW.approved_by
            USING ERRCODE = 'check_violation', CONSTRAINT = 'disbursement_batch_checker_not_contributor';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER disbursement_batch_checker_not_contributor_trg BEFORE INSERT OR UPDATE OF status, approved_by ON disbursement_batch
    FOR EACH ROW WHEN (NEW.approved_by IS NOT NULL)
    EXECUTE FUNCTION disbursement_batch_checker_not_contributor();

-- ... nor does its approver contribute to it afterwards. The batch row is read FOR SHARE, so that
-- an approval and a contribution at the same moment wait for each other and the second is refused.
CREATE FUNCTION disbursement_contributor_not_checker() RETURNS trigger
LANGUAGE plpgsql AS
$$
DECLARE
    approver TEXT;
BEGIN
    SELECT approved_by INTO approver FROM disbursement_batch WHERE id = NEW.batch_id FOR SHARE;
    IF approver = NEW.username THEN
        RAISE EXCEPTION '% approved payout batch % and may not contribute to it (maker-checker)', NEW.username, NEW.batch_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'disbursement_batch_checker_not_contributor';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER disbursement_contributor_not_checker_trg BEFORE INSERT ON disbursement_batch_contributor
    FOR EACH ROW EXECUTE FUNCTION disbursement_contributor_not_checker();

-- Contributors are a record: never changed, and gone only with their batch.
CREATE FUNCTION disbursement_contributor_kept() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM disbursement_batch WHERE id = OLD.batch_id) THEN
        RAISE EXCEPTION 'the contributors of a payout batch are never changed or removed'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER disbursement_contributor_kept_trg BEFORE UPDATE OR DELETE ON disbursement_batch_contributor
    FOR EACH ROW EXECUTE FUNCTION disbursement_contributor_kept();
