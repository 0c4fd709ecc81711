package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.PayoutReference;
import com.aidloop.disbursement.ReturnFileRefused;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import com.aidloop.shared.Text;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a return file whatever its kind: .xlsx and .xls by their first bytes, the bank's
 * fixed-width text by the shape of its first line, anything else as CSV (UTF-8 with or without
 * BOM, or GBK, detected by the spreadsheet reader). Lines that cannot be read become malformed
 * lines with the reason; a file that cannot be read at all is refused.
 */
public final class ReturnFileReader {

    private ReturnFileReader() {}

    /** The lines of a return file, in file order. */
    public record Parsed(ReturnFileFormat format, List<ReturnLine> lines) {

        public Parsed {
            lines = List.copyOf(lines);
        }
    }

    public static Parsed read(Path file, String fileName, ReturnTemplate template) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new ReturnFileRefused("reconciliation.refused.empty", fileName);
        }
        Parsed parsed;
        if (!isWorkbook(bytes) && FixedWidthReturnFile.looksLike(bytes)) {
            parsed = new Parsed(ReturnFileFormat.FIXED_WIDTH, FixedWidthReturnFile.read(bytes, template));
        } else {
            parsed = tabular(file, fileName, template);
        }
        if (parsed.lines().isEmpty()) {
            throw new ReturnFileRefused("reconciliation.refused.noLines", fileName);
        }
        return new Parsed(
                parsed.format(),
                parsed.lines().stream().map(ReturnFileReader::checkReference).toList());
    }

    private static boolean isWorkbook(byte[] b) {
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole = b.length >= 4
                && (b[0] & 0xff) == 0xD0
                && (b[1] & 0xff) == 0xCF
                && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
        return zip || ole;
    }

    private static ReturnLine checkReference(ReturnLine line) {
        if (line.isMalformed()) {
            return line;
        }
        if (line.reference().isEmpty()) {
            return ReturnLine.malformed(line.lineNo(), "", Messages.format("reconciliation.line.noReference"));
        }
        if (!PayoutReference.isPayment(line.reference())) {
            return ReturnLine.malformed(
                    line.lineNo(),
                    line.reference(),
                    Messages.format("reconciliation.line.reference", line.reference()));
        }
        return line;
    }

    private static Parsed tabular(Path file, String fileName, ReturnTemplate template) {
        try (RowSource source = SpreadsheetReader.open(file, fileName, ReadLimits.DEFAULT)) {
            Header header = source.findHeader(template.headers());
            List<String> missing = template.requiredHeaders().stream()
                    .filter(h -> header.column(h).isEmpty())
                    .toList();
            if (!missing.isEmpty()) {
                throw new ReturnFileRefused(
                        "reconciliation.refused.columns",
                        String.join("、", missing),
                        String.join("、", template.requiredHeaders()));
            }
            List<ReturnLine> lines = new ArrayList<>();
            for (Optional<SheetRow> row = source.next(); row.isPresent(); row = source.next()) {
                lines.add(line(row.get(), header, template));
            }
            ReturnFileFormat format =
                    switch (source.format()) {
                        case XLSX -> ReturnFileFormat.XLSX;
                        case XLS -> ReturnFileFormat.XLS;
                        case CSV -> ReturnFileFormat.CSV;
                    };
            return new Parsed(format, lines);
        } catch (SpreadsheetRefused refused) {
            throw new ReturnFileRefused("reconciliation.refused.unreadable", fileName, refused.getLocalizedMessage());
        }
    }

    private static ReturnLine line(SheetRow row, Header header, ReturnTemplate template) {
        String reference = Text.compact(header.cell(row, template.referenceHeader()));
        String amountText = Text.normalize(header.cell(row, template.amountHeader()));
        String resultText = Text.normalize(header.cell(row, template.resultHeader()));
        if (amountText.isEmpty()) {
            return ReturnLine.malformed(
                    row.rowNumber(),
                    reference,
                    Messages.format("reconciliation.line.missing", template.amountHeader()));
        }
        if (resultText.isEmpty()) {
            return ReturnLine.malformed(
                    row.rowNumber(),
                    reference,
                    Messages.format("reconciliation.line.missing", template.resultHeader()));
        }
        Money amount;
        try {
            amount = Money.yuan(amountText);
        } catch (InvalidValue e) {
            return ReturnLine.malformed(
                    row.rowNumber(), reference, Messages.format("reconciliation.line.amount", amountText));
        }
        return new ReturnLine(
                row.rowNumber(),
                reference,
                header.cell(row, template.nameHeader()),
                amount,
                template.result(resultText),
                resultText,
                header.cell(row, template.reasonHeader()),
                null);
    }
}
