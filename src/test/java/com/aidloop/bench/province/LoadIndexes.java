package com.aidloop.bench.province;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secondary indexes of the tables a bulk load fills: dropped before the load and made again
 * after it from the very definitions the migrations created ({@code pg_indexes.indexdef}), so the
 * schema ends as Flyway left it. Primary keys and indexes behind constraints stay. A unique index
 * made again over duplicates fails, so uniqueness is still checked, once, at the end.
 */
final class LoadIndexes {

    record Index(String table, String name, String definition) {}

    private final JdbcClient jdbc;
    private final List<Index> dropped = new ArrayList<>();

    LoadIndexes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops the secondary indexes of the tables and remembers their definitions. */
    void drop(List<String> tables) {
        List<Index> indexes = jdbc.sql("""
                SELECT i.tablename, i.indexname, i.indexdef
                  FROM pg_indexes i
                 WHERE i.schemaname = current_schema() AND i.tablename = ANY(:tables)
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = to_regclass(quote_ident(i.indexname)))
                 ORDER BY i.tablename, i.indexname
                """)
                .param("tables", tables.toArray(String[]::new))
                .query((rs, n) -> new Index(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        for (Index index : indexes) {
            jdbc.sql("DROP INDEX " + quoted(index.name())).update();
            dropped.add(index);
        }
    }

    /** Makes the dropped indexes of one table again; returns how many. */
    int recreate(String table) {
        int made = 0;
        for (Index index : List.copyOf(dropped)) {
            if (index.table().equals(table)) {
                jdbc.sql(index.definition()).update();
                dropped.remove(index);
                made++;
            }
        }
        return made;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
