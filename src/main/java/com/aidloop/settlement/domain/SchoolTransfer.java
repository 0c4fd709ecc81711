package com.aidloop.settlement.domain;

import com.aidloop.programme.PaymentChannel;
import com.aidloop.settlement.SettlementRefused;
import com.aidloop.settlement.TransferStatus;
import com.aidloop.shared.Money;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer to a school (资金拨付单) and its life: drafted by the county from the school's
 * confirmed awards (DRAFT, redrawn while nothing is transferred), the transfer recorded with its
 * date and voucher number (TRANSFERRED), the receipt confirmed by the school itself (CONFIRMED).
 * Every step checks the state first and refuses in Chinese; a store saves only what a step returns.
 */
public record SchoolTransfer(
        Long id,
        int version,
        String reference,
        Term term,
        School school,
        String programmeCode,
        String programmeName,
        PaymentChannel channel,
        Owed owed,
        Account account,
        TransferStatus status,
        Stamp drafted,
        LocalDate transferredOn,
        String voucherNumber,
        Stamp transferred,
        Stamp confirmed) {

    public static final int VOUCHER_MAX = 40;

    /** The school paid: its id, code, name and township, as they stood when drafted. */
    public record School(long id, String code, String name, String townshipCode) {}

    /** What the county owes: the confirmed awards (students), their sum and the standard per student. */
    public record Owed(long awards, Money amount, String standard) {

        public Owed {
            if (awards <= 0 || amount.yuan().signum() <= 0) {
                throw new IllegalArgumentException("a transfer owes at least one award");
            }
        }
    }

    /** The school's account the money goes to: its number sealed, and masked for pages. */
    public record Account(String name, String bank, String numberSealed, String numberMasked) {

        @Override
        public String toString() {
            return "Account[" + name + ", " + bank + ", " + numberMasked + "]";
        }
    }

    /** Who did a step, and when. */
    public record Stamp(String by, Instant at) {}

    public SchoolTransfer {
        if (!channel.settledWithSchool()) {
            throw new IllegalArgumentException("a card programme is not settled with the school");
        }
    }

    /** A new 资金拨付单 for the school's confirmed awards of a programme that pays the school or in kind. */
    public static SchoolTransfer draft(
            String reference,
            Term term,
            School school,
            String programmeCode,
            String programmeName,
            PaymentChannel channel,
            Owed owed,
            Account account,
            Stamp by) {
        return new SchoolTransfer(
                null,
                0,
                reference,
                term,
                school,
                programmeCode,
                programmeName,
                channel,
                owed,
                account,
                TransferStatus.DRAFT,
                by,
                null,
                null,
                null,
                null);
    }

    /** Draws the form again from the awards and account as they stand now; only before the money is transferred. */
    public SchoolTransfer redraw(Owed now, Account accountNow, Stamp by) {
        if (status != TransferStatus.DRAFT) {
            throw refused("transfer.alreadyTransferred", reference, transferredOn);
        }
        return new SchoolTransfer(
                id,
                version,
                reference,
                term,
                school,
                programmeCode,
                programmeName,
                channel,
                now,
                accountNow,
                status,
                by,
                null,
                null,
                null,
                null);
    }

    /**
     * 登记转账: the county transferred the money on {@code on} with voucher {@code voucher} (凭证号).
     * Refused when already recorded, without a voucher, or dated after today.
     */
    public SchoolTransfer recordTransfer(LocalDate on, String voucher, LocalDate today, Stamp by) {
        if (status != TransferStatus.DRAFT) {
            throw refused("transfer.alreadyTransferred", reference, transferredOn);
        }
        String number = Text.normalize(voucher);
        if (number.isEmpty()) {
            throw new SettlementRefused(Kind.INVALID, "transfer.voucherRequired");
        }
        if (number.length() > VOUCHER_MAX || !number.matches("[0-9A-Za-z\\-_/#()（）\\p{IsHan}]+")) {
            throw new SettlementRefused(Kind.INVALID, "transfer.voucherFormat", VOUCHER_MAX);
        }
        if (on == null) {
            throw new SettlementRefused(Kind.INVALID, "transfer.dateRequired");
        }
        if (on.isAfter(today)) {
            throw new SettlementRefused(Kind.INVALID, "transfer.dateInFuture", on);
        }
        return moved(TransferStatus.TRANSFERRED, on, number, by, null);
    }

    /**
     * 确认到账, by the school's own staff only ({@code confirmingSchool} is the school of the
     * person's scope, null for county staff); only after the transfer is recorded, and once.
     */
    public SchoolTransfer confirmReceipt(Long confirmingSchool, Stamp by) {
        if (confirmingSchool == null || confirmingSchool != school.id()) {
            throw new SettlementRefused(Kind.FORBIDDEN, "transfer.onlyTheSchoolConfirms", reference, school.name());
        }
        if (status == TransferStatus.DRAFT) {
            throw refused("transfer.notYetTransferred", reference);
        }
        if (status == TransferStatus.CONFIRMED) {
            throw refused("transfer.alreadyConfirmed", reference, confirmed.by());
        }
        return moved(TransferStatus.CONFIRMED, transferredOn, voucherNumber, transferred, by);
    }

    public SchoolTransfer withId(long newId) {
        return new SchoolTransfer(
                newId,
                version,
                reference,
                term,
                school,
                programmeCode,
                programmeName,
                channel,
                owed,
                account,
                status,
                drafted,
                transferredOn,
                voucherNumber,
                transferred,
                confirmed);
    }

    /** This transfer in a later status, with what that step recorded. */
    private SchoolTransfer moved(
            TransferStatus next, LocalDate on, String voucher, Stamp transferredBy, Stamp confirmedBy) {
        return new SchoolTransfer(
                id,
                version,
                reference,
                term,
                school,
                programmeCode,
                programmeName,
                channel,
                owed,
                account,
                next,
                drafted,
                on,
                voucher,
                transferredBy,
                confirmedBy);
    }

    private static SettlementRefused refused(String code, Object... args) {
        return new SettlementRefused(Kind.CONFLICT, code, args);
    }
}
