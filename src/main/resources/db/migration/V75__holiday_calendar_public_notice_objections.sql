-- The holiday calendar (节假日安排) and the identification's public notice (公示) with objections
-- (异议). Issue 14.

-- Days set apart from the Monday-to-Friday week: statutory holidays of the State Council's
-- arrangement (放假) and adjusted working days (调休上班). Edited on /calendar, audited.
CREATE TABLE calendar_day (
    day        date PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 20),
    confirmed  boolean NOT NULL DEFAULT true,
    updated_by text NOT NULL DEFAULT 'system' CHECK (char_length(updated_by) <= 100),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号)
INSERT INTO calendar_day (day, kind, name)
SELECT d::date, 'HOLIDAY', n FROM (VALUES
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')) AS h(f, l, n),
    generate_series(f::date, l::date, interval '1 day') AS d;
INSERT INTO calendar_day (day, kind, name) VALUES
    ('2026-01-04', 'WORKDAY', '元旦'),
    ('2026-02-14', 'WORKDAY', '春节'),
    ('2026-02-28', 'WORKDAY', '春节'),
    ('2026-05-09', 'WORKDAY', '劳动节'),
    ('2026-09-20', 'WORKDAY', '国庆节'),
    ('2026-10-10', 'WORKDAY', '国庆节');
-- 2027: the arrangement was not known when this was written. Only the fixed-date statutory days
-- (全国年节及纪念日放假办法) are shipped, to be confirmed; the lunar holidays (春节, 清明, 端午, 中秋)
-- and the adjusted working days are entered on /calendar once the State Council publishes them.
INSERT INTO calendar_day (day, kind, name, confirmed) VALUES
    ('2027-01-01', 'HOLIDAY', '元旦', false),
    ('2027-05-01', 'HOLIDAY', '劳动节', false),
    ('2027-05-02', 'HOLIDAY', '劳动节', false),
    ('2027-10-01', 'HOLIDAY', '国庆节', false),
    ('2027-10-02', 'HOLIDAY', '国庆节', false),
    ('2027-10-03', 'HOLIDAY', '国庆节', false);

-- A county's choices for notices: whether the level is published (else 认定为家庭经济困难学生),
-- and the working days a school has to answer an objection.
CREATE TABLE identification_notice_setting (
    county_code         text COLLATE "C" PRIMARY KEY CHECK (county_code ~ '^[0-9]{6}$'),
    show_level          boolean NOT NULL DEFAULT false,
    answer_working_days integer NOT NULL DEFAULT 3 CHECK (answer_working_days BETWEEN 1 AND 20),
    updated_by          text NOT NULL CHECK (char_length(updated_by) <= 100),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- A school's public notice of its final identification results for a class, a grade or the
-- school, readable by link or QR code with the access code during its period.
CREATE TABLE identification_notice (
    id                   bigserial PRIMARY KEY,
    token                text NOT NULL UNIQUE CHECK (token ~ '^[A-Za-z0-9_-]{22}$'),
    access_code          text NOT NULL CHECK (access_code ~ '^[0-9]{6}$'),
    school_id            bigint NOT NULL,
    school_name          text NOT NULL CHECK (char_length(school_name) BETWEEN 1 AND 100),
    school_township_code text COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    school_year          integer NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    coverage             text NOT NULL CHECK (coverage IN ('CLASS', 'GRADE', 'SCHOOL')),
    grade                text CHECK (char_length(grade) <= 30),
    class_name           text CHECK (char_length(class_name) <= 40),
    starts_on            date NOT NULL,
    ends_on              date NOT NULL CHECK (ends_on >= starts_on),
    working_days         integer NOT NULL CHECK (working_days >= 5),
    show_level           boolean NOT NULL,
    answer_working_days  integer NOT NULL CHECK (answer_working_days BETWEEN 1 AND 20),
    published_by         text NOT NULL CHECK (char_length(published_by) <= 100),
    published_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identification_notice_school ON identification_notice (school_id, school_year);
CREATE INDEX identification_notice_township ON identification_notice (school_township_code);

-- The names on a notice, copied when it is published: only what may be shown is kept here.
CREATE TABLE identification_notice_entry (
    notice_id      bigint NOT NULL REFERENCES identification_notice (id) ON DELETE CASCADE,
    application_id bigint NOT NULL REFERENCES identification_application (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    student_name   text NOT NULL CHECK (char_length(student_name) BETWEEN 1 AND 50),
    grade          text NOT NULL CHECK (char_length(grade) <= 30),
    class_name     text NOT NULL CHECK (char_length(class_name) <= 40),
    level          text NOT NULL CHECK (level IN ('SPECIAL', 'FAIRLY', 'GENERAL')),
    PRIMARY KEY (notice_id, application_id)
);
CREATE INDEX identification_notice_entry_application ON identification_notice_entry (application_id);

-- An objection lodged through a notice, named or anonymous; the objector's phone sealed.
CREATE TABLE identification_objection (
    id                    bigserial PRIMARY KEY,
    notice_id             bigint NOT NULL REFERENCES identification_notice (id) ON DELETE CASCADE,
    application_id        bigint REFERENCES identification_application (id) ON DELETE CASCADE,
    content               text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 1000),
    objector_name         text CHECK (char_length(objector_name) <= 50),
    objector_phone_sealed text CHECK (char_length(objector_phone_sealed) <= 400),
    photo_kind            text CHECK (photo_kind IN ('JPEG', 'PNG')),
    photo_sealed          text CHECK (char_length(photo_sealed) <= 20000000),
    client_digest         text NOT NULL CHECK (char_length(client_digest) = 64),
    lodged_at             timestamptz NOT NULL DEFAULT now(),
    due_on                date NOT NULL,
    decision              text CHECK (decision IN ('MAINTAIN', 'ADJUST_LEVEL', 'CANCEL')),
    new_level             text CHECK (new_level IN ('SPECIAL', 'FAIRLY', 'GENERAL')),
    answer                text CHECK (char_length(answer) <= 1000),
    reason                text CHECK (char_length(reason) <= 500),
    answered_by           text CHECK (char_length(answered_by) <= 100),
    answered_at           timestamptz,
    CHECK ((decision IS NULL) = (answered_at IS NULL)),
    CHECK (decision <> 'ADJUST_LEVEL' OR new_level IS NOT NULL)
);
CREATE INDEX identification_objection_notice ON identification_objection (notice_id);
CREATE INDEX identification_objection_client ON identification_objection (client_digest, lodged_at);

-- An upheld objection changes the identification as a semester adjustment does (the application's
-- decided_level, the one level in force), kept in the adjustment history with the objection noted.
ALTER TABLE identification_adjustment
    ADD COLUMN objection_id bigint REFERENCES identification_objection (id) ON DELETE SET NULL;
CREATE INDEX identification_adjustment_objection ON identification_adjustment (objection_id)
    WHERE objection_id IS NOT NULL;

-- a named objector is told by SMS that the objection was handled
ALTER TABLE notification_sms
    DROP CONSTRAINT notification_sms_recipient_check,
    ADD CONSTRAINT notification_sms_recipient_check
        CHECK (recipient IN ('STUDENT', 'GUARDIAN', 'SCHOOL_CONTACT', 'OBJECTOR'));
