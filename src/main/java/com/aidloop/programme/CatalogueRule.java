package com.aidloop.programme;

/**
 * The rules an imported award row is checked against, each naming the column it concerns, so
 * that an import report can put the message under the right cell.
 */
public enum CatalogueRule {
    /** No programme of that name is in the catalogue. */
    PROGRAMME_UNKNOWN(Column.PROGRAMME),
    /** The programme exists, but not for the student's stage. */
    NOT_FOR_STAGE(Column.PROGRAMME),
    /** The programme does not pay in that term: not yet, no longer, the other semester, or no standard. */
    NOT_FOR_TERM(Column.PROGRAMME),
    /** The programme has no such tier in that term. */
    TIER_UNKNOWN(Column.TIER),
    /** The amount differs from the tier's fixed standard. */
    AMOUNT_MISMATCH(Column.AMOUNT),
    /** The amount lies outside the tier's band. */
    AMOUNT_OUT_OF_RANGE(Column.AMOUNT);

    /** The roster column a broken rule points at. */
    public enum Column {
        PROGRAMME,
        TIER,
        AMOUNT
    }

    private final Column column;

    CatalogueRule(Column column) {
        this.column = column;
    }

    public Column column() {
        return column;
    }
}
