package com.aidloop.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Paging;
import com.aidloop.spreadsheet.SheetAmbiguous;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import com.aidloop.testing.LibreOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Lists come with the data on any sheet: behind a 填表说明 cover sheet and a hidden sheet, in
 * .xlsx and .xls built here and in files LibreOffice saved. Two sheets that both look like the
 * list are refused naming them until the county chooses one. Each test imports for a county of its own.
 */
@SpringBootTest
class ListOnAnySheetTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final List<String> HEADER = List.of("序号", "姓名", "身份证号码", "类别");

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    SchoolView school;

    @BeforeEach
    void aSchool() {
        school = schools.open(SchoolFixtures.primarySchool("多表名单小学", People.TOWNSHIP), SchoolFixtures.county());
    }

    @ParameterizedTest(name = "xls: {0}")
    @ValueSource(booleans = {false, true})
    void aListBehindANoteSheetAndAHiddenSheetIsReadFromItsOwnSheet(boolean xls) {
        StudentInput pupil = register("殷小书");
        Path file = ListFiles.sheets(xls, withNoteSheet(pupil), Set.of("旧表"));

        ListImportResult result =
                importing.submit(ListFiles.upload(file, xls ? "低保.xls" : "低保.xlsx"), upload(null), county());

        assertThat(result.list().sheetName()).isEqualTo("名单");
        assertThat(result.list().persons()).isEqualTo(1);
        assertThat(result.run().added()).isEqualTo(1);
    }

    @ParameterizedTest(name = "xls: {0}")
    @ValueSource(booleans = {false, true})
    void twoSheetsThatLookLikeTheListAreRefusedNamingThemUntilOneIsChosen(boolean xls) {
        StudentInput january = register("殷一月");
        StudentInput february = register("殷二月");
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("说明", List.of(List.of("请按月填报")));
        sheets.put("一月", List.of(HEADER, row(january)));
        sheets.put("二月", List.of(List.of("二月新增"), HEADER, row(february)));
        Path file = ListFiles.sheets(xls, sheets, Set.of());
        CurrentAccount county = county();

        assertThatThrownBy(() -> importing.submit(ListFiles.upload(file, "两个月.xls"), upload(null), county))
                .isInstanceOfSatisfying(SheetAmbiguous.class, refused -> assertThat(refused.sheets())
                        .containsExactly("一月", "二月"))
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("一月、二月", "工作表");
        assertThat(importing.lists(county, Paging.of(1, 10)).totalElements()).isZero();
        assertThatThrownBy(() -> importing.submit(ListFiles.upload(file, "两个月.xls"), upload("三月"), county))
                .isInstanceOf(SpreadsheetRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("三月", "说明、一月、二月");

        ListImportResult chosen = importing.submit(ListFiles.upload(file, "两个月.xls"), upload("二月"), county);

        assertThat(chosen.list().sheetName()).isEqualTo("二月");
        assertThat(chosen.list().persons()).isEqualTo(1);
        assertThat(chosen.run().added()).isEqualTo(1);
    }

    @Test
    void aWorkbookLibreOfficeSavedIsReadFromItsSecondSheet() throws Exception {
        LibreOffice.require();
        StudentInput asXls = register("殷存旧");
        StudentInput asXlsx = register("殷存新");
        Path folder = Files.createTempDirectory("list-office");
        Path xls = LibreOffice.convert(
                ListFiles.sheets(false, withNoteSheet(asXls), Set.of("旧表")),
                LibreOffice.XLS,
                null,
                folder.resolve("xls"));
        Path xlsx = LibreOffice.convert(
                ListFiles.sheets(true, withNoteSheet(asXlsx), Set.of("旧表")),
                LibreOffice.XLSX,
                null,
                folder.resolve("xlsx"));

        ListImportResult fromXls = importing.submit(ListFiles.upload(xls, "低保.xls"), upload(null), county());
        ListImportResult fromXlsx = importing.submit(ListFiles.upload(xlsx, "低保.xlsx"), upload(null), county());

        assertThat(List.of(fromXls.list().sheetName(), fromXlsx.list().sheetName()))
                .containsExactly("名单", "名单");
        assertThat(List.of(fromXls.run().added(), fromXlsx.run().added())).containsExactly(1, 1);
    }

    /** A 填表说明 sheet, an old sheet with the same headers (hidden by the callers), then the list under a title. */
    private static Map<String, List<List<String>>> withNoteSheet(StudentInput pupil) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("填表说明", List.of(List.of("本表由县民政局填报，身份证号请填18位"), List.of("姓名：填写户籍姓名")));
        sheets.put("旧表", List.of(HEADER, List.of("1", "旧人", People.idNumber(1970, true), "城乡低保")));
        sheets.put("名单", List.of(List.of("某县城乡低保对象名单"), HEADER, row(pupil)));
        return sheets;
    }

    private static List<String> row(StudentInput pupil) {
        return List.of("1", pupil.name(), pupil.idNumber(), "城乡低保");
    }

    private static ListUpload upload(String sheet) {
        return new ListUpload("SUBSISTENCE_ALLOWANCE", "县民政局", AS_OF, ColumnMapping.none(), sheet);
    }

    private StudentInput register(String name) {
        StudentInput input = People.pupil(name, school.id());
        students.register(input, SchoolFixtures.county());
        return input;
    }

    private static CurrentAccount county() {
        return ListFiles.countyStaff(
                String.valueOf(500_000 + ThreadLocalRandom.current().nextInt(400_000)));
    }
}
