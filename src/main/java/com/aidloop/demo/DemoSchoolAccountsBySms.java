package com.aidloop.demo;

import com.aidloop.iam.BulkAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.school.accounts.AccountsForCounty;
import com.aidloop.school.accounts.PasswordsBySms;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first day of the demo county, accounts: the schools of 三市镇 have a contact with a mobile,
 * and the security administrator opened an account for each of them (username the school code)
 * with the initial password sent by SMS to that mobile: the passwords sit sealed in the SMS outbox
 * as the messages' secrets, never shown. Once: a county whose 三市镇 schools all have a contact
 * keeps what it has.
 */
@Component
class DemoSchoolAccountsBySms {

    static final String BATCH = "平江县三市镇各学校资助专干";

    private static final DataScope COUNTY = DataScope.region(DemoCounty.CODE);

    private final ObjectProvider<SchoolManagement> schools;
    private final ObjectProvider<AccountsForCounty> accounts;
    private final ObjectProvider<PasswordsBySms> sms;
    private final ObjectProvider<SmsOutbox> outbox;
    private final boolean wanted;

    /**
     * Beans of the school and notification modules come through providers: module tests of other
     * modules start without them.
     */
    DemoSchoolAccountsBySms(
            ObjectProvider<SchoolManagement> schools,
            ObjectProvider<AccountsForCounty> accounts,
            ObjectProvider<PasswordsBySms> sms,
            ObjectProvider<SmsOutbox> outbox,
            DemoInstallation installation) {
        this.schools = schools;
        this.accounts = accounts;
        this.sms = sms;
        this.outbox = outbox;
        this.wanted = installation.wanted();
    }

    @Order(DemoOrder.SCHOOL_ACCOUNTS)
    @EventListener(ApplicationReadyEvent.class)
    void openOnce() {
        SchoolManagement schoolManagement = schools.getIfAvailable();
        AccountsForCounty county = accounts.getIfAvailable();
        PasswordsBySms passwords = sms.getIfAvailable();
        // without an outbox no password can go by SMS: leave the schools without a contact, as they were
        if (!wanted
                || schoolManagement == null
                || county == null
                || passwords == null
                || outbox.getIfAvailable() == null) {
            return;
        }
        Set<Long> contacted = new HashSet<>();
        for (SchoolView school : schoolManagement.choices(DataScope.region(DemoCounty.SANSHI_TOWN))) {
            if (DemoCounty.SCHOOLS.stream().anyMatch(p -> p.code().equals(school.code()))
                    && school.contactName() == null) {
                schoolManagement.revise(school.id(), school.version(), withContact(school), COUNTY);
                contacted.add(school.id());
            }
        }
        if (contacted.isEmpty()) {
            return;
        }
        List<BulkAccounts.Wanted> wantedAccounts =
                county.wanted(AccountsForCounty.Kind.SCHOOLS, DemoCounty.CODE).stream()
                        .filter(w -> contacted.contains(w.schoolId()))
                        .toList();
        passwords.open(wantedAccounts, BATCH);
    }

    /** The school with a contact teacher and a mobile of the demo's own range (139 0730 …). */
    private static SchoolInput withContact(SchoolView school) {
        SchoolInput as = SchoolInput.of(school);
        String mobile = String.format(
                Locale.ROOT, "1390730%04d", Integer.parseInt(school.code().substring(6)));
        return new SchoolInput(
                as.code(), as.name(), as.stages(), as.ownership(), as.townshipCode(), as.address(), "彭老师", mobile);
    }
}
