package com.aidloop.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real office suite for tests: Debian's LibreOffice Calc (package libreoffice-calc-nogui), run
 * headless to open a workbook and save it in another format, as a person at the county would.
 * When it is missing the test is skipped, unless AIDLOOP_REQUIRE_OFFICE=true (CI), where it fails.
 */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    /** Comma, double quote, UTF-8; cells as shown. */
    public static final String CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76";

    public static final String XLSX = "xlsx:Calc MS Excel 2007 XML";
    public static final String XLS = "xls:MS Excel 97";

    private LibreOffice() {}

    /** Skips the calling test when LibreOffice is not installed, or fails it in CI. */
    public static void require() {
        boolean installed = Files.isExecutable(SOFFICE);
        if (!installed && "true".equals(System.getenv("AIDLOOP_REQUIRE_OFFICE"))) {
            throw new IllegalStateException("AIDLOOP_REQUIRE_OFFICE is set but /usr/bin/soffice is missing");
        }
        assumeTrue(installed, "LibreOffice is not installed: apt-get install libreoffice-calc-nogui");
    }

    /**
     * Opens {@code file} in LibreOffice and saves it as {@code filter} (e.g. {@link #XLSX}) into
     * {@code folder}; returns the new file. {@code inputFilter} (may be null) says how to read it.
     */
    public static Path convert(Path file, String filter, String inputFilter, Path folder) {
        require();
        try {
            Files.createDirectories(folder);
            Path profile = Files.createTempDirectory("aidloop-libreoffice");
            List<String> command = new ArrayList<>(List.of(
                    SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore"));
            if (inputFilter != null) {
                command.add("--infilter=" + inputFilter);
            }
            command.addAll(List.of("--convert-to", filter, "--outdir", folder.toString(), file.toString()));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice did not finish converting " + file);
            }
            String name = file.getFileName().toString();
            String extension = filter.substring(0, filter.indexOf(':'));
            Path converted = folder.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
            if (process.exitValue() != 0 || !Files.isRegularFile(converted)) {
                throw new IllegalStateException("LibreOffice could not convert " + file + ": " + output);
            }
            return converted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The non-blank rows of a workbook's first sheet as LibreOffice shows them, read back through its CSV. */
    public static List<List<String>> cellsAsShown(Path workbook, Path folder) {
        Path csv = convert(workbook, CSV_UTF8, null, folder);
        try (RowSource rows = SpreadsheetReader.open(csv, csv.getFileName().toString(), ReadLimits.DEFAULT)) {
            return rows.rows().map(SheetRow::cells).toList();
        }
    }
}
