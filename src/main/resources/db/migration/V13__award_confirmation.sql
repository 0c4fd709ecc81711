-- Confirmation (资助确认): the county confirms a school's awards of a programme and term after the
-- paying rules (quota, budget, mutually exclusive programmes) hold. Only confirmed awards are paid.
ALTER TABLE award_award ADD COLUMN confirmed_at TIMESTAMPTZ;
ALTER TABLE award_award ADD COLUMN confirmed_by TEXT;
ALTER TABLE award_award ADD CONSTRAINT award_award_confirmed_ck CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL));

CREATE INDEX award_award_payable_idx ON award_award (term, household_township_code, programme_code)
    WHERE confirmed_at IS NOT NULL;
