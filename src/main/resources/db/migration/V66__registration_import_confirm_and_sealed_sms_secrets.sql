-- 确认导入 and the error workbook for the student-registration import, as the school import has
-- them: a validation keeps the rows it read so that a clean one can be committed without
-- uploading the file again, and one with errors can hand back its refused rows to correct.
--
-- The rows hold ID numbers and phones of students and guardians: each row is kept sealed
-- (privacy.SensitiveData), never in plain text, and removed when the validation is committed or
-- after seven days.
ALTER TABLE registry_import
    -- the clean validation this import committed (确认导入)
    ADD COLUMN validated_import_id BIGINT REFERENCES registry_import (id),
    -- the columns (RegistrationColumn names) the file had, to read the kept rows as the file was read
    ADD COLUMN kept_columns        TEXT CONSTRAINT registry_import_kept_columns_length
                                        CHECK (char_length(kept_columns) <= 2000);

-- a validation is committed once
CREATE UNIQUE INDEX registry_import_committed_once_uq ON registry_import (validated_import_id)
    WHERE validated_import_id IS NOT NULL AND status = 'COMMITTED';

CREATE TABLE registry_import_row (
    import_id    BIGINT  NOT NULL REFERENCES registry_import (id) ON DELETE CASCADE,
    row_number   INTEGER NOT NULL CHECK (row_number > 0),
    cells_sealed TEXT    NOT NULL CHECK (char_length(cells_sealed) <= 200000),
    PRIMARY KEY (import_id, row_number)
);

-- Initial passwords of new school accounts by SMS to the school's contact (批量开通账号): the
-- password is the message's secret. Text and template values keep only its mask (********) for
-- the outbox lists and the API; the password itself is kept sealed until the gateway confirms the
-- send, then erased. A message to a school's contact is about no student.
ALTER TABLE notification_sms
    ADD COLUMN secret_sealed TEXT CONSTRAINT notification_sms_secret_sealed_length CHECK (char_length(secret_sealed) <= 400),
    DROP CONSTRAINT notification_sms_recipient_check,
    ADD CONSTRAINT notification_sms_recipient_check CHECK (recipient IN ('STUDENT', 'GUARDIAN', 'SCHOOL_CONTACT'));
