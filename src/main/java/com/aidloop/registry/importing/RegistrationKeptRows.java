package com.aidloop.registry.importing;

import com.aidloop.privacy.SensitiveData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows a student-registration validation read, kept for 确认导入 and the error workbook
 * (registry_import_row): each row sealed as a whole, since it holds ID numbers and phones, and
 * removed once the validation is committed or after seven days.
 */
@Repository
class RegistrationKeptRows {

    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    RegistrationKeptRows(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    /** Keeps the rows, each sealed, in statements of a few thousand rows. */
    void keep(long importId, List<RegistrationRow> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<RegistrationRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Integer[] numbers = new Integer[batch.size()];
            String[] sealed = new String[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                numbers[i] = batch.get(i).rowNumber();
                sealed[i] = sensitive.seal(join(batch.get(i).cells()));
            }
            jdbc.sql("""
                            INSERT INTO registry_import_row (import_id, row_number, cells_sealed)
                            SELECT :id, n, c FROM unnest(CAST(:numbers AS INTEGER[]), CAST(:cells AS TEXT[])) AS t(n, c)
                            """)
                    .param("id", importId)
                    .param("numbers", numbers)
                    .param("cells", sealed)
                    .update();
        }
    }

    /** The kept rows in file order, opened. */
    List<RegistrationRow> kept(long importId) {
        return jdbc.sql(
                        "SELECT row_number, cells_sealed FROM registry_import_row WHERE import_id = :id ORDER BY row_number")
                .param("id", importId)
                .query((rs, n) -> new RegistrationRow(
                        rs.getInt("row_number"), split(sensitive.open(rs.getString("cells_sealed")))))
                .list();
    }

    /** Removes the kept rows of an import, and those kept longer than a week by any import. */
    void drop(long importId) {
        jdbc.sql("""
                        DELETE FROM registry_import_row
                         WHERE import_id = :id
                            OR import_id IN (SELECT id FROM registry_import WHERE created_at < now() - interval '7 days')
                        """).param("id", importId).update();
    }

    /** Each cell as its length, a colon and its text: any character may stand in a cell. */
    static String join(String[] cells) {
        StringBuilder s = new StringBuilder();
        for (String cell : cells) {
            String text = cell == null ? "" : cell;
            s.append(text.length()).append(':').append(text);
        }
        return s.toString();
    }

    static String[] split(String joined) {
        List<String> cells = new ArrayList<>();
        int at = 0;
        while (at < joined.length()) {
            int colon = joined.indexOf(':', at);
            int length = Integer.parseInt(joined.substring(at, colon));
            cells.add(joined.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return cells.toArray(String[]::new);
    }
}
