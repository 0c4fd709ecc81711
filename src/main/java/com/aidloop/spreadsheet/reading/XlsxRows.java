package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SheetChoice;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetFormat;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Rows of one worksheet of an .xlsx (the first visible, non-empty one, or the one a
 * {@link SheetChoice} picks from the first rows of each), parsed as a stream straight from the archive: no workbook model is built, so memory stays flat however long the sheet is.
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
        return open(file, fileName, limits, temporaryDirectory, SheetChoice.FIRST);
    }

    /** As {@link #open(Path, String, ReadLimits, Path)}, reading the sheet chosen. */
    public static XlsxRows open(
            Path file, String fileName, ReadLimits limits, Path temporaryDirectory, SheetChoice choice) {
        GuardedZip zip = new GuardedZip(file, limits, fileName);
        XlsxRows rows = null;
        try {
            OoxmlPackage parts = OoxmlPackage.read(zip, fileName);
            SharedStrings strings = sharedStrings(zip, parts, temporaryDirectory, limits, fileName);
            rows = new XlsxRows(zip, strings, limits, fileName);
            CellStyles styles = styles(zip, parts, fileName);
            if (choice instanceof SheetChoice.First) {
                rows.chooseSheet(parts, styles, fileName);
            } else {
                rows.choose(parts, styles, choice);
            }
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

    /** Looks at the first rows of every visible sheet and reads the one the choice picks. */
    private void choose(OoxmlPackage parts, CellStyles styles, SheetChoice choice) throws IOException {
        NumberDisplay numbers = new NumberDisplay(parts.date1904());
        List<OoxmlPackage.Sheet> visible =
                parts.sheets().stream().filter(s -> !s.hidden()).toList();
        List<SheetPicker.Preview> previews = new ArrayList<>();
        for (OoxmlPackage.Sheet candidate : visible) {
            List<SheetRow> first = new ArrayList<>();
            try (SheetXml opened =
                    new SheetXml(zip.open(candidate.part()), strings, styles, numbers, limits, fileName)) {
                SheetRow row = opened.nextRow();
                for (int looked = 1;
                        row != null
                                && first.size() < limits.headerSearchRows()
                                && looked < SheetPicker.MAX_ROWS_LOOKED_AT;
                        looked++) {
                    if (!row.isBlank()) {
                        first.add(row);
                    }
                    row = opened.nextRow();
                }
            }
            previews.add(new SheetPicker.Preview(candidate.name(), first));
        }
        OoxmlPackage.Sheet chosen = visible.get(SheetPicker.pick(previews, choice));
        sheet = new SheetXml(zip.open(chosen.part()), strings, styles, numbers, limits, fileName);
        sheetName = chosen.name();
        firstRow = sheet.nextRow();
        try (InputStream again = zip.open(chosen.part())) {
            merged = MergeScan.scan(again);
        }
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
