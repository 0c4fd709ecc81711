-- Identification years and their windows (认定年度与申请窗口). A county opens one year for its
-- schools with start and end dates, announced in advance (提前告知); guardians of the county's
-- registered students are told by SMS through the outbox. After the window a school may open a
-- late window for one student with a reason (e.g. 突发困难), at any time of the year.

CREATE TABLE identification_window (
    id                 bigserial PRIMARY KEY,
    county_code        text        COLLATE "C" NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    school_year        integer     NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
    starts_on          date        NOT NULL,
    ends_on            date        NOT NULL,
    opened_by          text        NOT NULL CHECK (char_length(opened_by) <= 100),
    opened_at          timestamptz NOT NULL DEFAULT now(),
    closed_by          text        CHECK (char_length(closed_by) <= 100),
    closed_at          timestamptz,
    guardians_notified integer     NOT NULL DEFAULT 0 CHECK (guardians_notified >= 0),
    CONSTRAINT identification_window_dates CHECK (ends_on >= starts_on),
    CONSTRAINT identification_window_closed CHECK ((closed_by IS NULL) = (closed_at IS NULL)),
    UNIQUE (county_code, school_year)
);

CREATE TABLE identification_late_window (
    id          bigserial PRIMARY KEY,
    window_id   bigint      NOT NULL REFERENCES identification_window (id),
    student_id  bigint      NOT NULL,
    school_id   bigint      NOT NULL,
    school_township_code text COLLATE "C" NOT NULL CHECK (school_township_code ~ '^[0-9]{9}$'),
    reason      text        NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
    ends_on     date        NOT NULL,
    opened_by   text        NOT NULL CHECK (char_length(opened_by) <= 100),
    opened_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX identification_late_window_student ON identification_late_window (student_id, ends_on);
CREATE INDEX identification_late_window_school ON identification_late_window (school_id, window_id);
