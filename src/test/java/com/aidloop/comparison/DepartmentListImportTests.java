package com.aidloop.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Paging;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county imports department lists as departments send them, and the register finds its
 * students: through the student, the guardian, or a member of a household-wide row. Each test
 * imports for a county of its own (lists replace per region and type), so tests never meet.
 */
@SpringBootTest
class DepartmentListImportTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final List<String> TITLES = List.of("平江县城乡低保对象花名册", "填报单位：县民政局    数据截止日期：2026年10月31日");

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    SpecialDifficultyRegister register;

    @Autowired
    SpecialDifficultyRegistry registry;

    @Autowired
    Matching matching;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    SchoolView school;

    @BeforeEach
    void aSchoolOfTheDemoCounty() {
        school = schools.open(SchoolFixtures.primarySchool("比对测试小学", People.TOWNSHIP), SchoolFixtures.county());
    }

    @Test
    void findsAStudentThroughTheGuardianOnAListWithTitleRowsAndKeepsNoIdNumbers() {
        StudentInput pupil = register("周小兰");
        String fatherId = pupil.household().getFirst().idNumber();
        Path file = ListFiles.workbook(
                false,
                TITLES,
                List.of("序号", "户主姓名", "身份证号码", "类别", "所属乡镇"),
                List.of(List.of("1", "李建国", fatherId, "城乡低保", "南江镇"), List.of("2", "无关人", "430626800101001")));

        ListImportResult result = importing.submit(
                ListFiles.upload(file, "低保名单.xlsx"), upload("SUBSISTENCE_ALLOWANCE", "县民政局"), region("431101"));

        assertThat(result.list().persons()).isEqualTo(1);
        assertThat(result.list().rowsSkipped()).isEqualTo(1);
        assertThat(result.firstProblems().getFirst().sentence())
                .startsWith("第5行 身份证号码：")
                .contains("15位");
        assertThat(jdbc.sql("SELECT count(*) FROM comparison_list_person WHERE list_id = :id AND id_index LIKE '%"
                                + fatherId.substring(6, 14) + "%'")
                        .param("id", result.list().id())
                        .query(Long.class)
                        .single())
                .isZero();
        RegisterEntry entry = register.of(studentId(pupil), today()).orElseThrow();
        assertThat(entry.categoryName()).isEqualTo("城乡低保");
        assertThat(entry.source()).isEqualTo("县民政局");
        assertThat(entry.asOf()).isEqualTo(AS_OF);
        assertThat(entry.status()).isEqualTo(RegisterStatus.IN_REGISTER);
    }

    @Test
    void readsAHouseholdWideXlsWithGPlusIdAndHoldsANameThatDiffers() {
        StudentInput child = register("吴佳");
        StudentInput other = register("郑浩");
        Path file = ListFiles.workbook(
                true,
                List.of("脱贫户信息表"),
                List.of("户主姓名", "户主身份证号", "成员1身份证号", "成员1姓名", "类别", "脱贫年份"),
                List.of(
                        List.of("某某", People.idNumber(1975, true), "G" + child.idNumber(), "吴佳", "脱贫户（继续享受政策）", "2019"),
                        List.of("某某", People.idNumber(1976, true), other.idNumber(), "郑好", "脱贫户", "2020")));
        ColumnMapping mapping =
                new ColumnMapping("户主身份证号", "户主姓名", null, null, List.of("成员1身份证号"), List.of("成员1姓名"), Map.of());

        ListImportResult result = importing.submit(
                ListFiles.upload(file, "脱贫户.xls"),
                new ListUpload("POVERTY_ALLEVIATED", "县乡村振兴局", AS_OF, mapping),
                region("431102"));

        assertThat(result.list().persons()).isEqualTo(4);
        assertThat(register.of(studentId(child), today()).orElseThrow().categoryName())
                .isEqualTo("脱贫户");
        assertThat(register.of(studentId(other), today())).isEmpty();
        List<HeldMatch> held = registry.held(county(SchoolFixtures.COUNTY));
        HeldMatch mismatch = held.stream()
                .filter(h -> h.studentId() == studentId(other))
                .findFirst()
                .orElseThrow();
        assertThat(mismatch.listName()).isEqualTo("郑好");
        assertThat(mismatch.registeredName()).isEqualTo("郑浩");

        registry.decide(mismatch.id(), true, county(SchoolFixtures.COUNTY));

        assertThat(register.of(studentId(other), today())).isPresent();
        assertThat(importing
                        .rememberedMapping(region("431102"), "县乡村振兴局", "POVERTY_ALLEVIATED")
                        .id())
                .isEqualTo("户主身份证号");
    }

    @Test
    void aListOfTheSameDateReplacesAndAnOlderOneIsRefused() {
        StudentInput first = register("冯一");
        StudentInput second = register("陈二");
        CurrentAccount county = region("431103");
        importing.submit(csv(first), upload("NEEDY_WORKERS", "县总工会"), county);

        ListImportResult replaced = importing.submit(csv(second), upload("NEEDY_WORKERS", "县总工会"), county);

        assertThat(replaced.run().ended()).isGreaterThanOrEqualTo(1);
        assertThat(register.of(studentId(first), today()).orElseThrow().status())
                .isEqualTo(RegisterStatus.TRANSITION);
        assertThat(register.of(studentId(second), today()).orElseThrow().status())
                .isEqualTo(RegisterStatus.IN_REGISTER);
        assertThatThrownBy(() -> importing.submit(
                        csv(first),
                        new ListUpload("NEEDY_WORKERS", "县总工会", AS_OF.minusDays(1), ColumnMapping.none()),
                        county))
                .isInstanceOf(ListRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("2026-10-31", "更早");
        assertThat(importing.lists(county, Paging.of(1, 10)).content())
                .extracting(DepartmentListView::current)
                .containsExactly(true, false);
    }

    @Test
    void refusesWrongColumnsAndAFileWithoutUsableRowsLeavingNothing() {
        CurrentAccount county = region("431104");
        Path wrong = ListFiles.csv(List.of("名字", "号码"), List.of(List.of("甲", People.idNumber(1980, true))));
        Path destroyed = ListFiles.csv(List.of("姓名", "身份证号码"), List.of(List.of("甲", "4.30626E+17")));

        assertThatThrownBy(
                        () -> importing.submit(ListFiles.upload(wrong, "wrong.csv"), upload("ORPHAN", "县民政局"), county))
                .isInstanceOf(ListRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("身份证号码", "列对应");
        assertThatThrownBy(() -> importing.submit(
                        ListFiles.upload(destroyed, "destroyed.csv"), upload("ORPHAN", "县民政局"), county))
                .isInstanceOf(ListRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("科学计数法");
        assertThatThrownBy(() -> importing.submit(
                        ListFiles.upload(wrong, "wrong.csv"),
                        new ListUpload(
                                "ORPHAN",
                                "县民政局",
                                AS_OF,
                                new ColumnMapping("号码", "名字", "乡镇", null, List.of(), List.of(), Map.of())),
                        county))
                .isInstanceOf(InvalidValue.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("乡镇", "名字");
        assertThat(importing.lists(county, Paging.of(1, 10)).totalElements()).isZero();
    }

    @Test
    void twoUploadsAtOnceLeaveOneCurrentList() throws Exception {
        StudentInput pupil = register("蒋三");
        CurrentAccount county = region("431121");
        Callable<ListImportResult> upload =
                () -> importing.submit(csv(pupil), upload("ENTITLED_GROUPS", "县退役军人事务局"), county);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<ListImportResult> a = two.submit(upload);
            Future<ListImportResult> b = two.submit(upload);
            a.get();
            b.get();
        } finally {
            two.shutdown();
        }

        assertThat(importing.lists(county, Paging.of(1, 10)).content())
                .extracting(DepartmentListView::current)
                .containsExactlyInAnyOrder(true, false);
        assertThat(matching.run("MANUAL").added()).isZero();
    }

    @Test
    void aSchoolAccountCannotImportAndAnotherCountySeesNoList() {
        CurrentAccount schoolStaff = new CurrentAccount(
                -1, "list-test-school", "学校", java.util.Set.of(com.aidloop.iam.Role.SCHOOL_STAFF), null, school.id());

        assertThatThrownBy(() -> importing.submit(csv(register("韩四")), upload("ORPHAN", "县民政局"), schoolStaff))
                .isInstanceOf(ListRefused.class)
                .hasMessage("comparison.list.regionOnly");
        long id = importing
                .submit(csv(register("韩五")), upload("ORPHAN", "县民政局"), region("431122"))
                .list()
                .id();
        assertThatThrownBy(() -> importing.list(id, region("431123"))).isInstanceOf(ListRefused.class);
    }

    @Test
    void theMonthlyRunIsClaimedByOneServerOnly() {
        boolean first = matching.runMonthOnce("server-a");
        boolean second = matching.runMonthOnce("server-b");

        assertThat(first && second).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM comparison_monthly_claim WHERE month = :m")
                        .param("m", today().toString().substring(0, 7))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private Path csvFile(StudentInput pupil) {
        return ListFiles.csv(List.of("姓名", "身份证号码"), List.of(List.of(pupil.name(), pupil.idNumber())));
    }

    private com.aidloop.shared.UploadedFile csv(StudentInput pupil) {
        return ListFiles.upload(csvFile(pupil), "list.csv");
    }

    private static ListUpload upload(String type, String department) {
        return new ListUpload(type, department, AS_OF, ColumnMapping.none());
    }

    private static CurrentAccount county(String code) {
        return ListFiles.countyStaff(code);
    }

    /** Lists replace per region and type: each test imports for a region code of this run only. */
    private static final java.util.Map<String, String> REGIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static CurrentAccount region(String name) {
        return county(REGIONS.computeIfAbsent(
                name,
                n -> String.valueOf(500_000
                        + java.util.concurrent.ThreadLocalRandom.current().nextInt(400_000))));
    }

    /** The platform's today: China time, as the matching run records ends. */
    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private StudentInput register(String name) {
        StudentInput input = People.pupil(name, school.id());
        students.register(input, SchoolFixtures.county());
        return input;
    }

    private long studentId(StudentInput input) {
        return students.findByIdNumber(input.idNumber(), SchoolFixtures.county())
                .orElseThrow()
                .id();
    }
}
