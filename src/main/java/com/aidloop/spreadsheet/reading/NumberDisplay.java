package com.aidloop.spreadsheet.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Shows a stored number as a person sees it in the cell: through its number format, the way
 * Excel does ("General" shows 430626200901010000 as 4.30626E+17), except that dates always come
 * out as yyyy-MM-dd (with HH:mm:ss when they carry a time), whatever the cell's date format.
 */
public final class NumberDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final double LARGEST_PLAIN_GENERAL = 99_999_999_999d;
    /** Excel shows at most 15 significant digits: an ID typed as a number ends in 000. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final boolean date1904;
    /** Whether a format is a date, by id and code: POI's check runs regular expressions each time. */
    private final Map<String, Boolean> dateFormats = new HashMap<>();
    /** The common amount formats, formatted without DataFormatter's per-call checks. */
    private final Map<String, DecimalFormat> plainFormats = new HashMap<>();

    public NumberDisplay(boolean date1904) {
        this.date1904 = date1904;
    }

    /**
     * @param formatId the number format id of the cell's style (0 is General)
     * @param formatString its format code, or null for a built-in id
     */
    public String display(double value, int formatId, String formatString) {
        String format = formatString != null ? formatString : builtin(formatId);
        if (format == null || format.equalsIgnoreCase("General")) {
            return general(value);
        }
        boolean date = dateFormats.computeIfAbsent(formatId + ":" + format, key -> isDate(formatId, format));
        if (date && DateUtil.isValidExcelDate(value)) {
            return date(value);
        }
        DecimalFormat plain = plainFormats.computeIfAbsent(format, NumberDisplay::plainFormat);
        if (plain != null && !date) {
            return plain.format(BigDecimal.valueOf(value).round(EXCEL_PRECISION));
        }
        return formatter.formatRawCellContents(value, formatId, format);
    }

    private String general(double value) {
        if (value == Math.rint(value) && Math.abs(value) <= LARGEST_PLAIN_GENERAL) {
            return Long.toString((long) value);
        }
        return formatter.formatRawCellContents(value, 0, "General");
    }

    private String date(double value) {
        LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
        if (value < 1) {
            return at.format(TIME);
        }
        return at.toLocalTime().toSecondOfDay() == 0 ? at.format(DATE) : at.format(DATE_TIME);
    }

    /** "0", "0.00", "#,##0" and "#,##0.00", rounded half away from zero as Excel does; else null. */
    private static DecimalFormat plainFormat(String format) {
        if (!format.equals("0") && !format.equals("0.00") && !format.equals("#,##0") && !format.equals("#,##0.00")) {
            return null;
        }
        DecimalFormat decimal = new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT));
        decimal.setRoundingMode(RoundingMode.HALF_UP);
        return decimal;
    }

    private static String builtin(int formatId) {
        return BuiltinFormats.getBuiltinFormat(formatId);
    }

    /**
     * Built-in date formats, including the ids 27–36 and 50–58 that Chinese Excel and WPS use
     * for "yyyy年m月d日" and the like without writing their format code into the file.
     */
    private static boolean isDate(int formatId, String format) {
        if ((formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58)) {
            return true;
        }
        return format != null && DateUtil.isADateFormat(formatId, format);
    }
}
