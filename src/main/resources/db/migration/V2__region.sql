-- The administrative-division tree (行政区划) from the national statistics bureau's codes.
-- Codes use the "C" collation: prefix LIKE queries and rollups by code stay fast.
CREATE TABLE region_division (
    code        varchar(12) COLLATE "C" PRIMARY KEY,
    name        text NOT NULL,
    level       smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    parent_code varchar(12) COLLATE "C",
    edition     text NOT NULL DEFAULT '2023',
    CHECK (length(code) IN (2, 4, 6, 9, 12)),
    CHECK ((level = 1) = (parent_code IS NULL))
);
CREATE INDEX region_division_parent_idx ON region_division (parent_code);

-- Villages are loaded only for the counties a deployment serves: one row per loaded county.
CREATE TABLE region_village_load (
    county_code   varchar(6) COLLATE "C" PRIMARY KEY REFERENCES region_division (code),
    village_count integer NOT NULL,
    edition       text NOT NULL DEFAULT '2023',
    loaded_at     timestamptz NOT NULL DEFAULT now()
);
