package com.aidloop.demo;

import com.aidloop.funding.FundAllocations;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.platform.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the demo county's funding register the budget notices of its spring term, entered by the
 * {@code county} account as the aid centre would when each reached it: the central share of the
 * primary living subsidy arrived five months ago and nothing of it is paid yet, so the funding
 * report shows one line of idle money (闲置沉淀); the other notices arrived within the limit.
 */
@Component
class DemoFunds {

    private record Notice(String programme, String source, String amount, String documentNo, int daysAgo) {}

    private static final List<Notice> NOTICES = List.of(
            new Notice("PRIMARY_LIVING_SUBSIDY", "CENTRAL", "320000.00", "湘财教指〔2026〕8号", 150),
            new Notice("PRIMARY_LIVING_SUBSIDY", "PROVINCIAL", "160000.00", "湘财教指〔2026〕9号", 40),
            new Notice("PRIMARY_LIVING_SUBSIDY", "COUNTY", "160000.00", "平财教〔2026〕3号", 20),
            new Notice("SENIOR_HIGH_NATIONAL_GRANT", "CENTRAL", "450000.00", "湘财教指〔2026〕15号", 45),
            new Notice("SENIOR_HIGH_NATIONAL_GRANT", "PROVINCIAL", "150000.00", "湘财教指〔2026〕16号", 45));

    private final ObjectProvider<FundAllocations> allocations;
    private final ChinaTime time;

    /** The register comes through a provider: a module test of disbursement starts without funding. */
    DemoFunds(ObjectProvider<FundAllocations> allocations, ChinaTime time) {
        this.allocations = allocations;
        this.time = time;
    }

    void load(CurrentAccount county) {
        FundAllocations register = allocations.getIfAvailable();
        if (register == null) {
            return;
        }
        LocalDate today = time.today();
        for (Notice notice : NOTICES) {
            register.record(
                    notice.programme(),
                    DemoRoster.TERM.code(),
                    notice.source(),
                    notice.amount(),
                    notice.documentNo(),
                    today.minusDays(notice.daysAgo()).toString(),
                    "",
                    county);
        }
    }
}
