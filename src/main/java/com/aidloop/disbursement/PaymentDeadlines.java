package com.aidloop.disbursement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.progress.DeadlineBook;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment deadlines (发放时限): spring terms by 31 May; autumn terms by the date the province
 * sets (31 December unless it recorded otherwise), optionally per programme. Rules are appended
 * with the first term they apply to, so any term's deadline can be reproduced later.
 */
@Service
public class PaymentDeadlines {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PaymentDeadlines(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The deadline for paying the programme's awards of the term in the region (any code inside a province). */
    @Transactional(readOnly = true)
    public LocalDate deadlineFor(String programmeCode, Term term, String regionCode) {
        return book(regionCode).deadlineFor(programmeCode, term);
    }

    /** All deadline rules of the region's province, read once, to look up many deadlines. */
    @Transactional(readOnly = true)
    public DeadlineBook book(String regionCode) {
        return new DeadlineBook(rules(province(regionCode)));
    }

    /** Every rule the province recorded, oldest first. */
    @Transactional(readOnly = true)
    public List<DeadlineRule> rules(String provinceCode) {
        return jdbc.sql("""
                SELECT id, province_code, programme_code, valid_from, deadline_month, deadline_day, following_year,
                       recorded_by, recorded_at
                  FROM disbursement_deadline
                 WHERE province_code = :province
                 ORDER BY id
                """)
                .param("province", provinceCode)
                .query((rs, row) -> new DeadlineRule(
                        rs.getLong("id"),
                        rs.getString("province_code"),
                        rs.getString("programme_code"),
                        Term.parse(rs.getString("valid_from")),
                        rs.getInt("deadline_month"),
                        rs.getInt("deadline_day"),
                        rs.getBoolean("following_year"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /**
     * Records an autumn deadline of the province from {@code validFrom} on, for one programme or
     * (programme null) every programme; audited. Earlier rules stay for earlier terms.
     */
    @Transactional
    public DeadlineRule record(
            String provinceCode,
            String programmeCode,
            Term validFrom,
            int month,
            int day,
            boolean followingYear,
            String actor) {
        DeadlineRule checked = new DeadlineRule(
                0, provinceCode, programmeCode, validFrom, month, day, followingYear, actor, java.time.Instant.EPOCH);
        checked.deadlineOf(validFrom);
        long id = jdbc.sql("""
                INSERT INTO disbursement_deadline (province_code, semester, programme_code, valid_from, deadline_month, deadline_day,
                       following_year, recorded_by)
                VALUES (:province, 'AUTUMN', :programme, :validFrom, :month, :day, :following, :actor)
                RETURNING id
                """)
                .param("province", provinceCode)
                .param("programme", programmeCode)
                .param("validFrom", validFrom.code())
                .param("month", month)
                .param("day", day)
                .param("following", followingYear)
                .param("actor", actor)
                .query(Long.class)
                .single();
        audit.record(AuditRecord.of(
                        "CREATE",
                        "payment_deadline",
                        id,
                        "设定发放时限：省份" + provinceCode + "，"
                                + (programmeCode == null ? "全部资助项目" : "资助项目" + programmeCode) + "，自" + validFrom.label()
                                + "起为"
                                + checked.label())
                .withChanges(List.of(new AuditRecord.FieldChange("deadline", null, checked.label()))));
        return rules(provinceCode).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static String province(String regionCode) {
        if (regionCode == null || regionCode.length() < 2) {
            throw new IllegalArgumentException("no province in region code " + regionCode);
        }
        return regionCode.substring(0, 2);
    }
}
