package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recovering money (追回资金) from a pupil's awards: only from confirmed awards (only those could
 * have been paid); recorded by one county staff member and waiting (待复核) until another confirms
 * it, the pending money already reserving its award so that two recordings never exceed what was
 * paid, but counted as recovered only once confirmed. Each test has a school of its own.
 */
@SpringBootTest
class AwardRecoveriesTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Term TERM = Term.of(TODAY);

    @Autowired
    AwardRecoveries recoveries;

    @Autowired
    RecoveryReviews reviews;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    CurrentAccount maker =
            new CurrentAccount(-1, "recovery-maker", "登记员", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null);
    CurrentAccount checker =
            new CurrentAccount(-2, "recovery-checker", "复核员", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null);

    SchoolView school;
    long pupilId;

    @BeforeEach
    void aPupilOfASchoolOfItsOwn() {
        school = schools.open(
                SchoolFixtures.primarySchool("追回资金测试小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());
        pupilId = students.register(People.pupil("追小回", school.id()), SchoolFixtures.county())
                .id();
    }

    @Test
    void refusesAnUnconfirmedAwardNamingItAndListsOnlyConfirmedAwardsAsRecoverable() {
        long confirmed = AwardSeeds.student(TERM, pupilId).confirmed().insert(jdbc);
        long unconfirmed = AwardSeeds.student(TERM, pupilId)
                .programme("PRIMARY_NUTRITION", "营养膳食补助")
                .insert(jdbc);

        assertThatThrownBy(() ->
                        recoveries.record(recovery(List.of(confirmed, unconfirmed), "100.00", "SK-A"), terms(), maker))
                .isInstanceOf(RecoveryRefused.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("营养膳食补助", TERM.label(), "尚未确认"));

        assertThat(recoveries.entriesOfStudent(pupilId, terms(), SchoolFixtures.county()))
                .isEmpty();
        List<RecoverableAward> awards = recoveries.ofStudent(pupilId, terms(), SchoolFixtures.county());
        assertThat(awards)
                .filteredOn(RecoverableAward::recoverable)
                .extracting(RecoverableAward::awardId)
                .containsExactly(confirmed);
        assertThat(awards)
                .filteredOn(a -> a.awardId() == unconfirmed)
                .singleElement()
                .satisfies(a -> assertThat(a.recoverable()).isFalse());
    }

    @Test
    void aPendingRecoveryReservesTheAwardButCountsAsRecoveredOnlyOnceASecondStaffMemberConfirmsIt() {
        long awardId =
                AwardSeeds.student(TERM, pupilId).amount("500.00").confirmed().insert(jdbc);
        AwardRecoveries.Recorded first =
                recoveries.record(recovery(List.of(awardId), "300.00", "SK-1"), terms(), maker);

        assertThatThrownBy(() -> recoveries.record(recovery(List.of(awardId), "300.00", "SK-2"), terms(), maker))
                .isInstanceOf(RecoveryRefused.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("200.00"));
        RecoveryTotals pending = recoveries.totalsInTerm(TERM, DataScope.school(school.id()));
        assertThat(pending.recovered().yuan()).isEqualByComparingTo("0.00");
        assertThat(pending.pending().yuan()).isEqualByComparingTo("300.00");
        assertThat(recoveries.inTerm(TERM, DataScope.school(school.id()), RecoveryStatus.CONFIRMED, 10))
                .isEmpty();

        assertThatThrownBy(() -> reviews.confirm(first.entry(), maker))
                .isInstanceOf(RecoveryRefused.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("由您登记"));
        reviews.confirm(first.entry(), checker);

        RecoveryTotals confirmed = recoveries.totalsInTerm(TERM, DataScope.school(school.id()));
        assertThat(confirmed.recovered().yuan()).isEqualByComparingTo("300.00");
        assertThat(confirmed.recoveredCount()).isEqualTo(1);
        assertThat(confirmed.pending().yuan()).isEqualByComparingTo("0.00");
        assertThat(recoveries.entriesOfStudent(pupilId, terms(), SchoolFixtures.county()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(RecoveryStatus.CONFIRMED);
                    assertThat(e.reviewedBy()).isEqualTo("recovery-checker");
                });
        assertThat(audited(first.entry())).containsExactly("APPROVE");
    }

    @Test
    void aRejectedRecoveryReservesNothingAndCannotBeReviewedAgain() {
        long awardId =
                AwardSeeds.student(TERM, pupilId).amount("500.00").confirmed().insert(jdbc);
        long entry = recoveries
                .record(recovery(List.of(awardId), "500.00", "SK-3"), terms(), maker)
                .entry();

        reviews.reject(entry, "收据金额不符", checker);

        assertThat(recoveries
                        .ofStudent(pupilId, terms(), SchoolFixtures.county())
                        .getFirst()
                        .open()
                        .yuan())
                .isEqualByComparingTo("500.00");
        assertThatThrownBy(() -> reviews.confirm(entry, checker)).isInstanceOf(RecoveryRefused.class);
        assertThat(recoveries
                        .totalsInTerm(TERM, DataScope.school(school.id()))
                        .pending()
                        .yuan())
                .isEqualByComparingTo("0.00");
        assertThat(audited(entry)).containsExactly("REJECT");
    }

    private AwardRecoveries.Recovery recovery(List<Long> awardIds, String amount, String voucher) {
        return new AwardRecoveries.Recovery(
                pupilId, awardIds, new BigDecimal(amount), TODAY, voucher + "-" + pupilId, "家庭经济不困难", "测试");
    }

    private static List<Term> terms() {
        return List.of(TERM);
    }

    private List<String> audited(long entry) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'award-recovery' AND object_id = :id")
                .param("id", String.valueOf(entry))
                .query(String.class)
                .list();
    }
}
