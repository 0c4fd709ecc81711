package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.registry.People;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.CsvEncoding;
import com.aidloop.testing.LibreOffice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Rosters as a real office suite saves them: a roster opened in LibreOffice Calc and saved again
 * as .xlsx and as .xls (Excel 97–2003) is read like the original, with its errors at the same
 * rows; and a CSV that a person opens in LibreOffice and saves as .xlsx, which turns every ID
 * and card number into a number, gets each of those numbers explained instead of imported wrong.
 */
@SpringBootTest
class RosterImportFromLibreOfficeTests {

    private static final Term TERM = new Term(2026, Term.Semester.AUTUMN);

    @Autowired
    ImportingRoster importing;

    @TempDir
    Path folder;

    @Test
    void aRosterResavedByLibreOfficeAsXlsxAndXlsReadsLikeTheOriginal() {
        LibreOffice.require();
        List<Rosters.Line> lines = Rosters.pupils(5);
        String id = lines.get(1).get(RosterColumn.ID_NUMBER);
        lines.get(1).set(RosterColumn.ID_NUMBER, id.substring(0, 17) + (id.endsWith("0") ? "1" : "0"));
        lines.get(3).set(RosterColumn.AMOUNT, "450.00");
        lines.get(4).set(RosterColumn.HOUSEHOLD_TOWNSHIP, "三氏镇");
        Path original = Rosters.xlsx(folder.resolve("roster.xlsx"), lines);

        List<String> expected = problems(validate(original));
        assertThat(expected)
                .containsExactly(
                        "3 证件号码 id.checkDigit",
                        "5 资助金额(元) programme.check.amountMismatch",
                        "6 户籍乡镇(街道) award.township.unknownSuggest");
        for (String format : List.of(LibreOffice.XLSX, LibreOffice.XLS)) {
            Path resaved = LibreOffice.convert(original, format, null, folder.resolve(format.substring(0, 4)));
            RosterImportView view = validate(resaved);
            assertThat(view.rowsRead()).as(format).isEqualTo(5);
            assertThat(problems(view)).as(format).isEqualTo(expected);
        }
    }

    @Test
    void idNumbersThatLibreOfficeTurnedIntoNumbersAreExplainedNotImported() {
        LibreOffice.require();
        List<Rosters.Line> lines = Rosters.pupils(6);
        lines.get(2).set(RosterColumn.ID_NUMBER, idEndingInX());
        Path csv = Rosters.csv(folder.resolve("roster.csv"), lines, CsvEncoding.UTF8_WITH_BOM);
        Path saved = LibreOffice.convert(csv, LibreOffice.XLSX, "CSV:44,34,76,1", folder.resolve("saved"));

        RosterImportView view = validate(saved);

        // LibreOffice keeps 15 significant digits of a number: every 18-digit ID and 19-digit card that is all digits
        // is
        // destroyed and must be explained, one by one; an ID ending in X stays text and passes; the 11-digit phone
        // survives
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int row = i + 2;
            if (lines.get(i).get(RosterColumn.ID_NUMBER).matches("[0-9]{18}")) {
                expected.add(row + " 证件号码 id.scientificNotation");
            }
            if (lines.get(i).get(RosterColumn.GUARDIAN_ID_NUMBER).matches("[0-9]{18}")) {
                expected.add(row + " 监护人证件号码 id.scientificNotation");
            }
            expected.add(row + " 资助卡号 award.card.scientificNotation");
        }
        assertThat(view.rowsRead()).isEqualTo(6);
        assertThat(problems(view)).isEqualTo(expected);
        assertThat(view.errorRows()).isEqualTo(6);
    }

    /** A valid ID number whose check digit is X (one in eleven is). */
    private static String idEndingInX() {
        for (int i = 0; i < 10_000; i++) {
            String id = People.childId(true);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException("no ID ending in X generated");
    }

    private RosterImportView validate(Path file) {
        return importing.submit(Rosters.upload(file), TERM, ImportMode.VALIDATE, false, Rosters.countyStaff(), true);
    }

    /** The errors as "row column code", in row order. */
    private List<String> problems(RosterImportView view) {
        return importing.problems(view.id(), Rosters.countyStaff().scope(), true, new Paging(1, 100)).content().stream()
                .map(p -> p.row() + " " + p.column() + " " + p.code())
                .toList();
    }
}
