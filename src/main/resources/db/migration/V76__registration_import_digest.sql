-- The registration import recognises an unchanged row without opening the student's sealed values:
-- a keyed digest (HMAC, the blind-index key) of the row as the import read it, together with the
-- student's version at which that row was last imported or found unchanged. Any other save raises
-- the version, so the digest no longer matches and the row is compared in full again.
ALTER TABLE registry_student
    ADD COLUMN import_digest TEXT
        CONSTRAINT registry_student_import_digest_length CHECK (char_length(import_digest) <= 200);
