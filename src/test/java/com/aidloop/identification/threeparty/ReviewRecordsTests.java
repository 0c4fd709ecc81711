package com.aidloop.identification.threeparty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.HomeVisit;
import com.aidloop.identification.threeparty.domain.ReturnTarget;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The printed three-party review record against PostgreSQL: every step with who and when, the
 * return with its reason, the ID number masked and nothing of income or health; the school and the
 * reviewers in scope print it (audited), another township's reviewer gets 404 and none in its batch.
 * And the queue's due day in working days with its overdue flag.
 */
@SpringBootTest
class ReviewRecordsTests {

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ThreePartyReviews reviews;

    @Autowired
    ThreePartySettings settings;

    @Autowired
    ReviewRecords records;

    @Autowired
    JdbcClient jdbc;

    private DecidedApplications decided;

    @BeforeEach
    void fixture() {
        decided = new DecidedApplications(jdbc, applications, submitting, deciding);
    }

    @AfterEach
    void removeTheApplicationsMade() {
        decided.removeAll();
    }

    @Test
    void theRecordShowsEveryStepAndTheReturnWithAMaskedIdAndNothingOfIncomeOrHealth() {
        CurrentAccount school = decided.school();
        long id = decided.decided(school);
        String village = decided.villageOf(id);
        CurrentAccount villager = DecidedApplications.reviewer(Role.VILLAGE_REVIEWER, village);
        CurrentAccount township = DecidedApplications.reviewer(Role.TOWNSHIP_REVIEWER, village.substring(0, 9));
        CurrentAccount county = DecidedApplications.reviewer(Role.COUNTY_REVIEWER, "430626");
        reviews.returnTo(id, ReturnTarget.SCHOOL, "父亲已外出务工，请学校重新认定", villager);
        deciding.decide(id, DifficultyLevel.GENERAL, "村级核实后调整", school);
        HomeVisit visit = new HomeVisit(VisitMethod.ON_SITE, LocalDate.of(2026, 11, 30), "刘明", "父亲住院治疗");
        reviews.villageChecks(
                id,
                new VillageCheck(VillageVerdict.TRUE, "与申请一致", visit, villager.username(), Instant.now()),
                villager);
        reviews.townshipPasses(List.of(id), "同意", township);
        reviews.approve(List.of(id), county);

        ReviewRecord r = records.one(id, township);

        assertThat(r.student().idNumberMasked()).matches("[0-9]{6}\\*{8}[0-9]{3}[0-9X]");
        assertThat(r.student().schoolName()).isNotBlank();
        assertThat(r.decidedLevel()).isEqualTo(DifficultyLevel.GENERAL);
        assertThat(r.step()).isEqualTo(ReviewStep.APPROVED);
        assertThat(r.round()).isEqualTo(2);
        assertThat(r.village().verdict()).isEqualTo(VillageVerdict.TRUE);
        assertThat(r.village().note()).isEqualTo("与申请一致");
        assertThat(r.village().visitMethod()).isEqualTo(VisitMethod.ON_SITE);
        assertThat(r.village().visitBy()).isEqualTo("刘明");
        assertThat(r.township().note()).isEqualTo("同意");
        assertThat(r.township().by()).isEqualTo(township.username());
        assertThat(r.county().by()).isEqualTo(county.username());
        assertThat(r.county().at()).isNotNull();
        assertThat(r.returns()).singleElement().satisfies(x -> {
            assertThat(x.round()).isEqualTo(1);
            assertThat(x.back().from()).isEqualTo(ReviewStep.VILLAGE);
            assertThat(x.back().to()).isEqualTo(ReturnTarget.SCHOOL);
            assertThat(x.back().reason()).isEqualTo("父亲已外出务工，请学校重新认定");
        });
        assertThat(r.toString())
                .as("no visit finding, income or health in the record")
                .doesNotContain("住院", "9000", "大病");
        assertThat(exported(id)).isEqualTo(1);

        assertThat(records.one(id, school).applicationId())
                .as("the school prints its own")
                .isEqualTo(id);
        assertThat(records.one(id, villager).applicationId()).isEqualTo(id);
        assertThat(exported(id)).as("each printing audited").isEqualTo(3);
    }

