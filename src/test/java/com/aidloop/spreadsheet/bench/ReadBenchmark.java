package com.aidloop.spreadsheet.bench;

import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reading benchmark kept with the project (run by bench/spreadsheet-read.sh, not by the
 * test suite). Modes:
 * <ul>
 *   <li>{@code generate FILE ROWS} writes a 24-column roster with a shared-strings table;</li>
 *   <li>{@code stream FILE} reads it through {@link SpreadsheetReader}, touching every cell and
 *       checking ID numbers, cards and amounts with the shared value types;</li>
 *   <li>{@code poi FILE} loads it into POI's {@code XSSFWorkbook} and formats every cell, the
 *       baseline most systems use.</li>
 * </ul>
 * Each timing mode prints one line starting with "RESULT".
 */
public final class ReadBenchmark {

    private ReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> {
                long start = System.nanoTime();
                RosterWorkbookGenerator.write(file, Integer.parseInt(args[2]));
                System.out.printf(
                        Locale.ROOT,
                        "generated %s rows=%s size=%.1f MB in %.1f s%n",
                        file,
                        args[2],
                        Files.size(file) / 1048576.0,
                        seconds(start));
            }
            case "stream" -> stream(file);
            case "poi" -> poi(file);
            default -> throw new IllegalArgumentException("mode: generate | stream | poi");
        }
    }

    private static void stream(Path file) {
        long start = System.nanoTime();
        long rows = 0;
        long chars = 0;
        long invalid = 0;
        try (RowSource source = SpreadsheetReader.open(file, file.getFileName().toString(), ReadLimits.DEFAULT)) {
            Header header = source.findHeader(new LinkedHashSet<>(List.of(RosterWorkbookGenerator.HEADERS)));
            for (Optional<SheetRow> next = source.next(); next.isPresent(); next = source.next()) {
                SheetRow row = next.get();
                rows++;
                for (String cell : row.cells()) {
                    chars += cell.length();
                }
                invalid += check(header, row);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT stream rows=%d chars=%d invalid=%d seconds=%.2f peakHeapMB=%d maxHeapMB=%d%n",
                rows,
                chars,
                invalid,
                seconds(start),
                peakHeapMb(),
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static int check(Header header, SheetRow row) {
        int invalid = 0;
        try {
            IdNumber.parse(header.cell(row, "身份证号"));
            new BankCardNumber(header.cell(row, "资助卡号"));
            Money.yuan(header.cell(row, "资助金额（元）"));
        } catch (InvalidValue rejected) {
            invalid++;
        }
        return invalid;
    }

    private static void poi(Path file) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        long chars = 0;
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new File(file.toString()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                rows++;
                for (Cell cell : row) {
                    chars += formatter.formatCellValue(cell).length();
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT poi rows=%d chars=%d seconds=%.2f peakHeapMB=%d maxHeapMB=%d%n",
                rows,
                chars,
                seconds(start),
                peakHeapMb(),
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
