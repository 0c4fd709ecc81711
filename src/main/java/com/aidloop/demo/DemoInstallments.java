package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PayingRulesManagement;
import com.aidloop.programme.PayoutSchedule;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo province pays the vocational national grant (国家助学金（中职）) monthly onto the aid card,
 * five months a term, as the regulation [S21] says it is paid: a setting of the catalogue recorded
 * by the province from the demo term on, before the demo awards are confirmed (so that they keep it),
 * once; a province that recorded otherwise keeps its own.
 */
@Component
class DemoInstallments {

    static final String VOCATIONAL_GRANT = "VOCATIONAL_NATIONAL_GRANT";
    static final int MONTHS = 5;

    private static final Logger log = LoggerFactory.getLogger(DemoInstallments.class);
    private static final CurrentAccount PROVINCE =
            new CurrentAccount(0, "system", "湖南省学生资助管理中心", Set.of(Role.PROVINCE_STAFF), "43", null);

    private final ObjectProvider<PayingRulesManagement> management;
    private final ObjectProvider<PayingRules> rules;
    private final boolean wanted;

    /** The rules come through providers: module tests of other modules start without the catalogue. */
    DemoInstallments(
            ObjectProvider<PayingRulesManagement> management,
            ObjectProvider<PayingRules> rules,
            DemoInstallation installation) {
        this.management = management;
        this.rules = rules;
        this.wanted = installation.wanted();
    }

    /** Before the demo county's awards are loaded and confirmed (the loader runs just after the highest precedence). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void monthlyVocationalGrantOnce() {
        PayingRulesManagement recording = management.getIfAvailable();
        PayingRules reading = rules.getIfAvailable();
        if (!wanted || recording == null || reading == null) {
            return;
        }
        boolean recorded = reading.scheduleHistory(VOCATIONAL_GRANT).stream()
                .anyMatch(s -> s.validFrom().compareTo(DemoRoster.TERM) >= 0);
        if (recorded || reading.scheduleFor(VOCATIONAL_GRANT, DemoRoster.TERM).mode() == PayoutSchedule.Mode.MONTHLY) {
            return;
        }
        try {
            recording.recordSchedule(
                    VOCATIONAL_GRANT,
                    DemoRoster.TERM.code(),
                    PayoutSchedule.Mode.MONTHLY.name(),
                    Integer.toString(MONTHS),
                    "本省中职国家助学金按月发放到资助卡（每学期5个月）",
                    "[S21]",
                    PROVINCE);
        } catch (RuntimeException refused) {
            log.warn("The demo's monthly vocational grant was not recorded: {}", refused.getMessage());
        }
    }
}
