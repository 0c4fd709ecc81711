package com.aidloop.comparison.domain;

import com.aidloop.shared.IdNumber;
import com.aidloop.shared.Text;

/**
 * Reads an ID number as departments write it: checked per GB 11643 by the platform's
 * {@link IdNumber}; a student number written as "G" + ID (全国学籍号) is read as the ID.
 * Never guesses: a 15-digit or destroyed number is refused as {@link IdNumber} refuses it.
 */
public final class PersonId {

    private PersonId() {}

    /** The normalised number (18 characters, upper case) the registry's blind index is made of. */
    public static String read(String raw) {
        String compact = Text.compact(raw);
        if (compact.length() == 19 && (compact.charAt(0) == 'G' || compact.charAt(0) == 'g')) {
            compact = compact.substring(1);
        }
        return IdNumber.parse(compact).value();
    }
}
