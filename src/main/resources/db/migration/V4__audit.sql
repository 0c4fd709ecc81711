-- The audit trail (审计日志). Append-only: rows are never changed or removed, which the triggers
-- below enforce for every database user short of one who disables them. Each row carries the
-- keyed hash (HMAC) of its own content and of the row before it, so a change that slips past the
-- triggers still shows when the chain is verified; the key lives outside the database.
CREATE TABLE audit_event (
    id           BIGSERIAL   PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL,
    actor        TEXT        NOT NULL,
    client_ip    TEXT,
    action       TEXT        NOT NULL,
    object_type  TEXT,
    object_id    TEXT,
    summary      TEXT,
    changes      JSONB       NOT NULL DEFAULT '[]'::jsonb,
    prev_hash    TEXT        NOT NULL,
    hash         TEXT        NOT NULL
);

CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (lower(actor), id);
CREATE INDEX audit_event_action_idx ON audit_event (action, id);
CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
