package com.aidloop.comparison.domain;

import com.aidloop.shared.Masking;

/**
 * A person named on a list row: the row's own person (0) or a household member (1, 2 …).
 *
 * @param idNumber normalised; held in memory only until its blind index is made
 * @param name as the list writes it, or null where it gives none
 */
public record ListPerson(int personNo, String idNumber, String name) {

    @Override
    public String toString() {
        return "ListPerson[" + personNo + ", " + Masking.idNumber(idNumber) + "]";
    }
}
