package com.aidloop.identification.specialchannel;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.specialchannel.domain.ReasonCategory;
import com.aidloop.identification.specialchannel.domain.SpecialChannel;
import org.springframework.stereotype.Component;

/**
 * The special channel card of an application's page (bean {@code specialChannelCards}): the
 * newest request for the student and the application's school year, and whether the school may
 * ask now. Shown to the school and the county only.
 */
@Component("specialChannelCards")
public class SpecialChannelCards {

    private final SpecialChannels channels;
    private final CurrentAccounts accounts;

    SpecialChannelCards(SpecialChannels channels, CurrentAccounts accounts) {
        this.channels = channels;
        this.accounts = accounts;
    }

    /**
     * @param latest the newest request, or null
     * @param mayRequest whether the caller's school may ask now (no request, or the last one refused or withdrawn)
     */
    public record Card(boolean shown, SpecialChannel latest, boolean mayRequest, long studentId, int schoolYear) {

        /** The reason categories the form offers. */
        public ReasonCategory[] categories() {
            return ReasonCategory.values();
        }
    }

    /** The card of an application the caller has read in reach already. */
    public Card of(Application application) {
        CurrentAccount account = accounts.current();
        long student = application.facts().studentId();
        int year = application.facts().schoolYear();
        if (!SpecialChannels.reads(account)) {
            return new Card(false, null, false, student, year);
        }
        SpecialChannel latest = channels.of(student, year, account).orElse(null);
        boolean mayRequest = SpecialChannels.requests(account)
                && SpecialChannels.schoolYears().contains(year)
                && (latest == null || !latest.status().live());
        return new Card(true, latest, mayRequest, student, year);
    }
}
