package com.aidloop.registry;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Student lists as the national student-registration system exports them: a title line above
 * the header, the system's column names (many the registry keeps nothing of), 户口所在地 as a
 * place name, members 1 and 2; written as .xlsx or .xls by POI.
 */
public final class RegistrationFiles {

    public static final List<String> HEADER = List.of(
            "学校标识码",
            "学校名称",
            "姓名",
            "性别",
            "出生日期",
            "民族",
            "身份证件类型",
            "身份证件号",
            "全国学籍号",
            "学籍辅号",
            "年级",
            "班级",
            "入学年月",
            "就读方式",
            "户口所在地",
            "户口性质",
            "现住址",
            "是否留守儿童",
            "成员1姓名",
            "成员1关系",
            "成员1是否监护人",
            "成员1身份证件类型",
            "成员1身份证件号",
            "成员1联系电话",
            "成员1工作单位",
            "成员2姓名",
            "成员2关系",
            "成员2是否监护人",
            "成员2身份证件类型",
            "成员2身份证件号",
            "成员2联系电话",
            "成员2工作单位");

    private RegistrationFiles() {}

    /** A pupil of the school in 三市镇, father guardian (with phone), mother without phone. */
    public static List<String> pupil(String schoolCode, String name, String idNumber, String grade, String className) {
        return List.of(
                schoolCode,
                "",
                name,
                "",
                "2014-03-01",
                "汉族",
                "居民身份证",
                idNumber,
                "G" + idNumber,
                "",
                grade,
                className,
                "202009",
                "走读",
                "湖南省岳阳市平江县三市镇",
                "农业户口",
                "平江县三市镇",
                "否",
                "李建国",
                "父亲",
                "是",
                "居民身份证",
                People.idNumber(1985, true),
                People.mobile(),
                "平江县建筑公司",
                "王秀英",
                "母亲",
                "否",
                "居民身份证",
                People.idNumber(1987, false),
                "",
                "");
    }

    /** The row with one cell replaced, by header. */
    public static List<String> with(List<String> row, String header, String value) {
        List<String> changed = new ArrayList<>(row);
        changed.set(HEADER.indexOf(header), value);
        return changed;
    }

    public static Path xlsx(Path file, List<List<String>> rows) {
        return write(new XSSFWorkbook(), file, rows);
    }

    public static Path xls(Path file, List<List<String>> rows) {
        return write(new HSSFWorkbook(), file, rows);
    }

    private static Path write(Workbook workbook, Path file, List<List<String>> rows) {
        try (workbook;
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("学生信息");
            sheet.createRow(0).createCell(0).setCellValue("全国中小学生学籍信息管理系统 学生信息");
            fill(sheet.createRow(1), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 2), rows.get(i));
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UploadedFile upload(Path file) {
        try {
            return new UploadedFile(
                    file.getFileName().toString(),
                    Files.size(file),
                    target -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 平江县资助中心 as the import sees its uploader. */
    public static CurrentAccount countyStaff() {
        return new CurrentAccount(
                0, "test-county-registration-importer", "测试县级资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    }

    private static void fill(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
