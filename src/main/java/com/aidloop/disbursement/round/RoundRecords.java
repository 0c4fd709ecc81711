package com.aidloop.disbursement.round;

import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.RoundView;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Term;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The round table (a round's facts; its batches are in {@code disbursement_batch}) and the bank
 * template remembered per county and issuing bank. A round is visible to region accounts whose
 * subtree holds its county.
 */
@Repository
public class RoundRecords {

    private final JdbcClient jdbc;

    RoundRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round reference: PR, year, S or A, six digits (PR2026S000012). */
    public String nextReference(Term term) {
        long n = jdbc.sql("SELECT nextval('disbursement_round_seq')")
                .query(Long.class)
                .single();
        return "PR" + term.year() + (term.semester() == Term.Semester.SPRING ? "S" : "A") + String.format("%06d", n);
    }

    public long insert(
            String reference,
            Term term,
            String countyCode,
            List<String> townshipCodes,
            List<String> programmeCodes,
            String programmeNames,
            String by,
            Instant at,
            LocalDate payDate) {
        return jdbc.sql("""
                INSERT INTO disbursement_round (reference, term, county_code, township_codes, programme_codes, programme_names,
                                                created_by, created_at, pay_date)
                VALUES (:reference, :term, :county, CAST(:townships AS TEXT[]), CAST(:programmes AS TEXT[]), :names, :by, :at,
                        :payDate)
                RETURNING id
                """)
                .param("reference", reference)
                .param("term", term.code())
                .param("county", countyCode)
                .param("townships", townshipCodes.isEmpty() ? null : townshipCodes.toArray(String[]::new))
                .param("programmes", programmeCodes.toArray(String[]::new))
                .param("names", programmeNames)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("payDate", payDate)
                .query(Long.class)
                .single();
    }

    /** The round's facts inside the scope, without its batches (the caller adds them). */
    public Optional<RoundView> find(long id, DataScope scope) {
        return jdbc.sql("SELECT r.* FROM disbursement_round r WHERE r.id = :id AND " + ScopeFilter.rounds("r"))
                .param("id", id)
                .params(ScopeFilter.params(scope))
                .query(RoundRecords::round)
                .optional();
    }

    /** The rounds of the term (or of every term when null) inside the scope, newest first, at most 200. */
    public List<RoundView> list(Term term, DataScope scope) {
        return jdbc.sql("""
                        SELECT r.* FROM disbursement_round r
                         WHERE (CAST(:term AS TEXT) IS NULL OR r.term = :term) AND %s
                         ORDER BY r.created_at DESC, r.id DESC LIMIT 200
                        """.formatted(ScopeFilter.rounds("r")))
                .param("term", term == null ? null : term.code())
                .params(ScopeFilter.params(scope))
                .query(RoundRecords::round)
                .list();
    }

    /** The template each bank's batches were last exported with in the county, by bank. */
    public Map<String, String> templates(String countyCode) {
        Map<String, String> templates = new HashMap<>();
        jdbc.sql("SELECT bank_name, template FROM disbursement_bank_template_choice WHERE county_code = :county")
                .param("county", countyCode)
                .query((ResultSet rs) -> {
                    templates.put(rs.getString("bank_name"), rs.getString("template"));
                });
        return templates;
    }

    /** Remembers the template a bank's batch was exported with, offered for that bank next time. */
    public void rememberTemplate(String countyCode, String bank, String template, String by) {
        jdbc.sql("""
                        INSERT INTO disbursement_bank_template_choice (county_code, bank_name, template, chosen_by)
                        VALUES (:county, :bank, :template, :by)
                        ON CONFLICT (county_code, bank_name) DO UPDATE
                           SET template = excluded.template, chosen_by = excluded.chosen_by, chosen_at = now()
                        """)
                .param("county", countyCode)
                .param("bank", bank)
                .param("template", template)
                .param("by", by)
                .update();
    }

    private static RoundView round(ResultSet rs, int row) throws SQLException {
        return new RoundView(
                rs.getLong("id"),
                rs.getString("reference"),
                Term.parse(rs.getString("term")),
                rs.getString("county_code"),
                strings(rs.getArray("township_codes")),
                null,
                strings(rs.getArray("programme_codes")),
                rs.getString("programme_names"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                List.<BatchView>of(),
                rs.getObject("pay_date", LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
