-- Quantified indicator models (量化指标体系) for the identification of students from families in
-- economic difficulty (家庭经济困难学生认定), and the scores given under them.
--
-- A model family (model_key) has numbered versions. A version is drafted, then published; a
-- published version is never changed (the triggers below refuse it), only superseded by the next
-- version. A model without an owner region is a reference model shipped with the platform
-- (IndicatorModels seeds them at start-up from identification.domain.ReferenceModels).

CREATE TABLE indicator_model (
    id             bigserial PRIMARY KEY,
    model_key      text NOT NULL CHECK (model_key ~ '^[A-Za-z0-9_-]{1,40}$'),
    version        integer NOT NULL CHECK (version >= 1),
    name           text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    owner_region   text CHECK (owner_region ~ '^([0-9]{2}|[0-9]{6})$'),
    effective_from integer NOT NULL CHECK (effective_from BETWEEN 2000 AND 2100),
    status         text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    based_on       text CHECK (char_length(based_on) <= 60),
    source         text NOT NULL CHECK (char_length(source) <= 1000),
    dibao_line     numeric(12, 2) CHECK (dibao_line > 0),
    direct_level   text NOT NULL CHECK (direct_level IN ('SPECIAL', 'FAIRLY', 'GENERAL')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text CHECK (char_length(created_by) <= 100),
    published_at   timestamptz,
    published_by   text CHECK (char_length(published_by) <= 100),
    UNIQUE (model_key, version)
);

-- one draft at a time per family: the next version is drafted from the last published one
CREATE UNIQUE INDEX indicator_model_one_draft ON indicator_model (model_key) WHERE status = 'DRAFT';
CREATE INDEX indicator_model_owner ON indicator_model (owner_region, effective_from);

CREATE TABLE indicator_line (
    model_id bigint NOT NULL REFERENCES indicator_model (id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 1),
    code     text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
    name     text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    kind     text NOT NULL CHECK (kind IN ('CHOICE', 'BAND', 'YES_NO', 'COUNT')),
    grp      text NOT NULL CHECK (char_length(grp) BETWEEN 1 AND 40),
    basis    text CHECK (basis IN ('VALUE', 'MULTIPLE_OF_DIBAO')),
    answer   text NOT NULL CHECK (char_length(answer) <= 100),
    up_to    numeric(14, 2),
    points   numeric(10, 2),
    cap      numeric(10, 2),
    rule     text NOT NULL CHECK (char_length(rule) <= 300),
    PRIMARY KEY (model_id, position)
);

CREATE TABLE indicator_group_cap (
    model_id bigint NOT NULL REFERENCES indicator_model (id) ON DELETE CASCADE,
    grp      text NOT NULL CHECK (char_length(grp) BETWEEN 1 AND 40),
    cap      numeric(10, 2) NOT NULL,
    rule     text NOT NULL CHECK (char_length(rule) <= 300),
    PRIMARY KEY (model_id, grp)
);

CREATE TABLE indicator_cut_off (
    model_id      bigint NOT NULL REFERENCES indicator_model (id) ON DELETE CASCADE,
    level         text NOT NULL CHECK (level IN ('SPECIAL', 'FAIRLY', 'GENERAL')),
    minimum_total numeric(10, 2) NOT NULL,
    PRIMARY KEY (model_id, level)
);

CREATE TABLE indicator_direct_group (
    model_id bigint NOT NULL REFERENCES indicator_model (id) ON DELETE CASCADE,
    position integer NOT NULL,
    code     text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
    name     text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    PRIMARY KEY (model_id, code)
);

-- A published version is never changed: neither its row (but a draft becoming published) nor its
-- lines, caps, cut-offs and groups.
CREATE FUNCTION indicator_model_published_is_fixed() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'indicator model % is published: it is never changed, only superseded', OLD.id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER indicator_model_fixed BEFORE UPDATE ON indicator_model
    FOR EACH ROW EXECUTE FUNCTION indicator_model_published_is_fixed();

CREATE FUNCTION indicator_model_part_is_fixed() RETURNS trigger
LANGUAGE plpgsql AS
$$
DECLARE
    owner_id bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.model_id ELSE NEW.model_id END;
BEGIN
    -- removing a whole model (a test's clean-up; the application never does) cascades here
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;
    IF EXISTS (SELECT 1 FROM indicator_model WHERE id = owner_id AND status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'indicator model % is published: % of % refused', owner_id, TG_OP, TG_TABLE_NAME;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- rows are written while the model is a draft; the store publishes the model after its parts
CREATE TRIGGER indicator_line_fixed BEFORE INSERT OR UPDATE OR DELETE ON indicator_line
    FOR EACH ROW EXECUTE FUNCTION indicator_model_part_is_fixed();
CREATE TRIGGER indicator_group_cap_fixed BEFORE INSERT OR UPDATE OR DELETE ON indicator_group_cap
    FOR EACH ROW EXECUTE FUNCTION indicator_model_part_is_fixed();
CREATE TRIGGER indicator_cut_off_fixed BEFORE INSERT OR UPDATE OR DELETE ON indicator_cut_off
    FOR EACH ROW EXECUTE FUNCTION indicator_model_part_is_fixed();
CREATE TRIGGER indicator_direct_group_fixed BEFORE INSERT OR UPDATE OR DELETE ON indicator_direct_group
    FOR EACH ROW EXECUTE FUNCTION indicator_model_part_is_fixed();

-- The score of an application under one model version, with its explanation; a score under an
-- earlier version stays as history when the application is scored again under a new one.
-- application_id has no foreign key yet: applications arrive with the application form.
CREATE TABLE indicator_score (
    application_id bigint NOT NULL,
    model_id       bigint NOT NULL REFERENCES indicator_model (id),
    outcome        text NOT NULL CHECK (outcome IN ('DIRECT', 'LEVELLED', 'NO_LEVEL')),
    total          numeric(10, 2) NOT NULL,
    level          text CHECK (level IN ('SPECIAL', 'FAIRLY', 'GENERAL', 'NOT_DIFFICULT')),
    level_rule     text NOT NULL CHECK (char_length(level_rule) <= 600),
    explanation    text NOT NULL CHECK (char_length(explanation) <= 20000),
    fingerprint    text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    scored_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, model_id)
);
CREATE INDEX indicator_score_model ON indicator_score (model_id);
