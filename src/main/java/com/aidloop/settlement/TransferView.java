package com.aidloop.settlement;

import com.aidloop.programme.PaymentChannel;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer to a school (资金拨付单) as pages and the API show it: what the county owes the school
 * for a programme and term, the account (masked), and where it stands.
 *
 * @param standard the standard per student, e.g. "800.00" or "多档（600.00–1750.00）"
 */
public record TransferView(
        long id,
        int version,
        String reference,
        Term term,
        long schoolId,
        String schoolCode,
        String schoolName,
        String schoolTownshipCode,
        String programmeCode,
        String programmeName,
        PaymentChannel channel,
        long awards,
        Money amount,
        String standard,
        String accountName,
        String accountBank,
        String accountNumberMasked,
        TransferStatus status,
        Instant draftedAt,
        String draftedBy,
        LocalDate transferredOn,
        String voucherNumber,
        String transferredBy,
        Instant confirmedAt,
        String confirmedBy) {}
