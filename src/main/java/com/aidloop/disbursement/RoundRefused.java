package com.aidloop.disbursement;

/** A payout round that cannot be made as asked. */
public class RoundRefused extends BatchRefused {

    private RoundRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    /** A township outside the county of the account, or not a township. */
    public static RoundRefused regionNotInScope(String code) {
        return new RoundRefused(Kind.NOT_FOUND, "round.regionNotInScope", code);
    }

    /** No programme chosen, or one the round cannot pay (not paid by card this term). */
    public static RoundRefused noProgramme() {
        return new RoundRefused(Kind.INVALID, "round.noProgramme");
    }

    /** Nothing is left to pay: no confirmed card award without a payment. */
    public static RoundRefused empty() {
        return new RoundRefused(Kind.CONFLICT, "round.empty");
    }
}
