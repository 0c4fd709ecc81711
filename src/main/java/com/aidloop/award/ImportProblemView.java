package com.aidloop.award;

/**
 * One problem of an import as pages and the API show it, e.g. row 5, column 证件号码,
 * "校验位错误，请核对后重新填写". Never holds a full ID or card number.
 *
 * @param row the row as the spreadsheet shows it; 0 for a problem of the whole file
 * @param column the column's header, or null
 * @param error true for an error (blocks the commit), false for a warning
 */
public record ImportProblemView(int row, String column, boolean error, String code, String message) {

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
}