    @Test
    void anotherTownshipsReviewerGets404AndFindsNoneInItsBatch() {
        CurrentAccount school = decided.school();
        long id = decided.decided(school);
        String village = decided.villageOf(id);
        String otherTownship = village.startsWith("430626101") ? "430626102" : "430626101";
        CurrentAccount stranger = DecidedApplications.reviewer(Role.TOWNSHIP_REVIEWER, otherTownship);
        ThreePartyPassage.approve(reviews, jdbc, List.of(id));
        int year = applications.get(id, school).facts().schoolYear();

        assertThatThrownBy(() -> records.one(id, stranger)).isInstanceOf(ReviewNotFound.class);
        assertThatThrownBy(() ->
                        records.one(id, DecidedApplications.reviewer(Role.VILLAGE_REVIEWER, otherTownship + "201")))
                .isInstanceOf(ReviewNotFound.class);
        assertThat(records.approved(new RecordFilter(year, null, null), stranger)
                        .records())
                .extracting(ReviewRecord::applicationId)
                .doesNotContain(id);
        CurrentAccount own = DecidedApplications.reviewer(Role.TOWNSHIP_REVIEWER, village.substring(0, 9));
        assertThat(records.approved(new RecordFilter(year, school.schoolId(), village.substring(0, 9)), own)
                        .records())
                .extracting(ReviewRecord::applicationId)
                .contains(id);
        assertThat(records.approved(new RecordFilter(year - 1, null, null), own).records())
                .extracting(ReviewRecord::applicationId)
                .doesNotContain(id);
        assertThat(exported(id)).as("the stranger's attempts are not printings").isEqualTo(1);
    }

    @Test
    void aQueueRowShowsItsDueDayInWorkingDaysAndAnOldOneIsOverdue() {
        CurrentAccount school = decided.school();
        long fresh = decided.decided(school);
        long old = decided.decided(school);
        var deadlines = settings.deadlines("430626");
        jdbc.sql("UPDATE identification_three_party_review SET step_since = :at WHERE application_id = :id")
                .param(
                        "at",
                        java.sql.Timestamp.from(deadlines
                                .overdueIfEnteredBefore(ReviewStep.VILLAGE)
                                .minusSeconds(3600)))
                .param("id", old)
                .update();
        CurrentAccount freshVillage = DecidedApplications.reviewer(Role.VILLAGE_REVIEWER, decided.villageOf(fresh));
        CurrentAccount oldVillage = DecidedApplications.reviewer(Role.VILLAGE_REVIEWER, decided.villageOf(old));

        QueueRow freshRow = row(freshVillage, fresh);
        QueueRow oldRow = row(oldVillage, old);

        int days = settings.of("430626").villageDays();
        assertThat(freshRow.workingDays()).isEqualTo(days);
        assertThat(freshRow.dueOn()).isEqualTo(deadlines.workingDays().addWorkingDays(deadlines.today(), days));
        assertThat(freshRow.overdue()).isFalse();
        assertThat(oldRow.overdue()).isTrue();
        assertThat(oldRow.dueOn()).isBefore(deadlines.today());
        assertThat(reviews.counts(oldVillage))
                .filteredOn(c -> c.step().equals(ReviewStep.VILLAGE.label()))
                .singleElement()
                .satisfies(c -> assertThat(c.overdue()).isPositive());
    }

    QueueRow row(CurrentAccount villager, long id) {
        return reviews.queue(new QueueFilter(ReviewStep.VILLAGE, null, null, null, false), villager).stream()
                .filter(r -> r.applicationId() == id)
                .findFirst()
                .orElseThrow();
    }

    long exported(long id) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event
                         WHERE object_type = 'identification_three_party' AND object_id = :id AND action = 'EXPORT'
                        """).param("id", String.valueOf(id)).query(Long.class).single();
    }
}
