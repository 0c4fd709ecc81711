package com.aidloop.identification.specialchannel;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.identification.specialchannel.domain.ReasonCategory;
import com.aidloop.identification.specialchannel.domain.SpecialChannel;
import com.aidloop.identification.specialchannel.domain.SpecialChannelStatus;
import com.aidloop.privacy.SensitiveData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Special channel requests ({@code identification_special_channel}, V84), read in scope as an
 * application is (the school's staff, a region holding the school: {@link ScopeFilter#applications});
 * the reason is sealed, being family privacy.
 */
@Component
class SpecialChannelStore {

    private static final String SELECT = """
            SELECT c.id, c.student_id, c.student_name, c.school_id, s.name AS school_name, c.school_township_code,
                   c.grade, c.class_name, c.school_year, c.category, c.reason_sealed, c.status, c.requested_by,
                   c.requested_at, c.decided_by, c.decided_at, c.refusal, c.withdrawn_by, c.withdrawn_at, c.withdrawal
              FROM identification_special_channel c
              LEFT JOIN school_school s ON s.id = c.school_id
            """;

    /**
     * An approval in force for a school year (c.school_year = the year asked about): approved and
     * not withdrawn. It holds for its own school year only, with no earlier expiry, as
     * {@link SpecialChannel#inForceFor} says.
     */
    private static final String IN_FORCE = "c.status = 'APPROVED'";

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    SpecialChannelStore(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    /** Adds a new request; empty when the student has a live one for the school year already (a lost race). */
    Optional<Long> add(SpecialChannel request) {
        SpecialChannel.Student student = request.student();
        return jdbc.sql("""
                        INSERT INTO identification_special_channel (student_id, student_name, school_id,
                            school_township_code, grade, class_name, school_year, category, reason_sealed, status,
                            requested_by)
                        VALUES (:student, :name, :school, :township, :grade, :className, :year, :category, :reason,
                            'REQUESTED', :by)
                        ON CONFLICT (student_id, school_year) WHERE status IN ('REQUESTED', 'APPROVED') DO NOTHING
                        RETURNING id
                        """)
                .param("student", student.id())
                .param("name", student.name())
                .param("school", student.schoolId())
                .param("township", student.townshipCode())
                .param("grade", student.grade())
                .param("className", student.className())
                .param("year", request.schoolYear())
                .param("category", request.category().name())
                .param("reason", sensitive.seal(request.reason()))
                .param("by", request.requestedBy())
                .query(Long.class)
                .optional();
    }

    /** One request in scope. */
    Optional<SpecialChannel> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND " + ScopeFilter.applications("c"))
                .params(ScopeFilter.params(scope))
                .param("id", id)
                .query((rs, n) -> channel(rs))
                .optional();
    }

    /** The requests in scope of one status: waiting ones oldest first, decided ones newest first. */
    List<SpecialChannel> list(DataScope scope, SpecialChannelStatus status, int limit) {
        String order =
                switch (status) {
                    case REQUESTED -> " ORDER BY c.requested_at, c.id";
                    case WITHDRAWN -> " ORDER BY c.withdrawn_at DESC, c.id DESC";
                    default -> " ORDER BY c.decided_at DESC, c.id DESC";
                };
        return jdbc.sql(SELECT + " WHERE c.status = :status AND " + ScopeFilter.applications("c") + order
                        + " LIMIT :limit")
                .params(ScopeFilter.params(scope))
                .param("status", status.name())
                .param("limit", limit)
                .query((rs, n) -> channel(rs))
                .list();
    }

    /** How many requests in scope are in each status. */
    Map<SpecialChannelStatus, Integer> counts(DataScope scope) {
        Map<SpecialChannelStatus, Integer> counts = new EnumMap<>(SpecialChannelStatus.class);
        for (SpecialChannelStatus status : SpecialChannelStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("""
                        SELECT c.status, count(*) FROM identification_special_channel c WHERE %s GROUP BY c.status
                        """.formatted(ScopeFilter.applications("c")))
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> counts.put(SpecialChannelStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    /** The newest request for a student and school year in scope, live or refused. */
    Optional<SpecialChannel> latest(long studentId, int schoolYear, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE c.student_id = :student AND c.school_year = :year AND "
                        + ScopeFilter.applications("c") + " ORDER BY c.id DESC LIMIT 1")
                .params(ScopeFilter.params(scope))
                .param("student", studentId)
                .param("year", schoolYear)
                .query((rs, n) -> channel(rs))
                .optional();
    }

    /** Records the county's decision once: false when the request was decided meanwhile (a lost race). */
    boolean decide(SpecialChannel decided) {
        return jdbc.sql("""
                        UPDATE identification_special_channel
                           SET status = :status, decided_by = :by, decided_at = :at, refusal = :refusal
                         WHERE id = :id AND status = 'REQUESTED'
                        """)
                        .param("id", decided.id())
                        .param("status", decided.status().name())
                        .param("by", decided.decidedBy())
                        .param("at", Timestamp.from(decided.decidedAt()))
                        .param("refusal", decided.refusal())
                        .update()
                == 1;
    }

    /** Records the county's withdrawal of an approval once: false when it is no longer approved (a lost race). */
    boolean withdraw(SpecialChannel withdrawn) {
        return jdbc.sql("""
                        UPDATE identification_special_channel
                           SET status = 'WITHDRAWN', withdrawn_by = :by, withdrawn_at = :at, withdrawal = :why
                         WHERE id = :id AND status = 'APPROVED'
                        """)
                        .param("id", withdrawn.id())
                        .param("by", withdrawn.withdrawnBy())
                        .param("at", Timestamp.from(withdrawn.withdrawnAt()))
                        .param("why", withdrawn.withdrawal())
                        .update()
                == 1;
    }

    /**
     * The students among these whose approval is in force for the school year (not withdrawn); the
     * caller has read them in its own scope.
     */
    Set<Long> approvedStudents(Collection<Long> studentIds, int schoolYear) {
        return new HashSet<>(jdbc.sql("""
                        SELECT c.student_id FROM identification_special_channel c
                         WHERE c.student_id = ANY(:students) AND c.school_year = :year AND %s
                        """.formatted(IN_FORCE))
                .param("students", studentIds.toArray(Long[]::new))
                .param("year", schoolYear)
                .query(Long.class)
                .list());
    }

    /** The applications among these whose student's approval is in force for the application's school year. */
    Set<Long> approvedApplications(Collection<Long> applicationIds) {
        return new HashSet<>(jdbc.sql("""
                        SELECT a.id FROM identification_application a
                          JOIN identification_special_channel c
                            ON c.student_id = a.student_id AND c.school_year = a.school_year AND %s
                         WHERE a.id = ANY(:applications)
                        """.formatted(IN_FORCE))
                .param("applications", applicationIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    private SpecialChannel channel(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        return new SpecialChannel(
                rs.getLong("id"),
                new SpecialChannel.Student(
                        rs.getLong("student_id"),
                        rs.getString("student_name"),
                        rs.getLong("school_id"),
                        rs.getString("school_name"),
                        rs.getString("school_township_code"),
                        rs.getString("grade"),
                        rs.getString("class_name")),
                rs.getInt("school_year"),
                ReasonCategory.valueOf(rs.getString("category")),
                sensitive.open(rs.getString("reason_sealed")),
                SpecialChannelStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("refusal"),
                rs.getString("withdrawn_by"),
                withdrawnAt == null ? null : withdrawnAt.toInstant(),
                rs.getString("withdrawal"));
    }
}
