-- Whoever takes a line out of a payout batch decides what is left to pay, so they are one of its
-- contributors too and may not approve it (PayoutBatch.removeLine; the V44 triggers refuse it).
ALTER TABLE disbursement_batch_contributor DROP CONSTRAINT disbursement_batch_contributor_contribution_check;
ALTER TABLE disbursement_batch_contributor ADD CONSTRAINT disbursement_batch_contributor_contribution_check
    CHECK (contribution IN ('CREATED', 'REISSUED', 'REMOVED_LINE'));
