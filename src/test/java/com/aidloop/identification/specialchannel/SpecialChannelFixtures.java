package com.aidloop.identification.specialchannel;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.identification.specialchannel.domain.ReasonCategory;
import com.aidloop.registry.RegistryManagement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Special channels for tests, made through the service as the student's school and the demo
 * county would (any school year, as a past roster needs), and removed afterwards.
 */
public final class SpecialChannelFixtures {

    public static final CurrentAccount COUNTY =
            new CurrentAccount(-84, "county", "县资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    public static final String REASON = "家庭隐私：父亲服刑，家长不愿公开";

    private final SpecialChannels channels;
    private final RegistryManagement registry;
    private final JdbcClient jdbc;

    public SpecialChannelFixtures(ApplicationContext context) {
        this.channels = context.getBean(SpecialChannels.class);
        this.registry = context.getBean(RegistryManagement.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** The staff of a student's school, as a stand-in account. */
    public CurrentAccount schoolOf(long studentId) {
        long school = registry.find(studentId, DataScope.region("430626"))
                .orElseThrow()
                .schoolId();
        return new CurrentAccount(-85, "school-test", "学校资助专员", Set.of(Role.SCHOOL_STAFF), null, school);
    }

    /** The student's school requests the special channel for the school year; answers the request's id. */
    public long request(long studentId, int schoolYear) {
        return channels.add(
                new SpecialChannels.Request(studentId, schoolYear, ReasonCategory.FAMILY_PRIVACY, REASON),
                schoolOf(studentId));
    }

    /** Requested by the school and approved by the county. */
    public long approve(long studentId, int schoolYear) {
        long id = request(studentId, schoolYear);
        channels.approve(id, COUNTY);
        return id;
    }

    /** Demo students of a school without any special channel request. */
    public List<Long> freshStudents(String schoolCode, int n) {
        return jdbc.sql("""
                        SELECT s.id FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                         WHERE sc.code = :code
                           AND NOT EXISTS (SELECT 1 FROM identification_special_channel c WHERE c.student_id = s.id)
                         ORDER BY random() LIMIT :n
                        """)
                .param("code", schoolCode)
                .param("n", n)
                .query(Long.class)
                .list();
    }

    /** Removes every request of these students. */
    public void remove(Collection<Long> studentIds) {
        jdbc.sql("DELETE FROM identification_special_channel WHERE student_id = ANY(:ids)")
                .param("ids", studentIds.toArray(Long[]::new))
                .update();
    }
}
