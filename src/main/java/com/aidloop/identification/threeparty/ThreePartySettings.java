package com.aidloop.identification.threeparty;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.calendar.HolidayCalendar;
import com.aidloop.calendar.WorkingDays;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.threeparty.domain.ReviewRefused;
import com.aidloop.identification.threeparty.domain.StepDeadlines;
import com.aidloop.identification.threeparty.domain.ThreePartyRules;
import com.aidloop.identification.threeparty.persistence.SettingStore;
import com.aidloop.platform.ChinaTime;
import com.aidloop.school.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's choice of the stages that go to three-party review and the deadline of each step in
 * working days (counted on the holiday calendar); audited.
 */
@Service
public class ThreePartySettings {

    static final String AUDITED_AS = "identification_three_party_setting";

    private final SettingStore store;
    private final AuditTrail audit;
    private final HolidayCalendar calendar;
    private final ChinaTime time;

    ThreePartySettings(SettingStore store, AuditTrail audit, HolidayCalendar calendar, ChinaTime time) {
        this.store = store;
        this.audit = audit;
        this.calendar = calendar;
        this.time = time;
    }

    /** The county's deadlines as they stand today, on the holiday calendar as it is now. */
    public StepDeadlines deadlines(String countyCode) {
        return new StepDeadlines(of(countyCode), calendar.workingDays(), time.zone(), time.today());
    }

    /** {@link #deadlines(String)} of many counties, the calendar read once. */
    public List<StepDeadlines> deadlines(List<String> countyCodes) {
        WorkingDays days = calendar.workingDays();
        LocalDate today = time.today();
        return countyCodes.stream()
                .map(county -> new StepDeadlines(of(county), days, time.zone(), today))
                .toList();
    }

    /** The county's rules, or the defaults when it chose none. */
    public ThreePartyRules of(String countyCode) {
        return countyCode == null || countyCode.length() < 6
                ? ThreePartyRules.defaults()
                : store.of(countyCode.substring(0, 6)).orElseGet(ThreePartyRules::defaults);
    }

    /** Saves the county's rules; only a county account (6-digit region) chooses them. */
    @Transactional
    public void save(ThreePartyRules rules, CurrentAccount account) {
        String county = account.regionCode();
        if (county == null || county.length() != 6) {
            throw new ReviewRefused("identification.threeParty.countyOnly");
        }
        store.save(county, rules, account.username());
        audit.record(AuditRecord.of(
                "UPDATE",
                AUDITED_AS,
                county,
                "三方会审设置：学段 "
                        + rules.stages().stream().sorted().map(Stage::label).collect(Collectors.joining("、"))
                        + "；期限 村" + rules.villageDays() + "个工作日、乡镇" + rules.townshipDays() + "个工作日、县"
                        + rules.countyDays() + "个工作日"));
    }
}
