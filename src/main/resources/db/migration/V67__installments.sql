-- Installments (分期发放): an award of a programme paid monthly is paid in installments, one
-- payment line each (第n/N期), with the day it fell due; an award paid once per term is one
-- installment of one. No installment is ever paid twice: at most one live payment per award and
-- installment (a failed one is reissued, never paid again by a new batch).
ALTER TABLE disbursement_payment
    ADD COLUMN installment_no    INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN installment_count INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN due_on            DATE,
    ADD CONSTRAINT disbursement_payment_installment_check
        CHECK (installment_count BETWEEN 1 AND 6 AND installment_no BETWEEN 1 AND installment_count),
    ADD CONSTRAINT disbursement_payment_installment_due_check
        CHECK (installment_count = 1 OR due_on IS NOT NULL);

DROP INDEX disbursement_payment_award_live_uq;
CREATE UNIQUE INDEX disbursement_payment_installment_live_uq
    ON disbursement_payment (award_id, installment_no) WHERE status <> 'FAILED';

-- The installment a payment pays is part of what never changes.
DROP TRIGGER disbursement_payment_immutable_trg ON disbursement_payment;
CREATE TRIGGER disbursement_payment_immutable_trg BEFORE UPDATE ON disbursement_payment
    FOR EACH ROW
    WHEN ((NEW.id, NEW.batch_id, NEW.line_no, NEW.reference, NEW.award_id, NEW.student_id, NEW.amount,
           NEW.card_number_sealed, NEW.card_number_index, NEW.payee_name, NEW.reissue_of_payment_id,
           NEW.installment_no, NEW.installment_count, NEW.due_on)
          IS DISTINCT FROM
          (OLD.id, OLD.batch_id, OLD.line_no, OLD.reference, OLD.award_id, OLD.student_id, OLD.amount,
           OLD.card_number_sealed, OLD.card_number_index, OLD.payee_name, OLD.reissue_of_payment_id,
           OLD.installment_no, OLD.installment_count, OLD.due_on))
    EXECUTE FUNCTION disbursement_payment_immutable();

-- A round pays the installments due on or before its pay date (发放日期); rounds made before
-- installments paid everything due at once, on the day they were made.
ALTER TABLE disbursement_round ADD COLUMN pay_date DATE;
UPDATE disbursement_round SET pay_date = (created_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE disbursement_round ALTER COLUMN pay_date SET NOT NULL;
