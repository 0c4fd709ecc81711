-- Least privilege (docs/database-roles.md), renewed after every migration so that new tables are
-- covered: the platform's role reads and writes rows, may only add to the audit trail (no UPDATE,
-- DELETE or TRUNCATE; as it owns nothing it cannot disable the trail's triggers either), and only
-- reads the migration history. Skipped when the platform and Flyway use one role.
DO $$
BEGIN
    IF '${approle}' <> '' AND '${approle}' <> current_user
            AND EXISTS (SELECT FROM pg_roles WHERE rolname = '${approle}') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${approle}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), '${approle}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${approle}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', '${approle}');
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', '${approle}');
    END IF;
END $$;
