package com.aidloop.demo;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListUpload;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.registry.RegistryManagement;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's department lists, made up and marked 演示: eight families of pupils of
 * 三市镇 and 安定镇 on a 城乡低保 list (one written 刘晓红 where the registry says 刘小红, held for
 * a person to confirm), a household-wide 脱贫户 list, a 持证残疾人 list with a grade, and a
 * 机动车 check list. Imported as the county would import them, once: a county with lists keeps them.
 */
@Component
class DemoLists {

    /** A demo family: the pupil, the guardian's name, and which lists name them. */
    private record Family(String pupil, String guardian, String school, String township, int day) {}

    private static final List<Family> FAMILIES = List.of(
            new Family("彭雨涵", "彭建华", "2143062611", DemoCounty.SANSHI_TOWN, 1),
            new Family("刘小红", "刘国强", "2143062611", DemoCounty.SANSHI_TOWN, 2),
            new Family("黎子轩", "黎志明", "2143062611", DemoCounty.SANSHI_TOWN, 3),
            new Family("汤佳怡", "汤振华", "2143062612", DemoCounty.ANDING_TOWN, 4),
            new Family("毛浩宇", "毛建军", "2143062612", DemoCounty.ANDING_TOWN, 5),
            new Family("龚诗雅", "龚德明", "2143062612", DemoCounty.ANDING_TOWN, 6),
            new Family("喻晨阳", "喻正平", "2143062611", DemoCounty.SANSHI_TOWN, 7),
            new Family("邵可馨", "邵文斌", "2143062612", DemoCounty.ANDING_TOWN, 8));

    private final ObjectProvider<ImportingDepartmentLists> lists;
    private final ObjectProvider<RegistryManagement> registry;
    private final ObjectProvider<SchoolManagement> schools;
    private final boolean wanted;

    /** Other modules come through providers: their module tests start without comparison or registry. */
    DemoLists(
            ObjectProvider<ImportingDepartmentLists> lists,
            ObjectProvider<RegistryManagement> registry,
            ObjectProvider<SchoolManagement> schools,
            DemoInstallation installation) {
        this.lists = lists;
        this.registry = registry;
        this.schools = schools;
        this.wanted = installation.wanted();
    }

    /**
     * After the demo students exist (DemoDataLoader runs at an explicit higher precedence), once; a
     * start that finds no demo school does nothing. Just before DemoExchange, which answers for one
     * of these families.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.LISTS)
    void importOnce() throws Exception {
        ImportingDepartmentLists importing = lists.getIfAvailable();
        RegistryManagement students = registry.getIfAvailable();
        SchoolManagement schoolManagement = schools.getIfAvailable();
        if (!wanted || importing == null || students == null || schoolManagement == null) {
            return;
        }
        CurrentAccount county = new CurrentAccount(0, "demo", "演示数据", Set.of(Role.COUNTY_STAFF), DemoCounty.CODE, null);
        if (importing.lists(county, Paging.of(1, 1)).totalElements() > 0
                || schoolManagement.byCode(FAMILIES.getFirst().school()).isEmpty()) {
            return;
        }
        importLists(importing, county, registerFamilies(students, schoolManagement));
    }

    /** Registers the demo families' pupils (matched if there): name, ID, guardian, guardian's ID. */
    private static List<String[]> registerFamilies(RegistryManagement students, SchoolManagement schoolManagement) {
        List<String[]> people = new ArrayList<>();
        for (Family family : FAMILIES) {
            long schoolId =
                    schoolManagement.byCode(family.school()).orElseThrow().id();
            String child = id("20150" + (family.day() < 5 ? "3" : "9") + "1" + family.day(), 900 + family.day());
            String father = id("1984061" + family.day(), 910 + family.day() * 2 + 1);
            students.registerOrMatch(pupil(family, schoolId, child, father), DataScope.region(DemoCounty.CODE));
            people.add(new String[] {family.pupil(), child, family.guardian(), father});
        }
        return people;
    }

    private static void importLists(ImportingDepartmentLists importing, CurrentAccount county, List<String[]> people)
            throws java.io.IOException {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        importing.submit(
                csv(
                        "城乡低保.csv",
                        "序号,户主姓名,身份证号码,类别,所属乡镇\n"
                                + line("1", people.get(0)[2], people.get(0)[3], "农村低保", "三市镇")
                                + line("2", "刘晓红", people.get(1)[1], "农村低保", "三市镇")
                                + line("3", people.get(2)[2], people.get(2)[3], "城乡特困", "三市镇")
                                + line("4", people.get(3)[2], people.get(3)[3], "农村低保", "安定镇")),
                new ListUpload("SUBSISTENCE_ALLOWANCE", "县民政局（演示）", asOf, ColumnMapping.none()),
                county);
        importing.submit(
                csv(
                        "脱贫户.csv",
                        "户主姓名,户主身份证号,成员1身份证号,成员1姓名,类别,脱贫年份\n"
                                + line(
                                        people.get(4)[2],
                                        people.get(4)[3],
                                        people.get(4)[1],
                                        people.get(4)[0],
                                        "脱贫户(继续享受政策)",
                                        "2019")
                                + line(people.get(5)[2], people.get(5)[3], "", "", "脱贫户(继续享受政策)", "2020")),
                new ListUpload(
                        "POVERTY_ALLEVIATED",
                        "县乡村振兴局（演示）",
                        asOf,
                        new ColumnMapping(
                                "户主身份证号", "户主姓名", null, null, List.of("成员1身份证号"), List.of("成员1姓名"), Map.of())),
                county);
        importing.submit(
                csv("持证残疾人.csv", "姓名,身份证号码,残疾等级\n" + line(people.get(6)[2], people.get(6)[3], "二级")),
                new ListUpload("DISABLED", "县残联（演示）", asOf, ColumnMapping.none()),
                county);
        importing.submit(
                csv("机动车.csv", "姓名,身份证号码,车辆类型,购置价格\n" + line(people.get(7)[2], people.get(7)[3], "小型轿车", "268000")),
                new ListUpload("VEHICLES", "县公安局交警大队（演示）", asOf, ColumnMapping.none()),
                county);
    }

    private static StudentInput pupil(Family family, long schoolId, String child, String father) {
        return new StudentInput(
                family.pupil(),
                null,
                "居民身份证",
                child,
                null,
                schoolId,
                "三年级",
                "1班",
                family.township(),
                null,
                "农村",
                List.of(new MemberInput(
                        null,
                        family.guardian(),
                        "父亲",
                        true,
                        "居民身份证",
                        father,
                        "1390730" + (9000 + family.day()),
                        "务农",
                        null,
                        null)),
                null);
    }

    /** A valid ID of the demo county with a sequence the generated demo people do not use (9xx). */
    private static String id(String birth, int sequence) {
        String first17 = DemoCounty.CODE + birth.substring(0, 8) + String.format("%03d", sequence % 1000);
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
