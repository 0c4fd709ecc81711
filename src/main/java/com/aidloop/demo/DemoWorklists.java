package com.aidloop.demo;

import com.aidloop.award.AwardBook;
import com.aidloop.award.AwardLine;
import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.DepartmentListView;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListUpload;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.RevealedStudent;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.Paging;
import com.aidloop.shared.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Work for the demo county's worklists, made up and marked 演示: two check lists (县财政局 payroll,
 * 县不动产登记中心 properties) naming the fathers of two pupils of 三市镇中心小学 who received a
 * living subsidy in the demo term (四项比对), and a relapse-monitoring list naming a family whose
 * daughter of 13 is in no school of the county (应助未助 for the township). The families of
 * {@link DemoLists} are 应助未助 for their schools already. After DemoLists (which runs first),
 * once: a county with a payroll list keeps its lists.
 */
@Component
class DemoWorklists {

    private static final String SCHOOL = "2143062611";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private final ObjectProvider<ImportingDepartmentLists> lists;
    private final ObjectProvider<RegistryManagement> registry;
    private final ObjectProvider<SchoolManagement> schools;
    private final ObjectProvider<AwardBook> awards;
    private final boolean wanted;

    DemoWorklists(
            ObjectProvider<ImportingDepartmentLists> lists,
            ObjectProvider<RegistryManagement> registry,
            ObjectProvider<SchoolManagement> schools,
            ObjectProvider<AwardBook> awards,
            DemoInstallation installation) {
        this.lists = lists;
        this.registry = registry;
        this.schools = schools;
        this.awards = awards;
        this.wanted = installation.wanted();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.WORKLISTS)
    void importOnce() throws Exception {
        ImportingDepartmentLists importing = lists.getIfAvailable();
        RegistryManagement students = registry.getIfAvailable();
        SchoolManagement schoolManagement = schools.getIfAvailable();
        AwardBook book = awards.getIfAvailable();
        if (!wanted || importing == null || students == null || schoolManagement == null || book == null) {
            return;
        }
        CurrentAccount county = new CurrentAccount(0, "demo", "演示数据", Set.of(Role.COUNTY_STAFF), DemoCounty.CODE, null);
        var school = schoolManagement.byCode(SCHOOL);
        if (school.isEmpty()
                || importing.lists(county, Paging.of(1, 100)).content().stream()
                        .map(DepartmentListView::typeCode)
                        .anyMatch("PUBLIC_PAYROLL"::equals)) {
            return;
        }
        List<String[]> fathers = aidedFathers(book, students, school.get().id());
        if (fathers.size() == 2) {
            importing.submit(
                    csv("财政供养人员.csv", "姓名,身份证号码,工作单位\n" + line(fathers.get(0)[0], fathers.get(0)[1], "某镇卫生院（演示）")),
                    new ListUpload("PUBLIC_PAYROLL", "县财政局（演示）", AS_OF, ColumnMapping.none()),
                    county);
            importing.submit(
                    csv(
                            "不动产登记.csv",
                            "姓名,身份证号码,不动产数量,建筑面积\n" + line(fathers.get(1)[0], fathers.get(1)[1], "4", "465.5")),
                    new ListUpload("REAL_ESTATE", "县不动产登记中心（演示）", AS_OF, ColumnMapping.none()),
                    county);
        }
        String mother =
                registerFamilyWithADaughterOutOfSchool(students, school.get().id());
        importing.submit(
                csv("防返贫监测对象.csv", "姓名,身份证号码,类别\n" + line("甘秀梅", mother, "防返贫监测对象(风险未消除)")),
                new ListUpload("RELAPSE_MONITORING", "县乡村振兴局（演示）", AS_OF, ColumnMapping.none()),
                county);
    }

    /** The names and ID numbers of the guardians of two pupils who received a living subsidy in the demo term. */
    private static List<String[]> aidedFathers(AwardBook book, RegistryManagement students, long schoolId) {
        Map<Long, AwardLine> aided = new LinkedHashMap<>();
        book.forEach(DemoRoster.TERM, DataScope.school(schoolId), line -> {
            if (line.programmeCode().endsWith("LIVING_SUBSIDY") && aided.size() < 12) {
                aided.putIfAbsent(line.studentId(), line);
            }
        });
        List<String[]> fathers = new ArrayList<>();
        for (Long studentId : aided.keySet()) {
            RevealedStudent revealed = students.reveal(studentId, DataScope.school(schoolId));
            revealed.household().stream()
                    .filter(m -> m.idNumber() != null)
                    .findFirst()
                    .ifPresent(m -> fathers.add(new String[] {m.name(), m.idNumber()}));
            if (fathers.size() == 2) {
                break;
            }
        }
        return fathers;
    }

    /** A pupil of 三市镇 whose mother is monitored and whose sister (13) attends no school of the county. */
    private static String registerFamilyWithADaughterOutOfSchool(RegistryManagement students, long schoolId) {
        String pupil = id("20160412", 971);
        String mother = id("19880715", 972);
        String sister = id("20130305", 982);
        students.registerOrMatch(
                new StudentInput(
                        "甘雨泽",
                        null,
                        "居民身份证",
                        pupil,
                        null,
                        schoolId,
                        "四年级",
                        "2班",
                        DemoCounty.SANSHI_TOWN,
                        null,
                        "农村",
                        List.of(
                                new MemberInput(
                                        null, "甘秀梅", "母亲", true, "居民身份证", mother, "13907309971", "务农", null, null),
                                new MemberInput(null, "甘雨欣", "姐姐", false, "居民身份证", sister, null, null, null, null)),
                        null),
                DataScope.region(DemoCounty.CODE));
        return mother;
    }

    /** A valid ID of the demo county with a sequence the generated demo people do not use (9xx). */
    private static String id(String birth, int sequence) {
        String first17 = DemoCounty.CODE + birth + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String line(String... cells) {
        return String.join(",", cells) + "\n";
    }

    private static UploadedFile csv(String name, String text) throws java.io.IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new UploadedFile(name, bytes.length, target -> Files.write(target, bytes));
    }
}
