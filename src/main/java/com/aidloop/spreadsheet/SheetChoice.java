package com.aidloop.spreadsheet;

import java.util.Objects;
import java.util.Set;

/**
 * Which sheet of a workbook to read (a CSV file has one, whatever is chosen). Hidden sheets are
 * never read.
 */
public sealed interface SheetChoice {

    /** The first visible sheet with a non-blank row. */
    SheetChoice FIRST = new First();

    /** The visible sheet of this name; refused naming the workbook's sheets when there is none. */
    static SheetChoice named(String name) {
        return new Named(name);
    }

    /**
     * The sheet that holds a list with these headers, wherever it is: a sheet looks like the list
     * when a row among its first rows (where a header may be) holds at least two of them (one, if
     * only one is expected). One such sheet is read; several are refused ({@link SheetAmbiguous})
     * so that the person chooses; none: the first sheet holding any of them, else the first sheet
     * with a non-blank row (whose missing header is then refused as usual).
     */
    static SheetChoice holding(Set<String> expectedHeaders) {
        return new Holding(expectedHeaders);
    }

    record First() implements SheetChoice {}

    record Named(String name) implements SheetChoice {
        public Named {
            name = Objects.requireNonNull(name).strip();
        }
    }

    record Holding(Set<String> expectedHeaders) implements SheetChoice {
        public Holding {
            expectedHeaders = Set.copyOf(expectedHeaders);
            if (expectedHeaders.isEmpty()) {
                throw new IllegalArgumentException("expected headers must not be empty");
            }
        }
    }
}
