-- Matching department lists against students and their households (docs/comparison.md).

-- The registry's blind indexes as the matching reads them: every student, and every household
-- member with an ID number, with the student's school and household places for the data scope.
-- A view, so the registry's tables keep one owner and the matching one query.
CREATE VIEW comparison_person_key AS
SELECT s.id AS student_id, 'STUDENT' AS via, s.id_number_index AS id_index, s.name AS person_name,
       s.name AS student_name, s.id_number_masked, s.school_id, s.school_township_code,
       s.household_township_code, s.household_village_code
  FROM registry_student s
UNION ALL
SELECT s.id, CASE WHEN m.guardian THEN 'GUARDIAN' ELSE 'MEMBER' END, m.id_number_index, m.name,
       s.name, s.id_number_masked, s.school_id, s.school_township_code,
       s.household_township_code, s.household_village_code
  FROM registry_household_member m
  JOIN registry_student s ON s.id = m.student_id
 WHERE m.id_number_index IS NOT NULL;

-- Each matching run, with what it found new, ended and kept.
CREATE TABLE comparison_run (
    id           BIGSERIAL PRIMARY KEY,
    trigger      TEXT        NOT NULL CHECK (trigger IN ('IMPORT', 'MONTHLY', 'MANUAL')),
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    new_count    INTEGER,
    ended_count  INTEGER,
    stayed_count INTEGER,
    held_count   INTEGER
);

-- The monthly run is claimed by inserting its month: the server whose insert wins runs it.
CREATE TABLE comparison_monthly_claim (
    month       TEXT        PRIMARY KEY CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    claimed_by  TEXT        NOT NULL CHECK (char_length(claimed_by) <= 200),
    claimed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    run_id      BIGINT REFERENCES comparison_run (id)
);

-- A student found through a person on a list (the student or a household member). Open while
-- the person is on the current list; ended_on set when a run no longer finds them. A name that
-- does not agree is HELD until a person confirms or rejects it.
CREATE TABLE comparison_match (
    id                       BIGSERIAL PRIMARY KEY,
    student_id               BIGINT  NOT NULL,
    type_code                TEXT    NOT NULL REFERENCES comparison_list_type (code),
    id_index                 TEXT    NOT NULL CHECK (char_length(id_index) <= 200),
    via                      TEXT    NOT NULL CHECK (via IN ('STUDENT', 'GUARDIAN', 'MEMBER')),
    list_id                  BIGINT  NOT NULL,
    list_region              TEXT    COLLATE "C" NOT NULL CHECK (char_length(list_region) <= 12),
    department               TEXT    NOT NULL CHECK (char_length(department) <= 50),
    as_of                    DATE    NOT NULL,
    person_name              TEXT    CHECK (char_length(person_name) <= 50),
    registered_name          TEXT    NOT NULL CHECK (char_length(registered_name) <= 200),
    student_name             TEXT    NOT NULL CHECK (char_length(student_name) <= 200),
    id_number_masked         TEXT    NOT NULL CHECK (char_length(id_number_masked) <= 200),
    attributes               TEXT    NOT NULL CHECK (char_length(attributes) <= 2000),
    review                   TEXT    NOT NULL CHECK (review IN ('AGREED', 'HELD', 'CONFIRMED', 'REJECTED')),
    reviewed_by              TEXT    CHECK (char_length(reviewed_by) <= 100),
    school_id                BIGINT  NOT NULL,
    school_township_code     TEXT    COLLATE "C" NOT NULL CHECK (char_length(school_township_code) <= 12),
    household_township_code  TEXT    COLLATE "C" NOT NULL CHECK (char_length(household_township_code) <= 12),
    household_village_code   TEXT    COLLATE "C" CHECK (char_length(household_village_code) <= 12),
    first_run                BIGINT  NOT NULL REFERENCES comparison_run (id),
    last_run                 BIGINT  NOT NULL REFERENCES comparison_run (id),
    started_on               DATE    NOT NULL,
    ended_on                 DATE,
    ended_run                BIGINT REFERENCES comparison_run (id)
);

CREATE UNIQUE INDEX comparison_match_open_uq ON comparison_match (student_id, type_code, id_index) WHERE ended_on IS NULL;
CREATE INDEX comparison_match_student_idx ON comparison_match (student_id);
CREATE INDEX comparison_match_school_idx ON comparison_match (school_id);
CREATE INDEX comparison_match_school_township_idx ON comparison_match (school_township_code);
CREATE INDEX comparison_match_household_township_idx ON comparison_match (household_township_code);
CREATE INDEX comparison_match_held_idx ON comparison_match (review) WHERE review = 'HELD';
