-- Three-party review (三方会审, issue 14): after a school's decision on a stage the county chose,
-- the village confirms the family facts, the township reviews and the county approves.

ALTER TABLE identification_application DROP CONSTRAINT identification_application_status_check;
ALTER TABLE identification_application ADD CONSTRAINT identification_application_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'CLASS_REVIEWED', 'DECIDED', 'RETURNED', 'WITHDRAWN',
                      'THREE_PARTY_REVIEW', 'APPROVED'));
ALTER TABLE identification_application ADD CONSTRAINT identification_application_reviewed_has_level
    CHECK (status NOT IN ('THREE_PARTY_REVIEW', 'APPROVED') OR decided_level IS NOT NULL);

-- The county's choice: which stages go to three-party review, and the days each step may take.
CREATE TABLE identification_three_party_setting (
    county_code   text COLLATE "C" PRIMARY KEY CHECK (county_code ~ '^[0-9]{6}$'),
    stages        text[] NOT NULL CHECK (stages <@ ARRAY['PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_HIGH',
                                                        'VOCATIONAL', 'HIGHER']::text[]),
    village_days  integer NOT NULL CHECK (village_days BETWEEN 1 AND 60),
    township_days integer NOT NULL CHECK (township_days BETWEEN 1 AND 60),
    county_days   integer NOT NULL CHECK (county_days BETWEEN 1 AND 60),
    updated_by    text NOT NULL CHECK (char_length(updated_by) <= 100),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- One review per application: where it stands, who reviews it (the household's village and
-- township; the school's township when the student has no village), and what each step found.
CREATE TABLE identification_three_party_review (
    application_id       bigint PRIMARY KEY REFERENCES identification_application (id) ON DELETE CASCADE,
    school_id            bigint NOT NULL,
    school_township_code text COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    township_code        text COLLATE "C" NOT NULL CHECK (township_code ~ '^[0-9]{9}$'),
    village_code         text COLLATE "C" CHECK (village_code ~ '^[0-9]{12}$'),
    county_code          text COLLATE "C" NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    routed_by_school     boolean NOT NULL,
    stage                text NOT NULL CHECK (char_length(stage) <= 20),
    step                 text NOT NULL CHECK (step IN ('VILLAGE', 'TOWNSHIP', 'COUNTY', 'APPROVED', 'RETURNED_TO_SCHOOL')),
    step_since           timestamptz NOT NULL,
    round                integer NOT NULL DEFAULT 1 CHECK (round BETWEEN 1 AND 100),
    village_verdict      text CHECK (village_verdict IN ('TRUE', 'FALSE')),
    village_note         text CHECK (char_length(village_note) <= 500),
    village_by           text CHECK (char_length(village_by) <= 100),
    village_at           timestamptz,
    visit_method         text CHECK (visit_method IN ('ON_SITE', 'PHONE', 'VIDEO')),
    visit_date           date,
    visit_by             text CHECK (char_length(visit_by) <= 50),
    visit_finding        text CHECK (char_length(visit_finding) <= 500),
    township_note        text CHECK (char_length(township_note) <= 500),
    township_by          text CHECK (char_length(township_by) <= 100),
    township_at          timestamptz,
    approved_by          text CHECK (char_length(approved_by) <= 100),
    approved_at          timestamptz,
    return_reason        text CHECK (char_length(return_reason) <= 500),
    returned_from        text CHECK (returned_from IN ('VILLAGE', 'TOWNSHIP', 'COUNTY')),
    returned_to          text CHECK (returned_to IN ('SCHOOL', 'VILLAGE', 'TOWNSHIP')),
    returned_by          text CHECK (char_length(returned_by) <= 100),
    returned_at          timestamptz,
    version              integer NOT NULL DEFAULT 0,
    CHECK (step <> 'APPROVED' OR approved_at IS NOT NULL),
    CHECK (village_code IS NULL OR left(village_code, 9) = township_code)
);

CREATE INDEX identification_three_party_review_queue_idx
    ON identification_three_party_review (county_code, step, township_code, village_code);
CREATE INDEX identification_three_party_review_village_idx ON identification_three_party_review (village_code);
CREATE INDEX identification_three_party_review_township_idx ON identification_three_party_review (township_code);
CREATE INDEX identification_three_party_review_school_idx ON identification_three_party_review (school_id, step);
