package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SheetChoice;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetFormat;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Rows of one sheet of an Excel 97–2003 workbook (the first visible, non-empty one, or the one a
 * {@link SheetChoice} picks), read with POI's
 * record-event API. The format holds at most 65,536 rows, so the chosen sheet's rows are kept
 * in memory as text; the rest of the workbook is never loaded.
 */
public final class XlsRows extends StreamedRows {

    private final String sheetName;
    private final Iterator<SheetRow> rows;
    private final List<CellRange> merged;

    private XlsRows(XlsSheetCollector sheet, ReadLimits limits, String fileName) {
        super(limits, fileName);
        this.sheetName = sheet.sheetName();
        this.rows = sheet.rows().iterator();
        this.merged = sheet.merged();
    }

    public static XlsRows open(Path file, String fileName, ReadLimits limits) {
        return open(file, fileName, limits, SheetChoice.FIRST);
    }

    /**
     * As {@link #open(Path, String, ReadLimits)}, reading the sheet chosen. Any choice but the
     * first sheet reads the workbook twice: the first rows of every sheet, then the one chosen.
     */
    public static XlsRows open(Path file, String fileName, ReadLimits limits, SheetChoice choice) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new SpreadsheetRefused("spreadsheet.encrypted", fileName);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("BOOK")) {
                throw new SpreadsheetRefused(
                        root.hasEntry("Book") ? "spreadsheet.tooOld" : "spreadsheet.notSpreadsheet", fileName);
            }
            XlsSheetCollector collector = new XlsSheetCollector(limits);
            if (!(choice instanceof SheetChoice.First)) {
                XlsSheetCollector survey = XlsSheetCollector.survey(limits);
                process(root, survey);
                collector =
                        XlsSheetCollector.of(limits, survey.worksheetOf(SheetPicker.pick(survey.previews(), choice)));
            }
            process(root, collector);
            if (collector.rows().isEmpty()) {
                throw new SpreadsheetRefused("spreadsheet.empty");
            }
            return new XlsRows(collector, limits, fileName);
        } catch (SpreadsheetRefused refused) {
            throw refused;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetRefused("spreadsheet.encrypted", fileName).withCause(e);
        } catch (OldExcelFormatException e) {
            throw new SpreadsheetRefused("spreadsheet.tooOld", fileName).withCause(e);
        } catch (IOException | HSSFUserException | RuntimeException e) {
            throw new SpreadsheetRefused("spreadsheet.corrupt", fileName).withCause(e);
        }
    }

    private static void process(DirectoryNode root, XlsSheetCollector collector) throws IOException, HSSFUserException {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(collector);
        new HSSFEventFactory().abortableProcessWorkbookEvents(request, root);
    }

    @Override
    protected SheetRow readRow() {
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    protected List<CellRange> mergedRegions() {
        return merged;
    }

    @Override
    public SpreadsheetFormat format() {
        return SpreadsheetFormat.XLS;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public void close() {
        // everything was read on open; the file is already closed
    }
}
