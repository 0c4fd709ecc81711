package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The same roster saved by LibreOffice as .xlsx and .xls and as a GBK CSV, with title lines, a
 * blank line, stray spaces and full-width characters (src/test/resources/roster-imports): each
 * is read alike, and the errors sit at the same rows and columns.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterFilesTests {

    @Autowired
    ImportingRoster importing;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"roster-errors.xlsx", "roster-errors.xls", "roster-errors-gbk.csv"})
    void findsTheKnownErrorsAtTheirRowsWhateverTheFormat(String fixture) throws Exception {
        RosterImportView view = validate(fixture);

        assertThat(view.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(view.rowsRead()).isEqualTo(6);
        // row 10's 备注 says 经绿色通道入学: a special channel the county has not approved
        assertThat(view.errorRows()).isEqualTo(5);
        assertThat(problems(view).stream().filter(ImportProblem::error))
                .extracting(p -> p.row() + " " + p.column() + " " + p.code())
                .containsExactly(
                        "5 证件号码 id.checkDigit",
                        "7 证件号码 id.scientificNotation",
                        "8 户籍乡镇(街道) award.township.unknownSuggest",
                        "9 资助金额(元) programme.check.amountMismatch",
                        "10 备注 award.specialChannel.notApprovedRemark");
        assertThat(problems(view)).filteredOn(p -> p.row() == 8).singleElement().satisfies(p -> assertThat(p.message())
                .contains("三氏镇", "三市镇"));
        assertThat(problems(view)).filteredOn(p -> p.row() == 7).singleElement().satisfies(p -> assertThat(p.sentence())
                .startsWith("第7行 证件号码：被表格软件按数字格式保存（科学计数法）"));
    }

    /** Only numbers become number cells: the ID ending in X (row 8) and the full-width one (row 10) stay text. */
    @Test
    void explainsEveryIdNumberOfARosterThatExcelSavedAsNumbers() throws Exception {
        RosterImportView view = validate("roster-number-ids.xlsx");

        assertThat(problems(view))
                .filteredOn(p -> p.column() != null && p.column().equals("证件号码"))
                .extracting(p -> p.row() + " " + p.code())
                .containsExactly(
                        "4 id.scientificNotation",
                        "5 id.scientificNotation",
                        "7 id.scientificNotation",
                        "9 id.scientificNotation");
    }

    private RosterImportView validate(String fixture) throws IOException, URISyntaxException {
        Path file = Path.of(
                RosterFilesTests.class.getResource("/roster-imports/" + fixture).toURI());
        UploadedFile upload = new UploadedFile(fixture, Files.size(file), target -> Files.copy(file, target));
        return importing.submit(
                upload, new Term(2026, Term.Semester.AUTUMN), ImportMode.VALIDATE, false, Rosters.countyStaff(), true);
    }

    private List<ImportProblem> problems(RosterImportView view) {
        return importing
                .problems(view.id(), Rosters.countyStaff().scope(), null, new Paging(1, 100))
                .content();
    }
}
