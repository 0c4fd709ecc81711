package com.aidloop.comparison;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Department lists as departments send them: title lines above the header (单位、截止日期),
 * written as .xlsx, .xls or UTF-8 .csv; and the county accounts that import them.
 */
public final class ListFiles {

    private ListFiles() {}

    /** An .xlsx (or .xls) with the title lines, then the header and rows, on one sheet. */
    public static Path workbook(boolean xls, List<String> titles, List<String> header, List<List<String>> rows) {
        try (Workbook book = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("名单");
            int r = 0;
            for (String title : titles) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
            }
            write(sheet.createRow(r++), header);
            for (List<String> row : rows) {
                write(sheet.createRow(r++), row);
            }
            return saved(book, xls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook of several sheets, in order: each sheet's name and its rows (the first row of a
     * cover sheet is its note); {@code hidden} names sheets hidden in the workbook.
     */
    public static Path sheets(boolean xls, java.util.Map<String, List<List<String>>> sheets, Set<String> hidden) {
        try (Workbook book = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            for (var entry : sheets.entrySet()) {
                Sheet sheet = book.createSheet(entry.getKey());
                int r = 0;
                for (List<String> row : entry.getValue()) {
                    write(sheet.createRow(r++), row);
                }
                if (hidden.contains(entry.getKey())) {
                    book.setSheetHidden(book.getSheetIndex(sheet), true);
                }
            }
            return saved(book, xls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path csv(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
        rows.forEach(r -> text.append(String.join(",", r)).append('\n'));
        try {
            Path file = Files.createTempFile("list-", ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UploadedFile upload(Path file, String name) {
        try {
            return new UploadedFile(
                    name, Files.size(file), target -> Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A county staff account of the given county. */
    public static CurrentAccount countyStaff(String countyCode) {
        return new CurrentAccount(-1, "list-test-" + countyCode, "测试员", Set.of(Role.COUNTY_STAFF), countyCode, null);
    }

    private static Path saved(Workbook book, boolean xls) throws IOException {
        Path file = Files.createTempFile("list-", xls ? ".xls" : ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
