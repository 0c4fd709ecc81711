package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.school.SchoolAccounts;
import com.aidloop.settlement.DraftingTransfers;
import com.aidloop.settlement.MealProvisions;
import com.aidloop.settlement.SchoolDue;
import com.aidloop.settlement.SchoolTransfers;
import com.aidloop.settlement.TransferView;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the demo county's settlement with its schools real work for {@link DemoRoster#TERM}, as the
 * people would have done it: the county records the schools' bank accounts (all but one
 * kindergarten), two primary schools record the meals they served, the county drafts every
 * 资金拨付单 it can and records the transfers of the fee waivers and of 三市镇中心小学's meals;
 * 平江县第一中学 and 三市镇中心小学 confirm receipt, the others still wait for the school, and
 * 安定镇中心小学's meals wait for the county.
 */
@Component
class DemoSettlement {

    private static final Logger log = LoggerFactory.getLogger(DemoSettlement.class);
    private static final String WITHOUT_ACCOUNT = "2143062621";
    private static final String NUTRITION = "RURAL_NUTRITION";

    private final SchoolAccounts accounts;
    private final ObjectProvider<MealProvisions> mealsProvider;
    private final ObjectProvider<DraftingTransfers> draftingProvider;
    private final ObjectProvider<SchoolTransfers> transfersProvider;
    private MealProvisions meals;
    private DraftingTransfers drafting;
    private SchoolTransfers transfers;

    /** The settlement module is absent from module tests of the modules below it (award): then nothing is loaded. */
    DemoSettlement(
            SchoolAccounts accounts,
            ObjectProvider<MealProvisions> meals,
            ObjectProvider<DraftingTransfers> drafting,
            ObjectProvider<SchoolTransfers> transfers) {
        this.accounts = accounts;
        this.mealsProvider = meals;
        this.draftingProvider = drafting;
        this.transfersProvider = transfers;
    }

    /** Never stops the start: a refused step is logged and the rest goes on. */
    void load(DemoRegistration.Registered people) {
        meals = mealsProvider.getIfAvailable();
        drafting = draftingProvider.getIfAvailable();
        transfers = transfersProvider.getIfAvailable();
        if (meals == null || drafting == null || transfers == null) {
            log.info("The settlement module is not running: the demo has no transfers to schools");
            return;
        }
        try {
            bankAccounts(people);
            provision(people.schoolStaff().get("2143062611"), List.of(3, 4, 5, 6));
            provision(people.schoolStaff().get("2143062612"), List.of(3, 4, 5));
            CurrentAccount county = people.county();
            DraftingTransfers.Drafted drafted = drafting.draftAll(DemoRoster.TERM, county);
            int transferred = 0;
            int confirmed = 0;
            for (SchoolDue due : drafting.due(DemoRoster.TERM, county.scope())) {
                TransferView t = due.transfer();
                boolean waitsForCounty = t == null || "2143062612".equals(t.schoolCode());
                if (waitsForCounty) {
                    continue;
                }
                TransferView done = transfers.recordTransfer(
                        t.id(),
                        LocalDate.of(2026, 4, 20),
                        "记-2026-04-" + t.reference().substring(7),
                        null,
                        county);
                transferred++;
                CurrentAccount school = people.schoolStaff().get(t.schoolCode());
                if (school != null) {
                    transfers.confirmReceipt(done.id(), null, school);
                    confirmed++;
                }
            }
            log.info(
                    "Demo settlement of {}: {} transfers drafted ({} schools left: {}), {} transferred, {} confirmed",
                    DemoRoster.TERM.code(),
                    drafted.drafted(),
                    drafted.left().size(),
                    drafted.left(),
                    transferred,
                    confirmed);
        } catch (RuntimeException refused) {
            log.warn("The demo settlement with schools was not loaded", refused);
        }
    }

    private void bankAccounts(DemoRegistration.Registered people) {
        int n = 0;
        for (DemoCounty.PlannedSchool school : DemoCounty.SCHOOLS) {
            if (school.code().equals(WITHOUT_ACCOUNT)) {
                continue;
            }
            Long id = people.schoolIds().get(school.code());
            accounts.set(
                    id,
                    school.name(),
                    n++ % 2 == 0 ? "中国农业银行平江县支行" : "湖南平江农村商业银行城关支行",
                    "1854 0301 0400 " + school.code().substring(4),
                    people.county());
        }
    }

    /** A school records its meals: 5 yuan a day for every nutrition student it had, a few days off some months. */
    private void provision(CurrentAccount school, List<Integer> months) {
        for (int month : months) {
            int days = month == 6 ? 18 : month == 5 ? 19 : 20;
            int students = 140 + month;
            meals.record(
                    NUTRITION,
                    DemoRoster.TERM,
                    "2026-" + String.format("%02d", month),
                    Integer.toString(days),
                    Integer.toString(students),
                    Integer.toString(days * students * 5),
                    school);
        }
    }
}
