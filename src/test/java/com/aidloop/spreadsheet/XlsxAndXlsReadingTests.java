package com.aidloop.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.IdNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.spreadsheet.Fixtures.Read;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same roster saved by POI (laid out as Excel saves), by LibreOffice as .xlsx and as .xls. */
class XlsxAndXlsReadingTests {

    @ParameterizedTest
    @ValueSource(strings = {"roster-poi.xlsx", "roster-libreoffice.xlsx", "roster-libreoffice.xls"})
    void findsTheHeaderBelowTheTitleRowsOfTheFirstNonEmptySheet(String fixture) {
        Read read = Fixtures.read(fixture);

        assertThat(read.format()).isEqualTo(fixture.endsWith(".xls") ? SpreadsheetFormat.XLS : SpreadsheetFormat.XLSX);
        assertThat(read.sheetName()).isEqualTo("花名册");
        assertThat(read.header().rowNumber()).isEqualTo(4);
        assertThat(read.header().column("资助金额(元)")).hasValue(5);
        assertThat(read.header().column("联系电话")).hasValue(7);
        assertThat(read.header().missing()).isEmpty();
        assertThat(read.header().unknown()).containsExactly("序号", "出生日期", "资助卡号", "备注");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster-poi.xlsx", "roster-libreoffice.xlsx", "roster-libreoffice.xls"})
    void skipsBlankRowsButKeepsTheRowNumbersOfTheFile(String fixture) {
        assertThat(Fixtures.read(fixture).rows())
                .extracting(SheetRow::rowNumber)
                .containsExactly(5, 6, 8, 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster-poi.xlsx", "roster-libreoffice.xlsx", "roster-libreoffice.xls"})
    void givesEveryCellAsThePersonSeesIt(String fixture) {
        List<SheetRow> rows = Fixtures.read(fixture).rows();

        assertThat(rows.get(0).cells())
                .containsExactly(
                        "1",
                        "  李明 ",
                        "430626200901010015",
                        "男",
                        "2009-01-01",
                        "1,250.00",
                        "6217995560000000018",
                        "13800138000");
        assertThat(rows.get(1).cell(7)).isEqualTo("１３９００１３９０００");
        assertThat(rows.get(1).cell(5)).isEqualTo("1,250.50");
        assertThat(rows.get(3).cell(8)).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster-poi.xlsx", "roster-libreoffice.xlsx", "roster-libreoffice.xls"})
    void showsDatesAsIsoDatesWhateverTheirCellFormat(String fixture) {
        List<SheetRow> rows = Fixtures.read(fixture).rows();

        assertThat(rows)
                .extracting(row -> row.cell(4))
                .containsExactly("2009-01-01", "2008-03-15", "2009-11-22", "2010-06-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster-poi.xlsx", "roster-libreoffice.xlsx", "roster-libreoffice.xls"})
    void keepsIdNumbersTypedAsNumbersAsTheFileShowsThemSoTheImporterCanExplain(String fixture) {
        List<SheetRow> rows = Fixtures.read(fixture).rows();

        assertThat(rows.get(1).cell(2)).isEqualTo("4.30626E+17");
        assertThat(rows.get(2).cell(2)).isEqualTo("430626200911220000");
        assertThat(codeOf(rows.get(1).cell(2))).isEqualTo("id.scientificNotation");
        assertThat(codeOf(rows.get(2).cell(2))).isEqualTo("id.excelTruncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster-poi.xlsx", "roster-libreoffice.xlsx", "roster-libreoffice.xls"})
    void givesTextTheSharedValueTypesParse(String fixture) {
        Read read = Fixtures.read(fixture);
        SheetRow first = read.rows().get(0);

        assertThat(IdNumber.parse(read.header().cell(first, "身份证号")).value()).isEqualTo("430626200901010015");
        assertThat(Money.yuan(read.header().cell(first, "资助金额(元)"))).isEqualTo(Money.yuan(1250));
    }

    private static String codeOf(String idText) {
        try {
            IdNumber.parse(idText);
            return "accepted";
        } catch (InvalidValue rejected) {
            return rejected.code();
        }
    }
}
