package com.aidloop.school.importing;

import java.util.Arrays;

/**
 * A problem of one row (or of the whole file when {@code row} is 0): the column to correct (or
 * null), whether it blocks the import, a message code from {@code messages/school} and its
 * arguments. The arguments never hold a phone number.
 */
public record RowProblem(int row, SchoolColumn column, boolean error, String code, Object[] args) {

    public RowProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    public static RowProblem error(int row, SchoolColumn column, String code, Object... args) {
        return new RowProblem(row, column, true, code, args);
    }

    public static RowProblem warning(int row, SchoolColumn column, String code, Object... args) {
        return new RowProblem(row, column, false, code, args);
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
                && p.error == error
                && p.code.equals(code)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return (row * 31 + code.hashCode()) * 31 + Boolean.hashCode(error);
    }

    @Override
    public String toString() {
        return "RowProblem[" + row + " " + column + " " + (error ? "ERROR " : "WARNING ") + code + " "
                + Arrays.toString(args) + "]";
    }
}
