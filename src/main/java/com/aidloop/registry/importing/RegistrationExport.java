package com.aidloop.registry.importing;

import static com.aidloop.registry.importing.RegistrationColumn.CLASS;
import static com.aidloop.registry.importing.RegistrationColumn.GENDER;
import static com.aidloop.registry.importing.RegistrationColumn.GRADE;
import static com.aidloop.registry.importing.RegistrationColumn.HOUSEHOLD;
import static com.aidloop.registry.importing.RegistrationColumn.ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.ID_TYPE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_EMPLOYER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_GUARDIAN;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_ID_TYPE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_PHONE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER1_RELATION;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_EMPLOYER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_GUARDIAN;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_ID_NUMBER;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_ID_TYPE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_PHONE;
import static com.aidloop.registry.importing.RegistrationColumn.MEMBER2_RELATION;
import static com.aidloop.registry.importing.RegistrationColumn.NAME;
import static com.aidloop.registry.importing.RegistrationColumn.RESIDENCE;
import static com.aidloop.registry.importing.RegistrationColumn.SCHOOL_CODE;
import static com.aidloop.registry.importing.RegistrationColumn.SCHOOL_NAME;
import static com.aidloop.registry.importing.RegistrationColumn.STUDENT_NUMBER;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.domain.HouseholdMember;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.domain.StudentFacts;
import com.aidloop.registry.persistence.StudentStore;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.TableWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The students of a scope in the registration system's layout (学籍系统学生信息), full ID numbers
 * and phones included, since the ID number is what the import matches by: for checking a
 * county's list against the system, and to import again (unchanged, it changes nothing). Callers
 * need STUDENT_REVEAL; every export is audited as EXPORT naming the count.
 */
@Component
public class RegistrationExport {

    /** The columns written, in order: the system's order for the columns the registry keeps. */
    static final List<RegistrationColumn> WRITTEN = List.of(
            SCHOOL_CODE,
            SCHOOL_NAME,
            NAME,
            GENDER,
            ID_TYPE,
            ID_NUMBER,
            STUDENT_NUMBER,
            GRADE,
            CLASS,
            HOUSEHOLD,
            RESIDENCE,
            MEMBER1_NAME,
            MEMBER1_RELATION,
            MEMBER1_GUARDIAN,
            MEMBER1_ID_TYPE,
            MEMBER1_ID_NUMBER,
            MEMBER1_PHONE,
            MEMBER1_EMPLOYER,
            MEMBER2_NAME,
            MEMBER2_RELATION,
            MEMBER2_GUARDIAN,
            MEMBER2_ID_TYPE,
            MEMBER2_ID_NUMBER,
            MEMBER2_PHONE,
            MEMBER2_EMPLOYER);

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final StudentStore store;
    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final AuditTrail audit;

    RegistrationExport(
            JdbcClient jdbc, StudentStore store, SchoolManagement schools, RegionManagement regions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.schools = schools;
        this.regions = regions;
        this.audit = audit;
    }

    public void write(DataScope scope, OutputStream out) {
        // the registration system lists a school's own students: those of schools in the scope, not
        // every student living in it (one attending a school elsewhere belongs to that school's list)
        List<Long> ids = jdbc.sql("SELECT s.id FROM registry_student s WHERE " + ScopeFilter.students("s")
                        + " AND s.school_id IN (SELECT sc.id FROM school_school sc WHERE " + ScopeFilter.schools("sc")
                        + ")"
                        + " ORDER BY s.school_id, s.grade, s.class_name, s.id")
                .params(ScopeFilter.params(scope))
                .query(Long.class)
                .list();
        List<List<?>> rows = new ArrayList<>(ids.size());
        Map<String, String> places = new HashMap<>();
        Map<Long, SchoolView> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, Student> loaded = store.loadAll(batch);
            byId.putAll(schools.byIds(loaded.values().stream()
                    .map(s -> s.facts().schoolId())
                    .distinct()
                    .filter(id -> !byId.containsKey(id))
                    .toList()));
            for (Long id : batch) {
                rows.add(row(loaded.get(id), byId, places));
            }
        }
        List<Column> columns =
                WRITTEN.stream().map(c -> Column.text(c.header())).toList();
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet("学生信息", columns, rows.stream());
            writer.writeTo(out);
        }
        audit.record(AuditRecord.of("EXPORT", "student", null, "导出学籍名单（含完整证件号码和电话）：学生" + ids.size() + "名"));
    }

    private List<?> row(Student student, Map<Long, SchoolView> schoolsById, Map<String, String> places) {
        StudentFacts f = student.facts();
        SchoolView school = schoolsById.get(f.schoolId());
        String place = f.householdVillage() != null
                ? f.householdVillage().value()
                : f.householdTownship().value();
        List<String> values = new ArrayList<>(List.of(
                school.code(),
                school.name(),
                f.name(),
                f.gender().label(),
                f.document().type().label(),
                f.document().normalized(),
                f.studentNumber() == null ? "" : f.studentNumber().value(),
                f.grade(),
                f.className() == null ? "" : f.className(),
                places.computeIfAbsent(place, regions::fullName),
                f.residence() == com.aidloop.registry.Residence.RURAL ? "农业户口" : "非农业户口"));
        List<HouseholdMember> household = student.household();
        for (int i = 0; i < 2; i++) {
            values.addAll(i < household.size() ? member(household.get(i)) : List.of("", "", "", "", "", "", ""));
        }
        return values;
    }

    private static List<String> member(HouseholdMember m) {
        return List.of(
                m.name(),
                m.relation().label(),
                m.guardian() ? "是" : "否",
                m.document() == null ? "" : m.document().type().label(),
                m.document() == null ? "" : m.document().normalized(),
                m.phone() == null ? "" : m.phone().value(),
                m.employer() == null ? "" : m.employer());
    }
}
