package com.aidloop.shared;

/**
 * One problem an import found, as it is stored and as pages and the API show it, e.g. row 5,
 * column 证件号码, "校验位错误，请核对后重新填写". The message is already in Chinese and never holds a
 * full ID or card number.
 *
 * @param row the row as the spreadsheet shows it; 0 for a problem of the whole file
 * @param column the column's header, or null
 * @param error true for an error (blocks the import), false for a warning
 */
public record ImportProblem(int row, String column, boolean error, String code, String message) {

    /** "第5行 证件号码：校验位错误，请核对后重新填写", as the problem list shows it. */
    public String sentence() {
        StringBuilder s = new StringBuilder();
        if (row > 0) {
            s.append("第").append(row).append("行 ");
        }
        if (column != null) {
            s.append(column).append("：");
        }
        return s.append(message).toString();
    }

    /** The filter of a {@code severity} parameter: errors only for "error", warnings only for any other word, all when blank. */
    public static Boolean errorsOnly(String severity) {
        return severity == null || severity.isBlank() ? null : severity.equalsIgnoreCase("error");
    }
}
