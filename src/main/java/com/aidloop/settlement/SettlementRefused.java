package com.aidloop.settlement;

import com.aidloop.shared.Refusal;

/**
 * A step of the settlement with schools refused by a business rule; the code names a message in
 * {@code messages/settlement.properties}, shown in Chinese (409 on the API unless the request is
 * at fault).
 */
public class SettlementRefused extends Refusal {

    /** The audit trail's object type of a transfer to a school. */
    public static final String TRANSFER = "school_transfer";

    public SettlementRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    /** No such transfer inside the account's scope (404, its existence not revealed; audited when it exists). */
    public static SettlementRefused transferNotFound(long id) {
        SettlementRefused refused = new SettlementRefused(Kind.NOT_FOUND, "transfer.notFound", id);
        refused.about(TRANSFER, id);
        return refused;
    }

    /** Someone changed the transfer since the person looked at it. */
    public static SettlementRefused changedMeanwhile(String reference, long id) {
        SettlementRefused refused = new SettlementRefused(Kind.CONFLICT, "transfer.changedMeanwhile", reference);
        refused.auditedAs(Concern.LOST_RACE).about(TRANSFER, id);
        return refused;
    }
}
