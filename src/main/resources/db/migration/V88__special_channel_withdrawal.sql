-- The county withdraws an approved special channel (撤销特别通道, issue 14): the request becomes
-- WITHDRAWN with who, when and the reason the school reads. From then on the student is not in
-- the special channel: on later notices like others, and a roster marking them 特别通道 is an
-- error. A withdrawn request is no longer live, so the school may ask again (as after a refusal).
ALTER TABLE identification_special_channel
    ADD COLUMN withdrawn_by text CHECK (char_length(withdrawn_by) <= 100),
    ADD COLUMN withdrawn_at timestamptz,
    ADD COLUMN withdrawal   text CHECK (char_length(withdrawal) <= 500);

ALTER TABLE identification_special_channel DROP CONSTRAINT identification_special_channel_status_check;
ALTER TABLE identification_special_channel
    ADD CONSTRAINT identification_special_channel_status_check
        CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    ADD CONSTRAINT identification_special_channel_withdrawn
        CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawal IS NOT NULL));

DROP INDEX identification_special_channel_live;
CREATE UNIQUE INDEX identification_special_channel_live
    ON identification_special_channel (student_id, school_year) WHERE status IN ('REQUESTED', 'APPROVED');
