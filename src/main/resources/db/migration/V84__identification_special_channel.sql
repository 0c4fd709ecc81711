-- The special channel (特别通道, issue 14): a school asks the county to aid a student without the
-- public notice, for a reason category (孤儿, 重大变故, 家庭隐私 …) and a reason in words; the
-- county approves or refuses with a reason. An approved student is identified and aided as usual
-- but never appears on a notice, and only an approved student may be marked 特别通道 in a roster.

-- One live request (REQUESTED or APPROVED) per student and school year; a refused one may be
-- followed by another. Read in scope like an application (school_id, school_township_code). The
-- reason is family privacy: sealed, and shown only to the school and the county.
CREATE TABLE identification_special_channel (
    id                   bigserial PRIMARY KEY,
    student_id           bigint NOT NULL REFERENCES registry_student (id) ON DELETE CASCADE,
    student_name         text NOT NULL CHECK (char_length(student_name) BETWEEN 1 AND 50),
    school_id            bigint NOT NULL,
    school_township_code text COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    grade                text CHECK (char_length(grade) <= 30),
    class_name           text CHECK (char_length(class_name) <= 40),
    school_year          integer NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    category             text NOT NULL CHECK (category IN ('ORPHAN', 'MAJOR_MISHAP', 'FAMILY_PRIVACY', 'OTHER')),
    reason_sealed        text NOT NULL CHECK (char_length(reason_sealed) <= 4000),
    status               text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_by         text NOT NULL CHECK (char_length(requested_by) <= 100),
    requested_at         timestamptz NOT NULL DEFAULT now(),
    decided_by           text CHECK (char_length(decided_by) <= 100),
    decided_at           timestamptz,
    refusal              text CHECK (char_length(refusal) <= 500),
    CHECK ((status = 'REQUESTED') = (decided_at IS NULL)),
    CHECK ((status = 'REFUSED') = (refusal IS NOT NULL))
);
CREATE UNIQUE INDEX identification_special_channel_live
    ON identification_special_channel (student_id, school_year) WHERE status <> 'REFUSED';
CREATE INDEX identification_special_channel_school
    ON identification_special_channel (school_id, status);
CREATE INDEX identification_special_channel_township
    ON identification_special_channel (school_township_code, status);
