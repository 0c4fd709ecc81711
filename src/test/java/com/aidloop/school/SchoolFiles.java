package com.aidloop.school;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * School files as county staff fill them in: the template's header and rows of 平江县 schools,
 * written as .xlsx by POI (text cells, as the template keeps them) or as CSV in a chosen encoding.
 */
public final class SchoolFiles {

    public static final List<String> HEADER = List.of("学校标识码", "学校名称", "学段", "办学性质", "所在乡镇", "地址", "联系人", "联系电话");

    private SchoolFiles() {}

    /** A row of the template's columns; fewer values leave the last cells blank. */
    public static List<String> row(String... cells) {
        List<String> row = new ArrayList<>(List.of(cells));
        while (row.size() < HEADER.size()) {
            row.add("");
        }
        return row;
    }

    /** A new primary school of 平江县 with a fresh code. */
    public static List<String> newSchool(String name, String township) {
        return row(
                SchoolFixtures.nextCode(),
                name,
                "小学",
                "公办",
                township,
                "平江县" + township + "学府路1号",
                "刘老师",
                "13807301234");
    }

    public static Path xlsx(Path file, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("学校信息");
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path xlsx(Path file, List<List<String>> rows) {
        return xlsx(file, HEADER, rows);
    }

    public static Path csv(Path file, List<List<String>> rows, Charset charset) {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append("\r\n");
        }
        try {
            return Files.write(file, text.toString().getBytes(charset));
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
                0, "test-county-school-importer", "测试县级资助中心", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null);
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
