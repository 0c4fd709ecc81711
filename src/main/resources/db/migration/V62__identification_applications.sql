-- Identification applications (家庭经济困难学生认定申请), their evidence, the class review groups'
-- verdicts, and the classes a class teacher (班主任) leads. The form (household members with
-- income and health, income components, emergencies) is sealed as one value; only what lists,
-- scope and review need is kept in plain columns. The state machine is the application
-- aggregate's (identification.application.domain.Application).

CREATE TABLE identification_application (
    id                   bigserial PRIMARY KEY,
    version              integer NOT NULL DEFAULT 0,
    student_id           bigint NOT NULL REFERENCES registry_student (id),
    student_name         text NOT NULL CHECK (char_length(student_name) BETWEEN 1 AND 50),
    school_id            bigint NOT NULL,
    school_township_code text COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    grade                text NOT NULL CHECK (char_length(grade) <= 30),
    class_name           text NOT NULL CHECK (char_length(class_name) <= 40),
    school_year          integer NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    source               text NOT NULL CHECK (source IN ('FAMILY', 'PAPER')),
    entered_by           text NOT NULL CHECK (char_length(entered_by) <= 100),
    status               text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'CLASS_REVIEWED', 'DECIDED', 'RETURNED', 'WITHDRAWN')),
    form_sealed          text NOT NULL CHECK (char_length(form_sealed) <= 400000),
    member_count         integer NOT NULL DEFAULT 0 CHECK (member_count BETWEEN 0 AND 30),
    consent_version      text CHECK (char_length(consent_version) <= 20),
    consent_at           timestamptz,
    consent_by           text CHECK (char_length(consent_by) <= 50),
    consent_by_guardian  boolean,
    return_reason        text CHECK (char_length(return_reason) <= 500),
    model_id             bigint REFERENCES indicator_model (id),
    suggested_total      numeric(10, 2),
    suggested_level      text CHECK (suggested_level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    decided_level        text CHECK (decided_level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    decision_reason      text CHECK (char_length(decision_reason) <= 500),
    decided_by           text CHECK (char_length(decided_by) <= 100),
    decided_at           timestamptz,
    submitted_at         timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'DECIDED' OR decided_level IS NOT NULL)
);

-- one application per student and school year, but a withdrawn one may be followed by another
CREATE UNIQUE INDEX identification_application_one_a_year
    ON identification_application (student_id, school_year) WHERE status <> 'WITHDRAWN';
CREATE INDEX identification_application_queue
    ON identification_application (school_id, school_year, status, class_name);
CREATE INDEX identification_application_township
    ON identification_application (school_township_code, school_year);

-- a score belongs to an application (V58 left the key open until applications arrived)
ALTER TABLE indicator_score
    ADD CONSTRAINT indicator_score_application_fk
    FOREIGN KEY (application_id) REFERENCES identification_application (id) ON DELETE CASCADE;

-- evidence: a photo (re-encoded, without EXIF/GPS) or a PDF without scripts, sealed
CREATE TABLE identification_evidence (
    id             bigserial PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES identification_application (id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('JPEG', 'PNG', 'PDF')),
    title          text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    size_bytes     integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content_sealed text NOT NULL CHECK (char_length(content_sealed) <= 20000000),
    uploaded_by    text NOT NULL CHECK (char_length(uploaded_by) <= 100),
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identification_evidence_application ON identification_evidence (application_id);

-- a class review group's meeting (班级认定评议小组): class, date and members, kept as minutes
CREATE TABLE identification_class_review (
    id                   bigserial PRIMARY KEY,
    school_id            bigint NOT NULL,
    school_township_code text COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    class_name           text NOT NULL CHECK (char_length(class_name) BETWEEN 1 AND 40),
    school_year          integer NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    held_on              date NOT NULL,
    class_teacher        text NOT NULL CHECK (char_length(class_teacher) BETWEEN 1 AND 50),
    student_reps         text NOT NULL CHECK (char_length(student_reps) BETWEEN 1 AND 200),
    parent_reps          text NOT NULL CHECK (char_length(parent_reps) BETWEEN 1 AND 200),
    recorded_by          text NOT NULL CHECK (char_length(recorded_by) <= 100),
    recorded_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identification_class_review_class ON identification_class_review (school_id, school_year, class_name);

CREATE TABLE identification_class_verdict (
    review_id      bigint NOT NULL REFERENCES identification_class_review (id) ON DELETE CASCADE,
    application_id bigint NOT NULL REFERENCES identification_application (id) ON DELETE CASCADE,
    verdict        text NOT NULL CHECK (verdict IN ('AGREE', 'DISAGREE', 'PENDING')),
    votes_for      integer NOT NULL CHECK (votes_for BETWEEN 0 AND 99),
    votes_against  integer NOT NULL CHECK (votes_against BETWEEN 0 AND 99),
    votes_abstain  integer NOT NULL CHECK (votes_abstain BETWEEN 0 AND 99),
    opinion        text NOT NULL CHECK (char_length(opinion) <= 200),
    PRIMARY KEY (review_id, application_id)
);
CREATE INDEX identification_class_verdict_application ON identification_class_verdict (application_id);

-- the classes a class teacher (班主任) leads, in the school the account is bound to
CREATE TABLE iam_account_class (
    account_id bigint NOT NULL REFERENCES iam_account (id) ON DELETE CASCADE,
    class_name text NOT NULL CHECK (char_length(class_name) BETWEEN 1 AND 40),
    PRIMARY KEY (account_id, class_name)
);
