package com.aidloop.disbursement;

/** A batch is made for a township of the account's own county: this code is not one. */
public class TownshipNotInScope extends BatchRefused {

    public TownshipNotInScope(String code) {
        super(Kind.INVALID, "batch.townshipNotInScope", code);
    }
}
