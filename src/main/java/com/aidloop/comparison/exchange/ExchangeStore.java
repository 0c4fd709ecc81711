package com.aidloop.comparison.exchange;

import com.aidloop.comparison.domain.ExchangeKey;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.platform.PostgresCopy;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.IdNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exchanges (comparison_exchange) and their request hashes (comparison_exchange_key), on the caller's transaction. */
@Repository
class ExchangeStore {

    private static final int KEYS_PER_COPY = 20_000;
    private static final String SELECT = """
            SELECT e.*, t.name AS type_name
              FROM comparison_exchange e
              JOIN comparison_list_type t ON t.code = e.type_code
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SensitiveData sensitive;

    ExchangeStore(JdbcClient jdbc, DataSource dataSource, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.sensitive = sensitive;
    }

    long open(String region, String typeCode, String department, String keyCheck, String by) {
        return jdbc.sql("""
                INSERT INTO comparison_exchange (region_code, type_code, department, key_check, persons, created_by)
                VALUES (:region, :type, :department, :check, 0, :by)
                RETURNING id
                """)
                .param("region", region)
                .param("type", typeCode)
                .param("department", department)
                .param("check", keyCheck)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /**
     * Hashes the ID number of every student and household member the scope holds under the
     * exchange's key and keeps each hash with the person's blind index; the numbers are opened
     * one at a time and forgotten. Returns how many persons the request names.
     */
    int writeKeys(long exchangeId, ExchangeKey key, DataScope scope) {
        Mac mac = key.mac();
        StringBuilder copy = new StringBuilder();
        Map<String, Boolean> seen = new HashMap<>();
        int[] count = {0};
        jdbc.sql("SELECT DISTINCT k.id_index, k.id_sealed FROM comparison_person_key k WHERE "
                        + ScopeFilter.students("k"))
                .params(ScopeFilter.params(scope))
                .query((ResultSet rs) -> {
                    String index = rs.getString("id_index");
                    String id = normalised(sensitive.open(rs.getString("id_sealed")));
                    if (id == null || seen.putIfAbsent(index, Boolean.TRUE) != null) {
                        return;
                    }
                    copy.append(exchangeId)
                            .append('\t')
                            .append(ExchangeKey.matchCode(mac, id))
                            .append('\t');
                    PostgresCopy.field(copy, index).append('\n');
                    if (++count[0] % KEYS_PER_COPY == 0) {
                        PostgresCopy.copyIn(dataSource, "COPY comparison_exchange_key FROM STDIN", copy);
                        copy.setLength(0);
                    }
                });
        PostgresCopy.copyIn(dataSource, "COPY comparison_exchange_key FROM STDIN", copy);
        jdbc.sql("UPDATE comparison_exchange SET persons = :n WHERE id = :id")
                .param("n", count[0])
                .param("id", exchangeId)
                .update();
        return count[0];
    }

    /** A number the registry keeps that is not an 18-character resident ID (a passport) is left out. */
    private static String normalised(String id) {
        try {
            return id == null ? null : IdNumber.parse(id).value();
        } catch (RuntimeException notAResidentId) {
            return null;
        }
    }

    /** The request's hashes, in hash order (which says nothing about who they are). */
    void writeRequest(long exchangeId, Writer out) {
        jdbc.sql("SELECT hash FROM comparison_exchange_key WHERE exchange_id = :id ORDER BY hash")
                .param("id", exchangeId)
                .query((ResultSet rs) -> {
                    try {
                        out.write(rs.getString(1));
                        out.write("\r\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** hash → blind index of the exchange's request. */
    Map<String, String> keys(long exchangeId) {
        Map<String, String> keys = new HashMap<>();
        jdbc.sql("SELECT hash, id_index FROM comparison_exchange_key WHERE exchange_id = :id")
                .param("id", exchangeId)
                .query((ResultSet rs) -> {
                    keys.put(rs.getString(1), rs.getString(2));
                });
        return keys;
    }

    /** Records the answer's list and deletes the request's hashes: they have done their work. */
    void answered(long exchangeId, long listId) {
        jdbc.sql("UPDATE comparison_exchange SET answer_list_id = :list, answered_at = now() WHERE id = :id")
                .param("id", exchangeId)
                .param("list", listId)
                .update();
        jdbc.sql("DELETE FROM comparison_exchange_key WHERE exchange_id = :id")
                .param("id", exchangeId)
                .update();
    }

    /** The exchange if the scope holds it, locked against a second answer at the same time. */
    Optional<ExchangeView> find(long id, DataScope scope, boolean lock) {
        var params = ScopeFilter.params(scope);
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE e.id = :id AND " + ScopeFilter.departmentLists("e")
                        + (lock ? " FOR UPDATE OF e" : ""))
                .params(params)
                .query((rs, n) -> view(rs))
                .optional();
    }

    List<ExchangeView> list(DataScope scope) {
        return jdbc.sql(SELECT + " WHERE " + ScopeFilter.departmentLists("e") + " ORDER BY e.created_at DESC, e.id DESC"
                        + " LIMIT 200")
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> view(rs))
                .list();
    }

    private static ExchangeView view(ResultSet rs) throws SQLException {
        return new ExchangeView(
                rs.getLong("id"),
                rs.getString("region_code"),
                rs.getString("type_code"),
                rs.getString("type_name"),
                rs.getString("department"),
                rs.getString("key_check"),
                rs.getInt("persons"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("answer_list_id", Long.class),
                rs.getTimestamp("answered_at") == null
                        ? null
                        : rs.getTimestamp("answered_at").toInstant());
    }
}
