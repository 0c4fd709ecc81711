package com.aidloop.school;

/**
 * One problem of a school import, e.g. row 5, column 学校标识码, "应为10位数字，当前为9位，请核对后重新填写".
 *
 * @param row the row as the spreadsheet shows it; 0 for the whole file
 * @param column the column's header, or null
 * @param error true for an error (blocks the import), false for a warning
 */
public record SchoolImportProblemView(int row, String column, boolean error, String code, String message) {

    /** "第5行 学校标识码：应为10位数字…", as the problem list shows it. */
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
