package com.aidloop.comparison.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.RecoveryEntry;
import com.aidloop.award.RecoveryRefused;
import com.aidloop.award.RecoveryStatus;
import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListFiles;
import com.aidloop.comparison.ListRefused;
import com.aidloop.comparison.ListUpload;
import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.MoneyIntegrity;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worklists the matching writes: a listed family's pupil with neither identification nor a
 * need-based award is 应助未助 for the school, a school-age sibling in no school goes to the
 * township; an aided pupil whose father owns a dear car is 四项比对 for the county, decided to
 * 追回资金 (shown by the integrity check) or 取消认定 (the award unconfirmed). Each test imports
 * its lists for a county code of its own and reads only its own students' items.
 */
@SpringBootTest
class WorklistTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    com.aidloop.comparison.Matching matching;

    @Autowired
    Worklists worklists;

    @Autowired
    SuspectDecisions decisions;

    @Autowired
    MoneyIntegrity integrity;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    SchoolView school;
    CurrentAccount county =
            new CurrentAccount(-1, "worklist-test", "测试员", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null);
    CurrentAccount checker =
            new CurrentAccount(-3, "worklist-checker", "复核员", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null);

    @BeforeEach
    void aSchoolOfTheDemoCounty() {
        school = schools.open(SchoolFixtures.primarySchool("比对待办测试小学", People.TOWNSHIP), SchoolFixtures.county());
    }

    @Test
    void aListedPupilWithoutAidIsAnItemOfTheSchoolAndASiblingOutOfSchoolOneOfTheTownship() {
        StudentInput pupil = withSibling(People.pupil("范小禾", school.id()), People.idNumber(2015, false));
        long pupilId = students.register(pupil, SchoolFixtures.county()).id();
        StudentInput aided = People.pupil("范有助", school.id());
        long aidedId = students.register(aided, SchoolFixtures.county()).id();
        AwardSeeds.student(term(), aidedId).confirmed().insert(jdbc);

        importList("SUBSISTENCE_ALLOWANCE", List.of("姓名", "身份证号码"), List.of(father(pupil), father(aided)));

        List<WorklistItem> items = items(WorklistKind.UNAIDED, pupilId, aidedId);
        assertThat(items).extracting(WorklistItem::route).containsExactlyInAnyOrder("学校", "乡镇（疑似失学或外地就读）");
        WorklistItem atSchool =
                items.stream().filter(i -> i.route().equals("学校")).findFirst().orElseThrow();
        assertThat(atSchool.studentName()).isEqualTo("范小禾");
        assertThat(atSchool.category()).isEqualTo("城乡低保");
        assertThat(atSchool.via()).isEqualTo("监护人");
        WorklistItem sibling =
                items.stream().filter(i -> i.via().equals("兄弟姐妹")).findFirst().orElseThrow();
        assertThat(sibling.subjectName()).isEqualTo("范小妹");
        assertThat(sibling.subjectMasked()).doesNotContain("2015");

        CurrentAccount schoolStaff =
                new CurrentAccount(-2, "worklist-school", "老师", Set.of(Role.SCHOOL_STAFF), null, school.id());
        assertThatThrownBy(() -> worklists.close(
                        List.of(atSchool.id()),
                        WorklistKind.UNAIDED,
                        new Worklists.Closing("AIDED", "", "PHONE", null, "王老师", "已联系"),
                        schoolStaff))
                .isInstanceOf(InvalidInput.class);
        int closed = worklists.close(
                List.of(atSchool.id()),
                WorklistKind.UNAIDED,
                new Worklists.Closing("AIDED", "已受理认定申请", "ON_SITE", today(), "王老师", "家中无劳动力，符合条件"),
                schoolStaff);
        assertThat(closed).isEqualTo(1);
        WorklistItem done = worklists.get(atSchool.id(), county);
        assertThat(done.outcome()).isEqualTo(Outcome.AIDED);
        assertThat(done.visit()).contains("实地", "王老师", "家中无劳动力");
        assertThat(audited(atSchool.id())).isEqualTo(1);

        matching.run("MANUAL");
        assertThat(items(WorklistKind.UNAIDED, pupilId, aidedId))
                .extracting(WorklistItem::id)
                .containsExactlyInAnyOrder(atSchool.id(), sibling.id());
        assertThat(worklists.get(atSchool.id(), county).status()).isEqualTo("已办结");
    }

    @Test
    void aSiblingsSealedIdIsOpenedOncePerSchoolYearNotOnEveryRun() {
        StudentInput pupil = withSibling(People.pupil("柯小禾", school.id()), People.idNumber(2016, false));
        long pupilId = students.register(pupil, SchoolFixtures.county()).id();
        importList("SUBSISTENCE_ALLOWANCE", List.of("姓名", "身份证号码"), List.of(father(pupil)));
        long siblingItems = items(WorklistKind.UNAIDED, pupilId).stream()
                .filter(i -> i.via().equals("兄弟姐妹"))
                .count();

        long again = matching.run("MANUAL").id();

        assertThat(siblingItems).isEqualTo(1);
        assertThat(jdbc.sql("SELECT sibling_ids_opened FROM comparison_run WHERE id = :id")
                        .param("id", again)
                        .query(Integer.class)
                        .single())
                .as("every sibling's age was read by an earlier run of the school year")
                .isZero();
        assertThat(items(WorklistKind.UNAIDED, pupilId))
                .extracting(WorklistItem::status)
                .containsOnly("待处理");
        assertThat(jdbc.sql("""
                        SELECT a.age FROM comparison_sibling_age a
                          JOIN registry_household_member h ON h.id_number_index = a.id_index
                         WHERE h.student_id = :id AND h.relation = 'SIBLING'
                        """).param("id", pupilId).query(Integer.class).single())
                .isBetween(9, 10);
    }

    @Test
    void anAidedPupilWhoseFatherOwnsADearCarIsDecidedToRecoverAndTheIntegrityCheckShowsIt() {
        StudentInput dear = People.pupil("车贵", school.id());
        long dearId = students.register(dear, SchoolFixtures.county()).id();
        long awardId = AwardSeeds.student(term(), dearId).confirmed().insert(jdbc);
        StudentInput cheap = People.pupil("车廉", school.id());
        long cheapId = students.register(cheap, SchoolFixtures.county()).id();
        AwardSeeds.student(term(), cheapId).confirmed().insert(jdbc);
        List<String> dearRow = new ArrayList<>(father(dear));
        dearRow.add("小型轿车");
        dearRow.add("32万");
        List<String> cheapRow = new ArrayList<>(father(cheap));
        cheapRow.add("摩托车");
        cheapRow.add("8000");
        importList("VEHICLES", List.of("姓名", "身份证号码", "车辆类型", "购置价格"), List.of(dearRow, cheapRow));

        List<WorklistItem> items = items(WorklistKind.SUSPECT, dearId, cheapId);
        assertThat(items).hasSize(1);
        WorklistItem item = items.getFirst();
        assertThat(item.studentId()).isEqualTo(dearId);
        assertThat(item.attributes()).contains("320000.00");
        assertThat(items(WorklistKind.UNAIDED, dearId, cheapId)).isEmpty();

        CurrentAccount schoolStaff =
                new CurrentAccount(-2, "worklist-school", "老师", Set.of(Role.SCHOOL_STAFF), null, school.id());
        assertThatThrownBy(() -> decisions.verify(item.id(), "有转让证明", schoolStaff))
                .isInstanceOf(ListRefused.class);
        var tooMuch = new SuspectDecisions.Recovery(List.of(awardId), new BigDecimal("600.00"), today(), "SK-1");
        assertThatThrownBy(() -> decisions.recover(item.id(), "家庭有高档车辆", tooMuch, county))
                .isInstanceOf(RecoveryRefused.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("超过"));

        decisions.recover(
                item.id(),
                "家庭有高档车辆，不符合条件",
                new SuspectDecisions.Recovery(List.of(awardId), new BigDecimal("500.00"), today(), "县资助中心收据0001"),
                county);

        assertThat(worklists.get(item.id(), county).outcome()).isEqualTo(Outcome.RECOVERED);
        pendingUntilASecondCountyStaffMemberConfirms(item.id(), awardId);

        IntegrityReport report = integrity.check(term(), DataScope.school(school.id()));
        assertThat(report.recovery().awaitingReview().isZero()).isTrue();
        assertThat(report.recovery().first()).anySatisfy(r -> {
            assertThat(r.awardId()).isEqualTo(awardId);
            assertThat(r.amount().yuan()).isEqualByComparingTo("500.00");
            assertThat(r.voucher()).isEqualTo("县资助中心收据0001");
        });
        assertThat(report.recovery().recovered().amount().yuan()).isEqualByComparingTo("500.00");
        assertThat(audited(item.id())).isEqualTo(1);
    }

    @Test
    void aRejectedRecoveryFreesTheAwardAndOpensTheCaseAgain() {
        StudentInput pupil = People.pupil("车退回", school.id());
        long pupilId = students.register(pupil, SchoolFixtures.county()).id();
        long awardId = AwardSeeds.student(term(), pupilId).confirmed().insert(jdbc);
        List<String> row = new ArrayList<>(father(pupil));
        row.add("小型轿车");
        row.add("40万");
        importList("VEHICLES", List.of("姓名", "身份证号码", "车辆类型", "购置价格"), List.of(row));
        WorklistItem item = items(WorklistKind.SUSPECT, pupilId).getFirst();
        decisions.recover(
                item.id(),
                "家庭有高档车辆",
                new SuspectDecisions.Recovery(List.of(awardId), new BigDecimal("300.00"), today(), "SK-退回"),
                county);
        assertThat(decisions.awards(item.id(), county).getFirst().open().yuan()).isEqualByComparingTo("200.00");
        long entry = decisions.recoveries(item.id(), county).getFirst().entry();

        assertThatThrownBy(() -> decisions.rejectRecovery(item.id(), entry, " ", checker))
                .isInstanceOf(InvalidInput.class);
        decisions.rejectRecovery(item.id(), entry, "收款凭证号与收据不符", checker);

        assertThat(decisions.recoveries(item.id(), county).getFirst().status()).isEqualTo(RecoveryStatus.REJECTED);
        assertThat(decisions.awards(item.id(), county).getFirst().open().yuan()).isEqualByComparingTo("500.00");
        WorklistItem reopened = worklists.get(item.id(), county);
        assertThat(reopened.open()).isTrue();
        assertThat(reopened.outcome()).isNull();
        assertThatThrownBy(() -> decisions.confirmRecovery(item.id(), entry, checker))
                .isInstanceOf(RecoveryRefused.class);
        assertThat(integrity
                        .check(term(), DataScope.school(school.id()))
                        .recovery()
                        .awaitingReview()
                        .isZero())
                .isTrue();
    }

    @Test
    void cancellingTakesTheConfirmationOfThePupilsAwardsOnly() {
        StudentInput pupil = People.pupil("户有房", school.id());
        long pupilId = students.register(pupil, SchoolFixtures.county()).id();
        long awardId = AwardSeeds.student(term(), pupilId).confirmed().insert(jdbc);
        StudentInput other = People.pupil("同校生", school.id());
        long otherId = students.register(other, SchoolFixtures.county()).id();
        long otherAward = AwardSeeds.student(term(), otherId).confirmed().insert(jdbc);
        List<String> row = new ArrayList<>(father(pupil));
        row.add("5");
        importList("REAL_ESTATE", List.of("姓名", "身份证号码", "不动产数量"), List.of(row));

        WorklistItem item = items(WorklistKind.SUSPECT, pupilId).getFirst();
        decisions.cancel(item.id(), "家庭有5套房产", county);

        assertThat(confirmed(awardId)).isFalse();
        assertThat(confirmed(otherAward)).isTrue();
        assertThat(worklists.get(item.id(), county).outcome()).isEqualTo(Outcome.CANCELLED);
    }

    /** The recovery waits apart from recovered money until someone other than its recorder confirms it. */
    private void pendingUntilASecondCountyStaffMemberConfirms(long itemId, long awardId) {
        IntegrityReport pending = integrity.check(term(), DataScope.school(school.id()));
        assertThat(pending.recovery().first()).isEmpty();
        assertThat(pending.recovery().recovered().amount().yuan()).isEqualByComparingTo("0.00");
        assertThat(pending.recovery().awaitingReview().amount().yuan()).isEqualByComparingTo("500.00");
        assertThat(pending.recovery().firstAwaitingReview())
                .extracting(r -> r.awardId())
                .containsExactly(awardId);
        RecoveryEntry recorded = decisions.recoveries(itemId, county).getFirst();
        assertThat(recorded.status()).isEqualTo(RecoveryStatus.PENDING);
        assertThatThrownBy(() -> decisions.confirmRecovery(itemId, recorded.entry(), county))
                .isInstanceOf(RecoveryRefused.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("由您登记"));
        assertThat(decisions
                        .confirmRecovery(itemId, recorded.entry(), checker)
                        .amount()
                        .yuan())
                .isEqualByComparingTo("500.00");
        assertThatThrownBy(() -> decisions.rejectRecovery(itemId, recorded.entry(), "凭证有误", checker))
                .isInstanceOf(RecoveryRefused.class);
    }

    private boolean confirmed(long awardId) {
        return jdbc.sql("SELECT confirmed_at IS NOT NULL FROM award_award WHERE id = :id")
                .param("id", awardId)
                .query(Boolean.class)
                .single();
    }

    private List<WorklistItem> items(WorklistKind kind, Long... studentIds) {
        List<Long> ids = List.of(studentIds);
        return worklists.list(county, new WorklistFilter(kind, null, null, school.id(), null)).stream()
                .filter(i -> ids.contains(i.studentId()))
                .toList();
    }

    private int audited(long itemId) {
        return jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE object_type = 'comparison_worklist_item' AND object_id = :id")
                .param("id", String.valueOf(itemId))
                .query(Integer.class)
                .single();
    }

    private void importList(String type, List<String> header, List<List<String>> rows) {
        String region = String.valueOf(500_000 + ThreadLocalRandom.current().nextInt(400_000));
        importing.submit(
                ListFiles.upload(ListFiles.csv(header, rows), "list.csv"),
                new ListUpload(type, "测试部门", AS_OF, ColumnMapping.none()),
                ListFiles.countyStaff(region));
    }

    private static List<String> father(StudentInput pupil) {
        MemberInput father = pupil.household().getFirst();
        return List.of(father.name(), father.idNumber());
    }

    private static StudentInput withSibling(StudentInput s, String siblingId) {
        List<MemberInput> members = new ArrayList<>(s.household());
        members.add(new MemberInput(null, "范小妹", "妹妹", false, "居民身份证", siblingId, null, null, null, null));
        return new StudentInput(
                s.name(),
                s.gender(),
                s.idType(),
                s.idNumber(),
                s.studentNumber(),
                s.schoolId(),
                s.grade(),
                s.className(),
                s.householdTownship(),
                s.householdVillage(),
                s.residence(),
                members,
                s.aidCard());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Term term() {
        return Term.of(today());
    }
}
