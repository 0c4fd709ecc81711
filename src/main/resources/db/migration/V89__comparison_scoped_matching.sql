-- Matching after an import is scoped to the persons it touches, writes only what changed, and
-- siblings' ages are remembered by blind index (docs/comparison.md, "Matching").

-- The list an import's run was scoped to (null: a full run over every current list), how many
-- stayed matches it rewrote because their facts changed, and how many sealed sibling IDs the
-- worklist refresh after it opened.
ALTER TABLE comparison_run ADD COLUMN list_id BIGINT;
ALTER TABLE comparison_run ADD COLUMN rewritten_count INTEGER;
ALTER TABLE comparison_run ADD COLUMN sibling_ids_opened INTEGER;

-- An import's run finds the open matches that came from its region's and type's lists.
CREATE INDEX comparison_match_open_list_idx ON comparison_match (list_id) WHERE ended_on IS NULL;

-- A sibling's age in whole years on 1 September of a school year, by the registry's blind index
-- of the ID number (null: a document that is not an ID card, no age to read). An ID number's
-- birth date never changes, so each sealed ID is opened once per school year, not on every run.
-- Only the age is kept: no ID number, no birth date.
CREATE TABLE comparison_sibling_age (
    id_index     TEXT     NOT NULL CHECK (char_length(id_index) <= 200),
    school_year  INTEGER  NOT NULL CHECK (school_year BETWEEN 2000 AND 2200),
    age          SMALLINT CHECK (age BETWEEN -200 AND 200),
    PRIMARY KEY (id_index, school_year)
);
