package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetFormat;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Rows of the first visible, non-empty worksheet of an .xlsx, parsed as a stream straight from
 * the archive: no workbook model is built, so memory stays flat however long the sheet is.
 */
public final class XlsxRows extends StreamedRows {

    private final GuardedZip zip;
    private final SharedStrings strings;
    private SheetXml sheet;
    private String sheetName = "";
    private SheetRow firstRow;
    private List<CellRange> merged = List.of();

    private XlsxRows(GuardedZip zip, SharedStrings strings, ReadLimits limits, String fileName) {
        super(limits, fileName);
        this.zip = zip;
        this.strings = strings;
    }

    /** Opens the file; on any refusal everything opened so far is closed and removed again. */
    public static XlsxRows open(Path file, String fileName, ReadLimits limits, Path temporaryDirectory) {
        GuardedZip zip = new GuardedZip(file, limits, fileName);
        XlsxRows rows = null;
        try {
            OoxmlPackage parts = OoxmlPackage.read(zip, fileName);
            SharedStrings strings = sharedStrings(zip, parts, temporaryDirectory, limits, fileName);
            rows = new XlsxRows(zip, strings, limits, fileName);
            rows.chooseSheet(parts, styles(zip, parts, fileName), fileName);
            return rows;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (rows != null) {
                rows.close();
            } else {
                zip.close();
            }
            throw e instanceof SpreadsheetRefused refused ? refused : SafeXml.refusal(e, fileName);
        }
    }

    private static SharedStrings sharedStrings(
            GuardedZip zip, OoxmlPackage parts, Path directory, ReadLimits limits, String fileName)
            throws IOException, XMLStreamException {
        if (parts.sharedStringsPart() == null) {
            return SharedStrings.none();
        }
        try (InputStream in = zip.open(parts.sharedStringsPart())) {
            return in == null
                    ? SharedStrings.none()
                    : SharedStrings.read(in, directory, limits.maxCellChars(), fileName);
        }
    }

    private static CellStyles styles(GuardedZip zip, OoxmlPackage parts, String fileName)
            throws IOException, XMLStreamException {
        if (parts.stylesPart() == null) {
            return CellStyles.none();
        }
        try (InputStream in = zip.open(parts.stylesPart())) {
            return in == null ? CellStyles.none() : CellStyles.read(in, fileName);
        }
    }

    /** Takes the first visible sheet that has a non-blank row; refuses a workbook without one. */
    private void chooseSheet(OoxmlPackage parts, CellStyles styles, String fileName) throws IOException {
        NumberDisplay numbers = new NumberDisplay(parts.date1904());
        for (OoxmlPackage.Sheet candidate : parts.sheets()) {
            if (candidate.hidden()) {
                continue;
            }
            SheetXml opened = new SheetXml(zip.open(candidate.part()), strings, styles, numbers, limits, fileName);
            SheetRow first = opened.nextRow();
            if (first != null) {
                sheet = opened;
                sheetName = candidate.name();
                firstRow = first;
                try (InputStream again = zip.open(candidate.part())) {
                    merged = MergeScan.scan(again);
                }
                return;
            }
            opened.close();
        }
        throw new SpreadsheetRefused("spreadsheet.empty");
    }

    @Override
    protected SheetRow readRow() throws IOException {
        if (firstRow != null) {
            SheetRow row = firstRow;
            firstRow = null;
            return row;
        }
        try {
            return sheet.nextRow();
        } catch (IOException e) {
            throw SafeXml.refusal(e, fileName);
        }
    }

    @Override
    protected List<CellRange> mergedRegions() {
        return merged;
    }

    @Override
    public SpreadsheetFormat format() {
        return SpreadsheetFormat.XLSX;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public void close() {
        if (sheet != null) {
            sheet.close();
        }
        strings.close();
        zip.close();
    }
}
