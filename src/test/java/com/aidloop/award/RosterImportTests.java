package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.running.ImportJobs;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.RevealedStudent;
import com.aidloop.registry.StudentRow;
import com.aidloop.registry.StudentSearch;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.CsvEncoding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Roster imports end to end on the demo county: validation writes nothing, a commit writes all
 * rows or none, the same content committed again changes nothing, the update option, double aid
 * across schools, the uploader's scope, students matched in the registry, and what is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterImportTests {

    static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);

    @Autowired
    ImportingRoster importing;

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @TempDir
    Path dir;

    private RosterImportView importAs(CurrentAccount account, Path file, ImportMode mode, boolean update) {
        return importing.submit(Rosters.upload(file), AUTUMN_2026, mode, update, account, true);
    }

    private RosterImportView commit(List<Rosters.Line> lines) {
        Path file = Rosters.xlsx(dir.resolve("r" + System.nanoTime() + ".xlsx"), lines);
        return importAs(Rosters.countyStaff(), file, ImportMode.COMMIT, false);
    }

    @Test
    void validatesACleanFileWritingNothingThenCommitsItAndACommitOfTheSameFileChangesNothing() {
        List<Rosters.Line> lines = Rosters.pupils(3);
        Path file = Rosters.xlsx(dir.resolve("clean.xlsx"), lines);
        long audits = audits();

        RosterImportView validated = importAs(Rosters.countyStaff(), file, ImportMode.VALIDATE, false);
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(problems(validated, Rosters.countyStaff()))
                .extracting(p -> p.code() + p.error())
                .containsOnly("award.identification.missingTransitionfalse");
        assertThat(validated.rowsRead()).isEqualTo(3);
        assertThat(validated.awardsCreated()).isEqualTo(3);
        assertThat(validated.canCommit()).isTrue();
        assertThat(awardsOf(lines)).isZero();
        assertThat(studentsOf(lines)).isZero();

        RosterImportView committed = importAs(Rosters.countyStaff(), file, ImportMode.COMMIT, false);
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(committed.awardsCreated()).isEqualTo(3);
        assertThat(committed.studentsRegistered()).isEqualTo(3);
        assertThat(awardsOf(lines)).isEqualTo(3);
        assertThat(studentsOf(lines)).isEqualTo(3);
        assertThat(audits()).isEqualTo(audits + 1);

        RosterImportView again = importAs(Rosters.countyStaff(), file, ImportMode.COMMIT, false);
        assertThat(again.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(again.sameAsImportId()).isEqualTo(committed.id());
        assertThat(again.awardsCreated()).isZero();
        assertThat(awardsOf(lines)).isEqualTo(3);
        assertThat(audits()).isEqualTo(audits + 1);
    }

    @Test
    void theSameRowsInAnotherFileChangeNothingEither() {
        List<Rosters.Line> lines = Rosters.pupils(2);
        commit(lines);

        RosterImportView csv = importAs(
                Rosters.countyStaff(),
                Rosters.csv(dir.resolve("same.csv"), lines, CsvEncoding.UTF8_WITH_BOM),
                ImportMode.COMMIT,
                false);

        assertThat(csv.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(csv.awardsUnchanged()).isEqualTo(2);
        assertThat(csv.awardsCreated()).isZero();
        assertThat(csv.studentsMatched()).isEqualTo(2);
        assertThat(awardsOf(lines)).isEqualTo(2);
    }

    @Test
    void aCommitWithOneErrorWritesNothingAndReportsTheRowAndColumnWithoutEchoingTheIdNumber() {
        List<Rosters.Line> lines = Rosters.pupils(3);
        String id = lines.get(1).get(RosterColumn.ID_NUMBER);
        lines.get(1).set(RosterColumn.ID_NUMBER, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));

        RosterImportView view = commit(lines);

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(view.refusalMessage()).contains("1个错误", "未导入任何数据");
        assertThat(problems(view)).extracting(ImportProblem::sentence).containsExactly("第3行 证件号码：校验位错误，请核对后重新填写");
        assertThat(problems(view)).allSatisfy(p -> assertThat(p.message()).doesNotContain(id.substring(6, 14)));
        assertThat(awardsOf(lines)).isZero();
        assertThat(studentsOf(lines)).isZero();
        assertThat(view.hasErrorWorkbook()).isTrue();
    }

    @Test
    void updatesExistingAwardsOnlyWhenAskedTo() {
        List<Rosters.Line> lines = Rosters.pupils(2);
        commit(lines);
        lines.get(0).set(RosterColumn.TIER, "非寄宿生").set(RosterColumn.AMOUNT, "250");

        RosterImportView refused = commit(lines);
        assertThat(refused.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(problems(refused)).extracting(p -> p.row() + " " + p.code()).containsExactly("2 award.exists");

        RosterImportView updated = importAs(
                Rosters.countyStaff(), Rosters.xlsx(dir.resolve("update.xlsx"), lines), ImportMode.COMMIT, true);
        assertThat(updated.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(updated.awardsUpdated()).isEqualTo(1);
        assertThat(updated.awardsUnchanged()).isEqualTo(1);
        assertThat(award(lines.get(0))).containsEntry("tier", "非寄宿生").containsEntry("amount", "250.00");
    }

    @Test
    void refusesDoubleAidFromAnotherSchoolNamingItOnlyToThoseWhoSeeIt() {
        long anding = schools.byCode(Rosters.ANDING_PRIMARY).orElseThrow().id();
        Rosters.Line atSanshi = Rosters.pupil("周小军");
        commit(List.of(atSanshi));
        Rosters.Line atAnding = atSanshi.copy()
                .set(RosterColumn.SCHOOL_CODE, Rosters.ANDING_PRIMARY)
                .set(RosterColumn.SCHOOL_NAME, "")
                .set(RosterColumn.HOUSEHOLD_TOWNSHIP, "安定镇")
                .set(RosterColumn.REMARK, "转学");

        RosterImportView bySchool = importAs(
                Rosters.schoolStaff(anding),
                Rosters.xlsx(dir.resolve("anding.xlsx"), List.of(atAnding)),
                ImportMode.COMMIT,
                true);
        RosterImportView byCounty = importAs(
                Rosters.countyStaff(),
                Rosters.xlsx(dir.resolve("county.xlsx"), List.of(atAnding)),
                ImportMode.VALIDATE,
                false);

        assertThat(bySchool.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(problems(bySchool, Rosters.schoolStaff(anding)))
                .extracting(ImportProblem::code)
                .containsExactly("student.idNumber.registered");
        assertThat(problems(byCounty).stream().filter(ImportProblem::error))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("award.doubleAid.visible");
                    assertThat(p.message()).contains("平江县三市镇中心小学");
                });
        assertThat(award(atSanshi)).containsEntry("school_code", Rosters.SANSHI_PRIMARY);
    }

    @Test
    void countyStaffMoveTheAwardOfATransferredStudentWithTheUpdateOption() {
        Rosters.Line atSanshi = Rosters.pupil("吴小兰");
        commit(List.of(atSanshi));
        Rosters.Line atAnding = atSanshi.copy()
                .set(RosterColumn.SCHOOL_CODE, Rosters.ANDING_PRIMARY)
                .set(RosterColumn.SCHOOL_NAME, "")
                .set(RosterColumn.REMARK, "已转学至安定镇中心小学");

        RosterImportView moved = importAs(
                Rosters.countyStaff(),
                Rosters.xlsx(dir.resolve("moved.xlsx"), List.of(atAnding)),
                ImportMode.COMMIT,
                true);

        assertThat(moved.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(moved.awardsUpdated()).isEqualTo(1);
        assertThat(problems(moved))
                .extracting(ImportProblem::code)
                .contains("award.movedSchool", "award.student.transferred");
        assertThat(award(atSanshi)).containsEntry("school_code", Rosters.ANDING_PRIMARY);
    }

    @Test
    void aRowAtAnotherSchoolOfTheScopeThatDoesNotSayTransferIsAWrongSchool() {
        Rosters.Line atSanshi = Rosters.pupil("邹小梅");
        commit(List.of(atSanshi));
        Rosters.Line atAnding = atSanshi.copy()
                .set(RosterColumn.SCHOOL_CODE, Rosters.ANDING_PRIMARY)
                .set(RosterColumn.SCHOOL_NAME, "");

        RosterImportView wrong = importAs(
                Rosters.countyStaff(),
                Rosters.xlsx(dir.resolve("wrong.xlsx"), List.of(atAnding)),
                ImportMode.COMMIT,
                true);

        assertThat(wrong.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(problems(wrong))
                .filteredOn(p -> p.code().equals("award.student.registeredAtOtherSchool"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.row() + " " + p.column()).isEqualTo("2 学校标识码");
                    assertThat(p.message()).contains("另一所学校", "备注", "转学", "学校标识码改为");
                });
        assertThat(award(atSanshi)).containsEntry("school_code", Rosters.SANSHI_PRIMARY);
    }

    @Test
    void aSchoolMayImportOnlyRowsOfItsOwnSchool() {
        long anding = schools.byCode(Rosters.ANDING_PRIMARY).orElseThrow().id();
        List<Rosters.Line> lines = List.of(Rosters.pupil("吴小东"), Rosters.pupil("郑小南"));

        RosterImportView view = importAs(
                Rosters.schoolStaff(anding), Rosters.xlsx(dir.resolve("other.xlsx"), lines), ImportMode.COMMIT, false);

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(problems(view, Rosters.schoolStaff(anding)))
                .extracting(p -> p.row() + " " + p.column() + " " + p.code())
                .containsExactly("2 学校标识码 award.school.notOwnSchool", "3 学校标识码 award.school.notOwnSchool");
        assertThat(awardsOf(lines)).isZero();
        assertThat(importing.find(view.id(), DataScope.school(anding))).isPresent();
        assertThat(importing.find(
                        view.id(),
                        DataScope.school(schools.byCode(Rosters.SANSHI_PRIMARY)
                                .orElseThrow()
                                .id())))
                .isEmpty();
        assertThat(importing.find(view.id(), DataScope.region("430626"))).isPresent();
    }

    @Test
    void matchesARegisteredDemoStudentByIdNumberAndRefusesAnotherName() {
        long sanshi = schools.byCode(Rosters.SANSHI_PRIMARY).orElseThrow().id();
        DataScope county = DataScope.region("430626");
        StudentRow demo = registry.search(StudentSearch.ofSchool(sanshi), county, Paging.first())
                .content()
                .getFirst();
        RevealedStudent revealed = registry.reveal(demo.id(), county);
        Rosters.Line line = Rosters.pupil(demo.name())
                .set(RosterColumn.ID_NUMBER, revealed.idNumber())
                .set(RosterColumn.GRADE, demo.grade())
                .set(RosterColumn.HOUSEHOLD_TOWNSHIP, demo.householdTownship());

        RosterImportView matched = commit(List.of(line));
        RosterImportView renamed = importAs(
                Rosters.countyStaff(),
                Rosters.xlsx(dir.resolve("renamed.xlsx"), List.of(line.copy().set(RosterColumn.STUDENT_NAME, "另一人"))),
                ImportMode.VALIDATE,
                false);

        assertThat(matched.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(matched.studentsMatched()).isEqualTo(1);
        assertThat(matched.studentsRegistered()).isZero();
        assertThat(award(line)).containsEntry("student_id", String.valueOf(demo.id()));
        assertThat(problems(renamed)).extracting(ImportProblem::code).contains("award.student.nameDiffersFromRegistry");
    }

    @Test
    void storesTheRosterFactsWithSensitiveValuesSealedAndMasked() {
        Rosters.Line line = Rosters.pupil("郑小燕")
                .set(RosterColumn.HOUSEHOLD_VILLAGE, "")
                .set(RosterColumn.REMARK, "家访核实")
                .set(RosterColumn.DIFFICULTY_TYPE, "低保户");

        commit(List.of(line));

        Map<String, String> award = award(line);
        assertThat(award)
                .containsEntry("programme_code", "PRIMARY_LIVING_SUBSIDY")
                .containsEntry("stage", "PRIMARY")
                .containsEntry("tier", "寄宿生")
                .containsEntry("amount", "500.00")
                .containsEntry("special_channel", "false")
                .containsEntry("difficulty_type", "最低生活保障家庭学生")
                .containsEntry("household_township_code", "430626102")
                .containsEntry("id_number_masked", Masking.idNumber(line.get(RosterColumn.ID_NUMBER)))
                .containsEntry("card_number_masked", Masking.bankCard(line.get(RosterColumn.CARD_NUMBER)))
                .containsEntry("phone_masked", Masking.phone(line.get(RosterColumn.PHONE)));
        assertThat(award.get("phone_sealed")).doesNotContain(line.get(RosterColumn.PHONE));
        assertThat(award.get("card_number_sealed")).doesNotContain(line.get(RosterColumn.CARD_NUMBER));
        assertThat(award.values()).noneMatch(v -> v != null && v.contains(line.get(RosterColumn.ID_NUMBER)));
    }

    @Test
    void marksImportsLeftRunningByAStoppedServerAsFailedAndLeavesLiveOnesAlone() {
        long ours = running(jobs.runner(), "now()");
        long otherStale = running("another-server:8080", "now() - interval '1 hour'");
        long otherLive = running("another-server:8080", "now()");

        jobs.failAbandonedAtStart();

        assertThat(statusOf(ours)).isEqualTo("FAILED");
        assertThat(statusOf(otherStale)).isEqualTo("FAILED");
        assertThat(statusOf(otherLive)).isEqualTo("RUNNING");
        assertThat(importing.get(ours, DataScope.region("430626")).refusalMessage())
                .contains("服务器停止运行", "未导入任何数据");
        jdbc.sql("UPDATE award_import SET status = 'FAILED' WHERE id = :id")
                .param("id", otherLive)
                .update();
    }

    private long running(String runner, String heartbeat) {
        return jdbc.sql("""
                        INSERT INTO award_import (term, mode, update_existing, status, file_name, file_bytes, uploaded_by, runner,
                                                  scope_region, heartbeat_at)
                        VALUES ('2026-AUTUMN', 'COMMIT', false, 'RUNNING', 'x.xlsx', 1, 'test', :runner, '430626', %s)
                        RETURNING id""".formatted(heartbeat))
                .param("runner", runner)
                .query(Long.class)
                .single();
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM award_import WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private List<ImportProblem> problems(RosterImportView view) {
        return Rosters.besidesIdentification(problems(view, Rosters.countyStaff()));
    }

    private List<ImportProblem> problems(RosterImportView view, CurrentAccount account) {
        return importing
                .problems(view.id(), account.scope(), null, new Paging(1, 100))
                .content();
    }

    private long audits() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'IMPORT'")
                .query(Long.class)
                .single();
    }

    private long studentsOf(List<Rosters.Line> lines) {
        return lines.stream()
                .mapToLong(l -> registry.findByIdNumber(l.get(RosterColumn.ID_NUMBER), DataScope.region("430626"))
                                .isPresent()
                        ? 1
                        : 0)
                .sum();
    }

    private long awardsOf(List<Rosters.Line> lines) {
        return lines.stream().mapToLong(l -> award(l).isEmpty() ? 0 : 1).sum();
    }

    /** The award of the line's student in 2026-AUTUMN, found by the masked ID and the name. */
    private Map<String, String> award(Rosters.Line line) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT * FROM award_award WHERE term = '2026-AUTUMN' AND id_number_masked = :masked AND student_name = :name
                        """)
                .param("masked", Masking.idNumber(line.get(RosterColumn.ID_NUMBER)))
                .param("name", line.get(RosterColumn.STUDENT_NAME))
                .query()
                .listOfRows();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, String> award = new java.util.HashMap<>();
        rows.getFirst().forEach((k, v) -> award.put(k, v == null ? null : v.toString()));
        return award;
    }

    static Set<String> codes(List<ImportProblem> problems) {
        return Set.copyOf(problems.stream().map(ImportProblem::code).toList());
    }
}
