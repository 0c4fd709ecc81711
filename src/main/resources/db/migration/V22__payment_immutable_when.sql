-- Settling a return file updates every payment of a batch (50,000 rows in one statement). The
-- immutability guard of V15 called a PL/pgSQL function for each of them; the same comparison as
-- the trigger's WHEN condition is evaluated without a function call, and the function, which now
-- only raises, runs just for a row that breaks the rule.
DROP TRIGGER disbursement_payment_immutable_trg ON disbursement_payment;

CREATE OR REPLACE FUNCTION disbursement_payment_immutable() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'a payment''s reference, payee, card and amount are never changed';
END;
$$;

CREATE TRIGGER disbursement_payment_immutable_trg BEFORE UPDATE ON disbursement_payment
    FOR EACH ROW
    WHEN ((NEW.id, NEW.batch_id, NEW.line_no, NEW.reference, NEW.award_id, NEW.student_id, NEW.amount,
           NEW.card_number_sealed, NEW.card_number_index, NEW.payee_name, NEW.reissue_of_payment_id)
          IS DISTINCT FROM
          (OLD.id, OLD.batch_id, OLD.line_no, OLD.reference, OLD.award_id, OLD.student_id, OLD.amount,
           OLD.card_number_sealed, OLD.card_number_index, OLD.payee_name, OLD.reissue_of_payment_id))
    EXECUTE FUNCTION disbursement_payment_immutable();
