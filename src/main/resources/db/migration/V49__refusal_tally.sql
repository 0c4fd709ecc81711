-- Refusals an auditor must see (docs/iam-and-audit.md: refused approvals and duplicate uploads,
-- lost races, requests outside a person's rights or scope) are written to audit_event at most
-- aidloop.audit.refusals.per-minute times per person, reason (code) and minute. Beyond that they are
-- only counted here, and when the minute is over one summary row in audit_event says how many more
-- there were, and the count is removed. So a flood of refused requests cannot fill the audit trail.
CREATE TABLE audit_refusal_tally (
    actor   TEXT        NOT NULL,
    code    TEXT        NOT NULL,
    minute  TIMESTAMPTZ NOT NULL,
    action  TEXT        NOT NULL,
    seen    INTEGER     NOT NULL,
    CONSTRAINT audit_refusal_tally_pk PRIMARY KEY (actor, code, minute),
    CONSTRAINT audit_refusal_tally_actor_length CHECK (char_length(actor) <= 200),
    CONSTRAINT audit_refusal_tally_code_length CHECK (char_length(code) <= 200),
    CONSTRAINT audit_refusal_tally_action_length CHECK (char_length(action) <= 200)
);

CREATE INDEX audit_refusal_tally_minute_idx ON audit_refusal_tally (minute);
