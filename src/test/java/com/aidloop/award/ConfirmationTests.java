package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.ConfirmingAwards.Request;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRulesManagement;
import com.aidloop.school.SchoolNotFound;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Confirmation (资助确认) against PostgreSQL: the paying rules, all or nothing, and two staff confirming at once. */
@SpringBootTest
class ConfirmationTests {

    private static final DataScope COUNTY = DataScope.region("430626");

    @Autowired
    ConfirmingAwards confirming;

    @Autowired
    PayingRulesManagement payingRules;

    @Autowired
    JdbcClient jdbc;

    @Test
    void confirmsAllUnconfirmedAwardsOfASchoolProgrammeAndTermAndAuditsIt() {
        Term term = Term.parse("2031-SPRING");
        ConfirmationFixtures.clear(jdbc, term);
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        for (int i = 0; i < 3; i++) {
            ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.SANSHI_PRIMARY, i);
        }
        payingRules.setQuota(school, "PRIMARY_LIVING_SUBSIDY", term.code(), "3", "1500", COUNTY);

        ConfirmedAwards confirmed = confirming.confirm(
                new Request(term, school, "PRIMARY_LIVING_SUBSIDY", null), ConfirmationFixtures.county("county"));

        assertThat(confirmed.awardIds()).hasSize(3);
        assertThat(confirmed.amount().yuan()).isEqualByComparingTo("1500");
        assertThat(confirmedCount(term)).isEqualTo(3);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'award-confirmation' AND object_id = :id")
                        .param("id", school + ":" + term.code())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> confirming.confirm(
                        new Request(term, school, "PRIMARY_LIVING_SUBSIDY", null),
                        ConfirmationFixtures.county("county")))
                .isInstanceOf(NothingToConfirm.class);
    }

    @Test
    void refusesAllWhenTheQuotaWouldBeExceededAndConfirmsNothing() {
        Term term = Term.parse("2031-AUTUMN");
        ConfirmationFixtures.clear(jdbc, term);
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        for (int i = 0; i < 3; i++) {
            ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.SANSHI_PRIMARY, i);
        }
        payingRules.setQuota(school, "PRIMARY_LIVING_SUBSIDY", term.code(), "2", "", COUNTY);

        assertThatThrownBy(() -> confirming.confirm(
                        new Request(term, school, null, null), ConfirmationFixtures.county("county")))
                .isInstanceOfSatisfying(ConfirmationRefused.class, refused -> {
                    assertThat(refused.breaches()).singleElement().satisfies(b -> {
                        assertThat(b.rule()).isEqualTo(PayingRule.QUOTA);
                        assertThat(b.awards()).singleElement().satisfies(a -> assertThat(a.idNumberMasked())
                                .contains("*"));
                    });
                });
        assertThat(confirmedCount(term)).isZero();
    }

    @Test
    void refusesAnAmountThatDoesNotFitTheStandardOfTheTerm() {
        Term term = Term.parse("2032-SPRING");
        ConfirmationFixtures.clear(jdbc, term);
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        ConfirmationFixtures.award(
                jdbc,
                term,
                ConfirmationFixtures.SANSHI_PRIMARY,
                0,
                "PRIMARY_LIVING_SUBSIDY",
                "义务教育家庭经济困难学生生活补助",
                "PRIMARY",
                "寄宿生",
                "480.00");

        assertThatThrownBy(() -> confirming.confirm(
                        new Request(term, school, "PRIMARY_LIVING_SUBSIDY", null),
                        ConfirmationFixtures.county("county")))
                .isInstanceOfSatisfying(ConfirmationRefused.class, refused -> assertThat(refused.breaches())
                        .extracting(RuleBreach::rule)
                        .containsExactly(PayingRule.STANDARD_AMOUNT));
        assertThat(confirmedCount(term)).isZero();
    }

    @Test
    void refusesToConfirmTheNationalAndTheEncouragementScholarshipOfOneStudentTogether() {
        Term term = Term.parse("2032-AUTUMN");
        long school = oneStudentWithBothScholarshipsAndAnotherWithTheEncouragement(term);

        assertThatThrownBy(() -> confirming.confirm(
                        new Request(term, school, null, null), ConfirmationFixtures.county("county")))
                .isInstanceOfSatisfying(ConfirmationRefused.class, refused -> assertThat(refused.breaches())
                        .singleElement()
                        .satisfies(b -> {
                            assertThat(b.rule()).isEqualTo(PayingRule.EXCLUSIVE_PROGRAMMES);
                            assertThat(b.awards()).hasSize(2);
                        }));
        assertThat(confirmedCount(term)).isZero();
    }

    @Test
    void refusesTheEncouragementScholarshipOfAStudentHoldingTheNationalScholarshipInTheSchoolYear() {
        Term term = Term.parse("2032-AUTUMN");
        long school = oneStudentWithBothScholarshipsAndAnotherWithTheEncouragement(term);

        confirming.confirm(
                new Request(term, school, "HIGHER_NATIONAL_SCHOLARSHIP", null), ConfirmationFixtures.county("county"));

        assertThatThrownBy(() -> confirming.confirm(
                        new Request(term, school, "HIGHER_ENCOURAGEMENT_SCHOLARSHIP", null),
                        ConfirmationFixtures.county("county")))
                .isInstanceOfSatisfying(ConfirmationRefused.class, refused -> assertThat(refused.breaches())
                        .singleElement()
                        .satisfies(b -> assertThat(b.awards()).singleElement().satisfies(a -> assertThat(a.detail())
                                .isEqualTo("已确认国家奖学金（高等教育）"))));
        assertThat(confirmedCount(term)).isEqualTo(1);
    }

    /** The first student of the school holds the national (国家奖学金) and the encouragement scholarship (国家励志奖学金), the second only the latter; returns the school's id. */
    private long oneStudentWithBothScholarshipsAndAnotherWithTheEncouragement(Term term) {
        ConfirmationFixtures.clear(jdbc, term);
        higherScholarship(term, 0, "HIGHER_NATIONAL_SCHOLARSHIP", "国家奖学金", "10000.00");
        higherScholarship(term, 0, "HIGHER_ENCOURAGEMENT_SCHOLARSHIP", "国家励志奖学金", "6000.00");
        higherScholarship(term, 1, "HIGHER_ENCOURAGEMENT_SCHOLARSHIP", "国家励志奖学金", "6000.00");
        return ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.ANDING_PRIMARY);
    }

    private void higherScholarship(Term term, int nth, String programmeCode, String programmeName, String amount) {
        ConfirmationFixtures.award(
                jdbc,
                term,
                ConfirmationFixtures.ANDING_PRIMARY,
                nth,
                programmeCode,
                programmeName,
                "HIGHER",
                "标准",
                amount);
    }

    @Test
    void aSchoolOutsideTheScopeIsNotFound() {
        Term term = Term.parse("2031-SPRING");
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        var elsewhere = new com.aidloop.iam.CurrentAccount(
                0, "other-county", "其他县", ConfirmationFixtures.county("x").roles(), "430624", null);
        assertThatThrownBy(() -> confirming.confirm(new Request(term, school, null, null), elsewhere))
                .isInstanceOf(SchoolNotFound.class);
    }

    @Test
    void twoStaffConfirmingAtTheSameMomentNeverExceedTheQuotaTogether() throws Exception {
        Term term = Term.parse("2033-SPRING");
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        for (int round = 0; round < 3; round++) {
            ConfirmationFixtures.clear(jdbc, term);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.SANSHI_PRIMARY, i));
            }
            payingRules.setQuota(school, "PRIMARY_LIVING_SUBSIDY", term.code(), "3", "", COUNTY);
            List<Object> outcomes = race(term, school, ids.subList(0, 2), ids.subList(2, 4));

            assertThat(outcomes).filteredOn(o -> o instanceof ConfirmedAwards).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof ConfirmationRefused r
                            && r.breaches().getFirst().rule() == PayingRule.QUOTA)
                    .hasSize(1);
            assertThat(confirmedCount(term)).isEqualTo(2);
        }
    }

    @Test
    void twoStaffConfirmingAtTheSameMomentNeverExceedTheBudgetTogether() throws Exception {
        Term term = Term.parse("2033-AUTUMN");
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        ConfirmationFixtures.clear(jdbc, term);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(ConfirmationFixtures.livingSubsidy(jdbc, term, ConfirmationFixtures.SANSHI_PRIMARY, i));
        }
        payingRules.setQuota(school, "PRIMARY_LIVING_SUBSIDY", term.code(), "", "1500", COUNTY);
        List<Object> outcomes = race(term, school, ids.subList(0, 2), ids.subList(2, 4));

        assertThat(outcomes).filteredOn(o -> o instanceof ConfirmedAwards).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o instanceof ConfirmationRefused r
                        && r.breaches().getFirst().rule() == PayingRule.BUDGET)
                .hasSize(1);
        assertThat(jdbc.sql("SELECT sum(amount) FROM award_award WHERE term = :term AND confirmed_at IS NOT NULL")
                        .param("term", term.code())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1000");
    }

    /** Two staff confirm a half each, released at the same moment; returns what each got (result or exception). */
    private List<Object> race(Term term, long school, List<Long> first, List<Long> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (var pair : List.of(List.of("county", first), List.of("county2", second))) {
                @SuppressWarnings("unchecked")
                List<Long> ids = (List<Long>) pair.get(1);
                Callable<Object> task = () -> {
                    start.await();
                    try {
                        return confirming.confirm(
                                new Request(term, school, "PRIMARY_LIVING_SUBSIDY", ids),
                                ConfirmationFixtures.county((String) pair.get(0)));
                    } catch (RuntimeException e) {
                        return e;
                    }
                };
                futures.add(pool.submit(task));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long confirmedCount(Term term) {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE term = :term AND confirmed_at IS NOT NULL")
                .param("term", term.code())
                .query(Long.class)
                .single();
    }
}
