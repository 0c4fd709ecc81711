package com.aidloop.identification.application.persistence;

import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationFacts;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Consent;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.domain.Suggestion;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.privacy.SensitiveData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores applications as aggregates ({@code identification_application}, V62): the form sealed as
 * one JSON value; status, suggestion and decision in plain columns for lists and review queues.
 * An update checks the version it read, so two reviewers never overwrite each other.
 */
@Repository
public class ApplicationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final SensitiveData sensitive;

    ApplicationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sensitive = sensitive;
    }

    private static final String INSERT = """
            INSERT INTO identification_application (student_id, student_name, school_id, school_township_code, grade,
                   class_name, school_year, source, entered_by, status, form_sealed, member_count, consent_version,
                   consent_at, consent_by, consent_by_guardian, return_reason, model_id, suggested_total,
                   suggested_level, decided_level, decision_reason, decided_by, decided_at, submitted_at)
            VALUES (:studentId, :studentName, :schoolId, :township, :grade, :className, :year, :source, :enteredBy,
                   :status, :form, :members, :consentVersion, :consentAt, :consentBy, :consentByGuardian,
                   :returnReason, :modelId, :total, :suggested, :decided, :reason, :decidedBy, :decidedAt, :submittedAt)
            """;

    /** Inserts a new application and answers its id. */
    public long insert(Application a) {
        return jdbc.sql(INSERT + " RETURNING id")
                .params(insertColumns(a))
                .query(Long.class)
                .single();
    }

    /** Inserts many new applications in one batch (sample data). */
    public void insertAll(List<Application> applications) {
        SqlParameterSource[] rows =
                applications.stream().map(a -> typed(insertColumns(a))).toArray(SqlParameterSource[]::new);
        batch.batchUpdate(INSERT, rows);
    }

    /** The ids of a school year's applications the reach holds. */
    public List<Long> idsOf(Reach reach, int schoolYear) {
        return jdbc.sql("SELECT a.id FROM identification_application a WHERE a.school_year = :year AND "
                        + reach.sql("a"))
                .params(reach.params())
                .param("year", schoolYear)
                .query(Long.class)
                .list();
    }

    private Map<String, Object> insertColumns(Application a) {
        Map<String, Object> p = columns(a);
        ApplicationFacts f = a.facts();
        p.put("studentId", f.studentId());
        p.put("studentName", f.studentName());
        p.put("schoolId", f.schoolId());
        p.put("township", f.schoolTownshipCode());
        p.put("grade", f.grade());
        p.put("className", f.className());
        p.put("year", f.schoolYear());
        p.put("source", f.source().name());
        p.put("enteredBy", f.enteredBy());
        return p;
    }

    /** Null values with their SQL type, so the driver is not asked to describe each statement of the batch. */
    private static MapSqlParameterSource typed(Map<String, Object> row) {
        MapSqlParameterSource source = new MapSqlParameterSource(row);
        row.forEach((name, value) -> {
            if (value == null) {
                source.registerSqlType(
                        name,
                        switch (name) {
                            case "modelId" -> Types.BIGINT;
                            case "total" -> Types.NUMERIC;
                            case "consentByGuardian" -> Types.BOOLEAN;
                            case "consentAt", "decidedAt", "submittedAt" -> Types.TIMESTAMP;
                            default -> Types.VARCHAR;
                        });
            }
        });
        return source;
    }

    /** Writes the application's changes; false when someone changed it since it was read. */
    public boolean update(Application a) {
        Map<String, Object> p = columns(a);
        p.put("id", a.id());
        p.put("version", a.version());
        return jdbc.sql("""
                        UPDATE identification_application
                           SET version = version + 1, status = :status, form_sealed = :form, member_count = :members,
                               consent_version = :consentVersion, consent_at = :consentAt, consent_by = :consentBy,
                               consent_by_guardian = :consentByGuardian, return_reason = :returnReason, model_id = :modelId,
                               suggested_total = :total, suggested_level = :suggested, decided_level = :decided,
                               decision_reason = :reason, decided_by = :decidedBy, decided_at = :decidedAt,
                               submitted_at = :submittedAt, updated_at = now()
                         WHERE id = :id AND version = :version
                        """).params(p).update() == 1;
    }

    /** One application the reach holds. */
    public Optional<Application> find(long id, Reach reach) {
        return jdbc.sql("SELECT * FROM identification_application a WHERE a.id = :id AND " + reach.sql("a"))
                .params(reach.params())
                .param("id", id)
                .query(this::application)
                .optional();
    }

    /** One application of the students a family may act for (the family's reach), else empty. */
    public Optional<Application> findOfStudents(long id, Collection<Long> students) {
        return jdbc.sql("SELECT * FROM identification_application a WHERE a.id = :id AND a.student_id = ANY(:students)")
                .param("id", id)
                .param("students", students.toArray(Long[]::new))
                .query(this::application)
                .optional();
    }

    /** One application whatever the reach: for a three-party reviewer, after the review's own scope was checked. */
    public Optional<Application> findUnscoped(long id) {
        return jdbc.sql("SELECT * FROM identification_application a WHERE a.id = :id")
                .param("id", id)
                .query(this::application)
                .optional();
    }

    /** The applications of the students a family may act for, newest school year first, withdrawn ones last. */
    public List<ApplicationRow> ofStudents(Collection<Long> students) {
        return jdbc.sql("""
                        SELECT a.id, a.student_id, a.student_name, a.grade, a.class_name, a.school_year, a.source, a.status,
                               a.member_count, a.suggested_total, a.suggested_level, a.decided_level, a.submitted_at
                          FROM identification_application a
                         WHERE a.student_id = ANY(:students)
                         ORDER BY a.school_year DESC, (a.status = 'WITHDRAWN'), a.id DESC
                        """)
                .param("students", students.toArray(Long[]::new))
                .query(ApplicationStore::row)
                .list();
    }

    /** Many applications the reach holds, by id (bulk decisions); ids outside the reach are left out. */
    public List<Application> findAll(List<Long> ids, Reach reach) {
        return jdbc.sql("SELECT * FROM identification_application a WHERE a.id = ANY(:ids) AND " + reach.sql("a")
                        + " ORDER BY a.id")
                .params(reach.params())
                .param("ids", ids.toArray(Long[]::new))
                .query(this::application)
                .list();
    }

    /** The applications of a school year the reach holds, optionally of one status and class, by class and name. */
    public List<ApplicationRow> list(
            Reach reach, int schoolYear, ApplicationStatus status, String className, int limit) {
        return jdbc.sql("""
                        SELECT a.id, a.student_id, a.student_name, a.grade, a.class_name, a.school_year, a.source, a.status,
                               a.member_count, a.suggested_total, a.suggested_level, a.decided_level, a.submitted_at
                          FROM identification_application a
                         WHERE a.school_year = :year
                           AND (CAST(:status AS text) IS NULL OR a.status = :status)
                           AND (CAST(:className AS text) IS NULL OR a.class_name = :className)
                           AND """ + reach.sql("a") + """
                         ORDER BY a.class_name, a.student_name, a.id
                         LIMIT :limit
                        """)
                .params(reach.params())
                .param("year", schoolYear)
                .param("status", status == null ? null : status.name())
                .param("className", className == null || className.isBlank() ? null : className)
                .param("limit", limit)
                .query(ApplicationStore::row)
                .list();
    }

    /** Whether the student has an application of the year that is not withdrawn. */
    public boolean exists(long studentId, int schoolYear) {
        return jdbc.sql("""
                        SELECT count(*) FROM identification_application
                         WHERE student_id = :student AND school_year = :year AND status <> 'WITHDRAWN'
                        """)
                        .param("student", studentId)
                        .param("year", schoolYear)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<String, Object> columns(Application a) {
        Map<String, Object> p = new HashMap<>();
        p.put("status", a.status().name());
        p.put("form", sensitive.seal(JSON.writeValueAsString(a.form())));
        p.put("members", a.form().members().size());
        Consent c = a.consent();
        p.put("consentVersion", c == null ? null : c.textVersion());
        p.put("consentAt", c == null ? null : Timestamp.from(c.givenAt()));
        p.put("consentBy", c == null ? null : c.givenBy());
        p.put("consentByGuardian", c == null ? null : c.byGuardian());
        p.put("returnReason", a.returnReason());
        Suggestion s = a.suggestion();
        p.put("modelId", s == null ? null : s.modelId());
        p.put("total", s == null ? null : s.total());
        p.put("suggested", s == null || s.level() == null ? null : s.level().name());
        Decision d = a.decision();
        p.put("decided", d == null ? null : d.level().name());
        p.put("reason", d == null ? null : d.reason());
        p.put("decidedBy", d == null ? null : d.decidedBy());
        p.put("decidedAt", d == null ? null : Timestamp.from(d.decidedAt()));
        p.put("submittedAt", a.submittedAt() == null ? null : Timestamp.from(a.submittedAt()));
        return p;
    }

    private Application application(ResultSet rs, int n) throws SQLException {
        ApplicationFacts facts = new ApplicationFacts(
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getLong("school_id"),
                rs.getString("school_township_code"),
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getInt("school_year"),
                Source.valueOf(rs.getString("source")),
                rs.getString("entered_by"));
        ApplicationForm form = JSON.readValue(sensitive.open(rs.getString("form_sealed")), ApplicationForm.class);
        Consent consent = rs.getString("consent_version") == null
                ? null
                : new Consent(
                        rs.getString("consent_version"),
                        instant(rs, "consent_at"),
                        rs.getString("consent_by"),
                        rs.getBoolean("consent_by_guardian"));
        long modelId = rs.getLong("model_id");
        Suggestion suggestion = rs.wasNull()
                ? null
                : new Suggestion(modelId, rs.getBigDecimal("suggested_total"), level(rs, "suggested_level"));
        Decision decision = rs.getString("decided_level") == null
                ? null
                : new Decision(
                        level(rs, "decided_level"),
                        rs.getString("decision_reason"),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at"));
        return Application.restore(
                rs.getLong("id"),
                rs.getInt("version"),
                facts,
                new Application.Stored(
                        ApplicationStatus.valueOf(rs.getString("status")),
                        form,
                        consent,
                        rs.getString("return_reason"),
                        suggestion,
                        decision,
                        instant(rs, "submitted_at")));
    }

    private static ApplicationRow row(ResultSet rs, int n) throws SQLException {
        return new ApplicationRow(
                rs.getLong("id"),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getString("grade"),
                rs.getString("class_name"),
                rs.getInt("school_year"),
                Source.valueOf(rs.getString("source")),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getInt("member_count"),
                rs.getBigDecimal("suggested_total"),
                level(rs, "suggested_level"),
                level(rs, "decided_level"),
                instant(rs, "submitted_at"));
    }

    private static DifficultyLevel level(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : DifficultyLevel.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
