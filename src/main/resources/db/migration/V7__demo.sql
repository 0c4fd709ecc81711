-- Marks that the demo county was loaded, so that it loads exactly once.
CREATE TABLE demo_load (
    county_code  TEXT        NOT NULL PRIMARY KEY,
    students     INTEGER     NOT NULL,
    loaded_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
