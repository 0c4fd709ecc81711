package com.aidloop.settlement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;

/**
 * The county recorded the money of a 资金拨付单 as transferred to the school (登记转账): from then
 * on it counts as paid, and the funding module snapshots the programme's funding shares onto it.
 */
public record SchoolTransferRecorded(
        long transferId,
        String reference,
        Term term,
        String programmeCode,
        long schoolId,
        Money amount,
        LocalDate transferredOn) {}
