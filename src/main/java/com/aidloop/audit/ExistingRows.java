package com.aidloop.audit;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link ExistingObjects} of a kind whose objects are rows of one table with a numeric id:
 * a module names the kind and its table (e.g. {@code school} in school_school) in a bean that
 * extends this, and nothing else.
 */
public class ExistingRows implements ExistingObjects {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final String objectType;
    private final String query;

    /** {@code table} is the module's own table, a constant such as school_school. */
    protected ExistingRows(JdbcClient jdbc, String objectType, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.objectType = objectType;
        this.query = "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)";
    }

    @Override
    public String objectType() {
        return objectType;
    }

    @Override
    public boolean exists(String objectId) {
        return ExistingObjects.numericId(objectId)
                .map(id -> jdbc.sql(query).param("id", id).query(Boolean.class).single())
                .orElse(false);
    }
}
