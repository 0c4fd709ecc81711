package com.aidloop.programme;

import com.aidloop.shared.Refusal;
import com.aidloop.shared.Term;

/**
 * A card payout asked for a programme whose money goes to the school or is provided in kind: its
 * awards are settled with the school by a transfer (资金拨付单), never paid onto students' cards.
 */
public class ProgrammeNotPaidByCard extends Refusal {

    public ProgrammeNotPaidByCard(String programmeName, PaymentChannel channel, Term term) {
        super(Kind.INVALID, "paying.channel.notByCard", programmeName, channel.label(), term.label());
    }
}
