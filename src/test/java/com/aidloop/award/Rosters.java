package com.aidloop.award;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.registry.People;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.UploadedFile;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.CsvEncoding;
import com.aidloop.spreadsheet.CsvWriter;
import com.aidloop.spreadsheet.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roster files for import tests: lines of a primary pupil of 平江县三市镇中心小学 receiving the
 * boarders' living subsidy in 2026年秋季学期, each with a fresh valid ID number born outside the
 * demo county (People), written as .xlsx (the project's TableWriter) or .csv.
 */
public final class Rosters {

    public static final String SANSHI_PRIMARY = "2143062611";
    public static final String ANDING_PRIMARY = "2143062612";
    public static final String FIRST_HIGH_SCHOOL = "2143062601";
    public static final String SUBSIDY = "义务教育家庭经济困难学生生活补助";

    private Rosters() {}

    /** One line of a roster: the template's columns and their text. */
    public static final class Line {

        private final Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);

        public Line set(RosterColumn column, String value) {
            cells.put(column, value);
            return this;
        }

        public String get(RosterColumn column) {
            return cells.getOrDefault(column, "");
        }

        public Line copy() {
            Line copy = new Line();
            copy.cells.putAll(cells);
            return copy;
        }
    }

    /** A boarding pupil of 三市镇中心小学 with guardian, phone and a Luhn-valid card. */
    public static Line pupil(String name) {
        return new Line()
                .set(RosterColumn.SCHOOL_CODE, SANSHI_PRIMARY)
                .set(RosterColumn.SCHOOL_NAME, "平江县三市镇中心小学")
                .set(RosterColumn.GRADE, "三年级")
                .set(RosterColumn.CLASS_NAME, "2班")
                .set(RosterColumn.STUDENT_NAME, name)
                .set(RosterColumn.ID_TYPE, "居民身份证")
                .set(RosterColumn.ID_NUMBER, People.childId(true))
                .set(RosterColumn.HOUSEHOLD_TOWNSHIP, "三市镇")
                .set(RosterColumn.PROGRAMME, SUBSIDY)
                .set(RosterColumn.TIER, "寄宿生")
                .set(RosterColumn.AMOUNT, "500.00")
                .set(RosterColumn.TERM, "2026年秋季学期")
                .set(RosterColumn.DIFFICULTY_TYPE, "脱贫家庭学生")
                .set(RosterColumn.DIFFICULTY_LEVEL, "特别困难")
                .set(RosterColumn.GUARDIAN_NAME, "李建国")
                .set(RosterColumn.GUARDIAN_ID_NUMBER, People.idNumber(1985, true))
                .set(RosterColumn.PHONE, People.mobile())
                .set(RosterColumn.BANK, "湖南平江农村商业银行")
                .set(RosterColumn.CARD_NUMBER, People.cardNumber());
    }

    /**
     * Whether a problem is the check that an award of a need-based programme rests on an
     * identification (award.identification.*), which the pupils here, never identified, meet as a
     * transition-year warning.
     */
    public static boolean aboutIdentification(ImportProblem problem) {
        return problem.code().startsWith("award.identification.");
    }

    /** The problems besides the identification check's, for tests about something else. */
    public static List<ImportProblem> besidesIdentification(List<ImportProblem> problems) {
        return problems.stream().filter(p -> !aboutIdentification(p)).toList();
    }

    public static List<Line> pupils(int count) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(pupil("测试学生" + (char) ('甲' + i % 10)));
        }
        return lines;
    }

    /** Writes an .xlsx with the header in row 1 and the lines below, every column as text. */
    public static Path xlsx(Path file, List<Line> lines) {
        return xlsx(file, lines, Set.of());
    }

    /** Like {@link #xlsx(Path, List)} without the given columns. */
    public static Path xlsx(Path file, List<Line> lines, Set<RosterColumn> left) {
        List<RosterColumn> columns = Arrays.stream(RosterColumn.values())
                .filter(c -> !left.contains(c))
                .toList();
        try (OutputStream out = Files.newOutputStream(file);
                TableWriter writer = new TableWriter()) {
            writer.addSheet(
                    "资助名单",
                    columns.stream().map(c -> Column.text(c.header())).toList(),
                    lines.stream().map(l -> columns.stream().map(l::get).toList()));
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes a CSV in the encoding, header first. */
    public static Path csv(Path file, List<Line> lines, CsvEncoding encoding) {
        try (OutputStream out = Files.newOutputStream(file);
                CsvWriter csv = CsvWriter.open(out, encoding)) {
            csv.writeRow(Arrays.stream(RosterColumn.values())
                    .map(RosterColumn::header)
                    .map(h -> (Object) h)
                    .toList());
            for (Line line : lines) {
                csv.writeRow(Arrays.stream(RosterColumn.values())
                        .map(c -> (Object) line.get(c))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static UploadedFile upload(Path file) {
        try {
            return new UploadedFile(
                    file.getFileName().toString(), Files.size(file), target -> Files.copy(file, target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CurrentAccount countyStaff() {
        return new CurrentAccount(0, "test-county-importer", "测试县级资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    }

    public static CurrentAccount schoolStaff(long schoolId) {
        return new CurrentAccount(
                0, "test-school-importer-" + schoolId, "测试学校资助专员", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }
}
