-- Private exchange with a department (docs/comparison.md, "Private exchange") and a cheaper load
-- path for large lists (docs/comparison.md, "Scale").

-- An exchange: the county sends a department keyed hashes (HMAC-SHA256 under a key made for this
-- exchange, shown once and never stored) of its students' and household members' ID numbers; the
-- department answers with the matches only. What is kept is what reads the answer: each hash
-- with the registry's blind index of the same person, and a short check of the key (an HMAC of a
-- fixed text under it) so the department's tool can tell a mistyped key.
CREATE TABLE comparison_exchange (
    id             BIGSERIAL PRIMARY KEY,
    region_code    TEXT COLLATE "C" NOT NULL CHECK (region_code ~ '^[0-9]{2,6}$'),
    type_code      TEXT NOT NULL REFERENCES comparison_list_type (code) CHECK (char_length(type_code) <= 40),
    department     TEXT NOT NULL CHECK (char_length(department) BETWEEN 1 AND 50),
    key_check      TEXT NOT NULL CHECK (key_check ~ '^[0-9a-f]{8}$'),
    persons        INTEGER NOT NULL CHECK (persons >= 0),
    created_by     TEXT NOT NULL CHECK (char_length(created_by) <= 100),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    answer_list_id BIGINT REFERENCES comparison_list (id),
    answered_at    TIMESTAMPTZ
);

CREATE INDEX comparison_exchange_region_idx ON comparison_exchange (region_code, created_at DESC);

-- The request's hashes and whom they stand for; deleted once the answer is imported.
CREATE TABLE comparison_exchange_key (
    exchange_id  BIGINT NOT NULL REFERENCES comparison_exchange (id) ON DELETE CASCADE,
    hash         TEXT COLLATE "C" NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    id_index     TEXT NOT NULL CHECK (char_length(id_index) <= 200),
    PRIMARY KEY (exchange_id, hash)
);

-- The exchange request hashes each person's ID number, which the registry keeps sealed: the view
-- gives the sealed number too (the last column, so the view's earlier columns stay as they were).
CREATE OR REPLACE VIEW comparison_person_key AS
SELECT s.id AS student_id, 'STUDENT' AS via, s.id_number_index AS id_index, s.name AS person_name,
       s.name AS student_name, s.id_number_masked, s.school_id, s.school_township_code,
       s.household_township_code, s.household_village_code, s.id_number_sealed AS id_sealed
  FROM registry_student s
UNION ALL
SELECT s.id, CASE WHEN m.guardian THEN 'GUARDIAN' ELSE 'MEMBER' END, m.id_number_index, m.name,
       s.name, s.id_number_masked, s.school_id, s.school_township_code,
       s.household_township_code, s.household_village_code, m.id_number_sealed
  FROM registry_household_member m
  JOIN registry_student s ON s.id = m.student_id
 WHERE m.id_number_index IS NOT NULL;

-- Load path: a list's persons are written only by the import, with the list it opened and the
-- categories its reader resolved, and read only by the matching's hash join. The foreign keys'
-- per-row checks and the index on id_index (no query looks persons up by it) cost more than the
-- rest of the COPY together (500,000 rows: 51 s with them, 6 s without, on the shared machine).
-- A replaced list's persons are deleted by the import (ListStore.makeCurrent); no list is ever
-- deleted, so the cascade had nothing to do.
ALTER TABLE comparison_list_person DROP CONSTRAINT comparison_list_person_list_id_fkey;
ALTER TABLE comparison_list_person DROP CONSTRAINT comparison_list_person_category_fkey;
DROP INDEX comparison_list_person_index_idx;
