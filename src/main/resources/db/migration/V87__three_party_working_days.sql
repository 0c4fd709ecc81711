-- Three-party review's deadlines are counted in working days on the holiday calendar (calendar_day,
-- V75) instead of calendar days. The columns say so, and a county's stored days are converted so
-- that each step keeps about the time it had: a week of calendar days holds five working days, so
-- n calendar days become ceil(5n/7) working days (5 → 4, 7 → 5, 10 → 8, 14 → 10), never below one.
ALTER TABLE identification_three_party_setting RENAME COLUMN village_days TO village_working_days;
ALTER TABLE identification_three_party_setting RENAME COLUMN township_days TO township_working_days;
ALTER TABLE identification_three_party_setting RENAME COLUMN county_days TO county_working_days;
UPDATE identification_three_party_setting
   SET village_working_days = greatest(1, ceil(village_working_days * 5 / 7.0)::integer),
       township_working_days = greatest(1, ceil(township_working_days * 5 / 7.0)::integer),
       county_working_days = greatest(1, ceil(county_working_days * 5 / 7.0)::integer);

-- Every return of a three-party review with its reason, for the printed review record (the review
-- row keeps only the last). The returns made before this table are taken from the review rows.
CREATE TABLE identification_three_party_return (
    id             bigserial PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES identification_application (id) ON DELETE CASCADE,
    round          integer NOT NULL CHECK (round BETWEEN 1 AND 100),
    returned_from  text NOT NULL CHECK (returned_from IN ('VILLAGE', 'TOWNSHIP', 'COUNTY')),
    returned_to    text NOT NULL CHECK (returned_to IN ('SCHOOL', 'VILLAGE', 'TOWNSHIP')),
    reason         text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
    returned_by    text NOT NULL CHECK (char_length(returned_by) <= 100),
    returned_at    timestamptz NOT NULL
);

CREATE INDEX identification_three_party_return_application_idx
    ON identification_three_party_return (application_id, returned_at);

INSERT INTO identification_three_party_return (application_id, round, returned_from, returned_to, reason,
                                                returned_by, returned_at)
SELECT application_id,
       CASE WHEN returned_to = 'SCHOOL' AND step <> 'RETURNED_TO_SCHOOL' THEN greatest(1, round - 1) ELSE round END,
       returned_from, returned_to, return_reason, returned_by, returned_at
  FROM identification_three_party_review
 WHERE returned_from IS NOT NULL AND return_reason IS NOT NULL AND returned_at IS NOT NULL;
