package com.aidloop.award.domain;

import java.util.Arrays;

/**
 * A problem of one row (or of the whole file when {@code row} is 0): the column, whether it
 * blocks the commit, a message code from the {@code messages} bundles and its arguments. The
 * arguments never hold a full ID or card number.
 *
 * @param column the column the person must correct, or null when the problem concerns the row or the file
 */
public record RowProblem(int row, RosterColumn column, Severity severity, String code, Object[] args) {

    public RowProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    public static RowProblem error(int row, RosterColumn column, String code, Object... args) {
        return new RowProblem(row, column, Severity.ERROR, code, args);
    }

    public static RowProblem warning(int row, RosterColumn column, String code, Object... args) {
        return new RowProblem(row, column, Severity.WARNING, code, args);
    }

    /** Something the import did for the row and tells about (提示), such as a card taken from the registry. */
    public static RowProblem notice(int row, RosterColumn column, String code, Object... args) {
        return new RowProblem(row, column, Severity.NOTICE, code, args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowProblem p
                && p.row == row
                && p.column == column
                && p.severity == severity
                && p.code.equals(code)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return (row * 31 + code.hashCode()) * 31 + severity.hashCode();
    }

    @Override
    public String toString() {
        return "RowProblem[" + row + " " + column + " " + severity + " " + code + " " + Arrays.toString(args) + "]";
    }
}
