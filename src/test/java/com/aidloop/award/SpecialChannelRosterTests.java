package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.iam.DataScope;
import com.aidloop.identification.specialchannel.SpecialChannelFixtures;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentRow;
import com.aidloop.registry.StudentSearch;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A roster's 特别通道 是, or a remark naming the green channel, against the county's approvals for
 * the roster's school year (2026 for 2026年秋季学期): unapproved is an error under the column that
 * said so, naming the fix; approved is imported and stored as a special channel award.
 */
@SpringBootTest
class SpecialChannelRosterTests {

    private static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);
    private static final String FIX = "该学生未经县资助中心批准走特别通道：请学校在“特别通道”申请并经县级批准，或将此列改为“否”";

    @Autowired
    ImportingRoster importing;

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext beans;

    @TempDir
    Path dir;

    SpecialChannelFixtures channels;
    final List<Long> students = new ArrayList<>();

    @BeforeEach
    void setUp() {
        channels = new SpecialChannelFixtures(beans);
    }

    @AfterEach
    void removeWhatWasMade() {
        channels.remove(students);
    }

    @Test
    void anUnapprovedYesIsAnErrorNamingTheRowTheColumnAndTheFix() {
        Rosters.Line line = registered().set(RosterColumn.SPECIAL_CHANNEL, "是");

        RosterImportView view = validate(line);

        assertThat(view.canCommit()).isFalse();
        ImportProblem problem = only(view, "award.specialChannel.notApproved");
        assertThat(problem.column()).isEqualTo("特别通道(是/否)");
        assertThat(problem.message()).isEqualTo(FIX);
        assertThat(problem.sentence()).startsWith("第" + problem.row() + "行 特别通道(是/否)");
    }

    @Test
    void aRemarkNamingTheGreenChannelIsCheckedLikeAYes() {
        Rosters.Line line = registered().set(RosterColumn.REMARK, "经绿色通道资助");

        ImportProblem problem = only(validate(line), "award.specialChannel.notApprovedRemark");

        assertThat(problem.column()).isEqualTo("备注");
        assertThat(problem.message()).contains("在“特别通道”申请并经县级批准");
    }

    @Test
    void anApprovedStudentIsImportedAsASpecialChannelAwardButNotForAnotherSchoolYear() {
        Rosters.Line line = registered().set(RosterColumn.SPECIAL_CHANNEL, "是");
        channels.approve(students.getLast(), 2025);
        assertThat(codes(validate(line))).contains("award.specialChannel.notApproved");

        channels.approve(students.getLast(), 2026);
        RosterImportView committed = importing.submit(
                Rosters.upload(Rosters.xlsx(dir.resolve("approved.xlsx"), List.of(line))),
                AUTUMN_2026,
                ImportMode.COMMIT,
                false,
                Rosters.countyStaff(),
                true);

        assertThat(codes(committed)).doesNotContain("award.specialChannel.notApproved");
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(jdbc.sql("SELECT special_channel FROM award_award WHERE term = :term AND student_id = :student")
                        .param("term", AUTUMN_2026.code())
                        .param("student", students.getLast())
                        .query(Boolean.class)
                        .list())
                .containsExactly(true);
    }

    /** A line for a demo pupil of 三市镇中心小学 without an award of the term or a special channel. */
    private Rosters.Line registered() {
        long sanshi = schools.byCode(Rosters.SANSHI_PRIMARY).orElseThrow().id();
        DataScope county = DataScope.region("430626");
        Set<Long> fresh = new HashSet<>(jdbc.sql("""
                        SELECT s.id FROM registry_student s
                         WHERE s.school_id = :school
                           AND NOT EXISTS (SELECT 1 FROM award_award a WHERE a.student_id = s.id AND a.term = :term)
                           AND NOT EXISTS (SELECT 1 FROM identification_special_channel c WHERE c.student_id = s.id)
                        """)
                .param("school", sanshi)
                .param("term", AUTUMN_2026.code())
                .query(Long.class)
                .list());
        StudentRow student =
                registry.search(StudentSearch.ofSchool(sanshi), county, new Paging(1, 100)).content().stream()
                        .filter(s -> fresh.contains(s.id()))
                        .filter(s -> !students.contains(s.id()))
                        .findAny()
                        .orElseThrow();
        students.add(student.id());
        return Rosters.pupil(student.name())
                .set(
                        RosterColumn.ID_NUMBER,
                        registry.reveal(student.id(), county).idNumber())
                .set(RosterColumn.GRADE, student.grade())
                .set(RosterColumn.HOUSEHOLD_TOWNSHIP, student.householdTownship());
    }

    private RosterImportView validate(Rosters.Line line) {
        Path file = Rosters.xlsx(dir.resolve("r" + System.nanoTime() + ".xlsx"), List.of(line));
        return importing.submit(
                Rosters.upload(file), AUTUMN_2026, ImportMode.VALIDATE, false, Rosters.countyStaff(), true);
    }

    private List<ImportProblem> problems(RosterImportView view) {
        return importing
                .problems(view.id(), DataScope.region("430626"), null, new Paging(1, 100))
                .content();
    }

    private List<String> codes(RosterImportView view) {
        return problems(view).stream().map(ImportProblem::code).toList();
    }

    private ImportProblem only(RosterImportView view, String code) {
        List<ImportProblem> found =
                problems(view).stream().filter(p -> p.code().equals(code)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
