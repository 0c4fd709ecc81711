package com.aidloop.demo;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.registry.ImportingStudents;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Gender;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.Paging;
import com.aidloop.shared.UploadedFile;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first day of the demo county, students: 三市镇中心小学's aid officer (account "school")
 * downloaded the school's list from the registration system at the start of the term, with
 * {@link #NEW_PUPILS} pupils who came from another county, and validated it (校验): the import waits
 * at its 确认导入 step, every row clean (the registered pupils unchanged, the newcomers to register).
 * Once: a school with any registration import keeps its own.
 */
@Component
class DemoRegistrationImport {

    static final String SCHOOL_CODE = "2143062611";
    static final int NEW_PUPILS = 6;

    private final ObjectProvider<ImportingStudents> importing;
    private final ObjectProvider<SchoolManagement> schools;
    private final ObjectProvider<AccountManagement> accounts;
    private final boolean wanted;

    /** Beans of other modules come through providers: module tests start only some modules. */
    DemoRegistrationImport(
            ObjectProvider<ImportingStudents> importing,
            ObjectProvider<SchoolManagement> schools,
            ObjectProvider<AccountManagement> accounts,
            DemoInstallation installation) {
        this.importing = importing;
        this.schools = schools;
        this.accounts = accounts;
        this.wanted = installation.wanted();
    }

    @Order(DemoOrder.REGISTRATION_IMPORT)
    @EventListener(ApplicationReadyEvent.class)
    void validateOnce() {
        ImportingStudents students = importing.getIfAvailable();
        SchoolManagement schoolManagement = schools.getIfAvailable();
        AccountManagement accountManagement = accounts.getIfAvailable();
        if (!wanted || students == null || schoolManagement == null || accountManagement == null) {
            return;
        }
        SchoolView school = schoolManagement.byCode(SCHOOL_CODE).orElse(null);
        if (school == null
                || students.list(DataScope.school(school.id()), Paging.of(1, 1)).totalElements() > 0) {
            return;
        }
        long account = accountManagement.ensureDemoAccount(
                "school", "张敏", EnumSet.of(Role.SCHOOL_STAFF), null, school.id(), DemoRegistration.DEMO_PASSWORD);
        CurrentAccount officer =
                new CurrentAccount(account, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, school.id());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("demo-registration");
            Path list = dir.resolve("三市镇中心小学学籍名单.xlsx");
            writeList(students, school, dir.resolve("export.xlsx"), list);
            students.submit(upload(list), ImportMode.VALIDATE, officer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** The school's list in the system's layout, as exported, with the newcomers at its end. */
    private static void writeList(ImportingStudents students, SchoolView school, Path exported, Path list)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(exported)) {
            students.writeRegistrationList(DataScope.school(school.id()), out);
        }
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        try (RowSource source = SpreadsheetReader.open(exported, "export.xlsx", ReadLimits.DEFAULT)) {
            header = source.next().orElseThrow().cells();
            source.rows().map(SheetRow::cells).forEach(rows::add);
        }
        DemoPeople people = new DemoPeople(20261206L);
        for (int i = 0; i < NEW_PUPILS; i++) {
            rows.add(newcomer(header, school, people));
        }
        try (TableWriter writer = new TableWriter();
                OutputStream out = Files.newOutputStream(list)) {
            writer.addSheet("学生信息", header.stream().map(Column::text).toList(), rows.stream());
            writer.writeTo(out);
        }
    }

    /** A first-year pupil born in 岳阳县 (ID numbers 430621…), with father (guardian) and mother. */
    private static List<String> newcomer(List<String> header, SchoolView school, DemoPeople people) {
        Gender gender = people.gender();
        String surname = people.surname();
        String id =
                people.idNumber("430621", people.birthDate(2020, 2020), gender).value();
        String father = people.idNumber("430621", people.birthDate(1988, 1993), Gender.MALE)
                .value();
        String mother = people.idNumber("430621", people.birthDate(1989, 1994), Gender.FEMALE)
                .value();
        List<String> row = new ArrayList<>();
        for (String column : header) {
            row.add(
                    switch (column) {
                        case "学校标识码" -> school.code();
                        case "学校名称" -> school.name();
                        case "姓名" -> surname + people.givenName(gender);
                        case "性别" -> gender.label();
                        case "身份证件类型", "成员1身份证件类型", "成员2身份证件类型" -> "居民身份证";
                        case "身份证件号" -> id;
                        case "全国学籍号" -> "G" + id;
                        case "年级" -> "一年级";
                        case "班级" -> "1班";
                        case "户口所在地" -> "湖南省岳阳市平江县三市镇托田村";
                        case "户口性质" -> "农业户口";
                        case "成员1姓名" -> surname + people.givenName(Gender.MALE);
                        case "成员1关系" -> "父亲";
                        case "成员1是否监护人" -> "是";
                        case "成员1身份证件号" -> father;
                        case "成员1联系电话" -> people.mobile();
                        case "成员1工作单位", "成员2工作单位" -> "务农";
                        case "成员2姓名" -> people.surname() + people.givenName(Gender.FEMALE);
                        case "成员2关系" -> "母亲";
                        case "成员2是否监护人" -> "否";
                        case "成员2身份证件号" -> mother;
                        default -> "";
                    });
        }
        return row;
    }

    private static UploadedFile upload(Path file) throws IOException {
        return new UploadedFile(
                file.getFileName().toString(),
                Files.size(file),
                target -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary directory left behind holds nothing the demo needs
        }
    }
}
