package com.aidloop.award.running;

import com.aidloop.award.domain.CheckedRow;

/**
 * A checked row with the keyed values the writer side needs, computed on the reading side so that
 * they cost no time while the database works: the blind indexes of ID number, card and phone,
 * the award's digest, and (for a commit) the sealed phone and card. Holds no plain personal value
 * beyond those of the checked row.
 *
 * @param digest null when the row already has an error, and in a validation (made on demand where an award exists)
 */
record PreparedRow(
        CheckedRow row,
        String idIndex,
        String cardIndex,
        String phoneIndex,
        String digest,
        String phoneSealed,
        String cardSealed) {

    @Override
    public String toString() {
        return "PreparedRow[" + row + "]";
    }
}
