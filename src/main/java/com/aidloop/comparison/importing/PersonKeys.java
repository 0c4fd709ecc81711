package com.aidloop.comparison.importing;

import com.aidloop.comparison.domain.PersonId;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;

/**
 * How a list names its persons and how that becomes the registry's blind index: a department's
 * own list carries ID numbers (checked, then blind-indexed); the answer to a private exchange
 * carries the exchange's keyed hashes, read back through the request it answers.
 */
public interface PersonKeys {

    /** The key a cell holds, normalised; an {@link com.aidloop.shared.InvalidValue} names what is wrong. */
    String read(String cell);

    /** The registry's blind index of a key {@link #read} gave. */
    String index(String key);

    /** ID numbers (GB 11643, "G" + ID read as the ID), blind-indexed as the registry does. */
    static PersonKeys idNumbers(SensitiveData sensitive) {
        return new PersonKeys() {
            @Override
            public String read(String cell) {
                return PersonId.read(cell);
            }

            @Override
            public String index(String key) {
                return sensitive.blindIndex(SensitiveKind.ID_NUMBER, key);
            }
        };
    }
}
