package com.aidloop.identification.threeparty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.ReturnTarget;
import com.aidloop.identification.threeparty.domain.ReviewRefused;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three-party review against PostgreSQL with the demo county: a primary school's decision goes on
 * to the student's village; the village sees the family facts (audited) and returns it to the
 * school, which decides again; village, township and county pass it; the county approves many at
 * once; another village gets 404; a township cannot approve.
 */
@SpringBootTest
class ThreePartyReviewsTests {

    @Autowired
    Applications applications;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    DecidingApplications deciding;

    @Autowired
    ThreePartyReviews reviews;

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

    CurrentAccount school() {
        return decided.school();
    }

    static CurrentAccount reviewer(Role role, String region) {
        return DecidedApplications.reviewer(role, region);
    }

    long decided(CurrentAccount school) {
        return decided.decided(school);
    }

    String villageOf(long id) {
        return decided.villageOf(id);
    }

    @Test
    void aDecisionGoesThroughVillageTownshipAndCountyWithAReturnToTheSchool() {
        CurrentAccount school = school();
        long id = decided(school);
        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.THREE_PARTY_REVIEW);
        assertThat(applications.get(id, school).status().finallyDecided()).isFalse();
        String village = villageOf(id);
        CurrentAccount villager = reviewer(Role.VILLAGE_REVIEWER, village);
        CurrentAccount township = reviewer(Role.TOWNSHIP_REVIEWER, village.substring(0, 9));
        CurrentAccount county = reviewer(Role.COUNTY_STAFF, "430626");

        assertThat(reviews.queue(new QueueFilter(ReviewStep.VILLAGE, null, village, null, false), villager))
                .extracting(QueueRow::applicationId)
                .contains(id);
        ReviewView seen = reviews.view(id, villager);
        assertThat(seen.familyFacts()).isTrue();
        assertThat(seen.revealed().idNumber()).doesNotContain("*");
        long student = applications.get(id, school).facts().studentId();
        assertThat(reveals(student, id)).as("one REVEAL record for one view").isEqualTo(1);
        assertThat(audited(id, "REVEAL"))
                .as("not recorded again as the review's")
                .isZero();
        assertThat(reviews.view(id, township).familyFacts()).isFalse();

        reviews.returnTo(id, ReturnTarget.SCHOOL, "父亲已外出务工，收入与申请不符", villager);
        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.CLASS_REVIEWED);
        deciding.decide(id, DifficultyLevel.GENERAL, "村级核实后调整", school);
        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.THREE_PARTY_REVIEW);

        reviews.villageChecks(id, new VillageCheck(VillageVerdict.TRUE, "", null, "village", Instant.now()), villager);
        assertThatThrownBy(() -> reviews.approve(List.of(id), township)).isInstanceOf(ReviewRefused.class);
        assertThat(reviews.townshipPasses(List.of(id), "同意", township)).isEqualTo(1);
        assertThat(reviews.counts(county))
                .anySatisfy(c -> assertThat(c.waiting()).isPositive());

        assertThat(reviews.approve(List.of(id), county)).isEqualTo(1);
        assertThat(reviews.approve(List.of(id), county)).isZero();
        assertThat(applications.get(id, school).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(id, school).status().finallyDecided()).isTrue();
        assertThat(applications.get(id, school).decision().level()).isEqualTo(DifficultyLevel.GENERAL);
        assertThat(reviews.view(id, county).review().round()).isEqualTo(2);
        assertThat(audited(id, "REJECT")).isEqualTo(1);
    }

    @Test
    void anotherVillageSeesNothingAndAVillageCannotPassTheTownshipsStep() {
        CurrentAccount school = school();
        long id = decided(school);
        String village = villageOf(id);
        String other = village.substring(0, 9) + (village.endsWith("999") ? "998" : "999");

        assertThatThrownBy(() -> reviews.view(id, reviewer(Role.VILLAGE_REVIEWER, other)))
                .isInstanceOf(ReviewNotFound.class);
        CurrentAccount villager = reviewer(Role.VILLAGE_REVIEWER, village);
        assertThatThrownBy(() -> reviews.townshipPasses(List.of(id), "", villager))
                .isInstanceOf(ReviewRefused.class);
        assertThatThrownBy(() -> reviews.villageChecks(
                        id,
                        new VillageCheck(VillageVerdict.TRUE, "", null, "t", Instant.now()),
                        reviewer(Role.TOWNSHIP_REVIEWER, village.substring(0, 9))))
                .isInstanceOf(ReviewRefused.class);
    }

    @Test
    void theTownshipAndTheCountyMoveManyAtOnceAuditingEachApplication() {
        CurrentAccount school = school();
        List<Long> ids = List.of(decided(school), decided(school), decided(school));
        CurrentAccount township = reviewer(Role.TOWNSHIP_REVIEWER, "430626");
        CurrentAccount county = reviewer(Role.COUNTY_STAFF, "430626");
        for (long id : ids.subList(0, 2)) {
            reviews.villageChecks(
                    id,
                    new VillageCheck(VillageVerdict.TRUE, "", null, "village", Instant.now()),
                    reviewer(Role.VILLAGE_REVIEWER, villageOf(id)));
        }
        long stillAtVillage = ids.get(2);

        assertThat(reviews.townshipPasses(ids, "  同意  ", township)).isEqualTo(2);
        assertThat(stepOf(stillAtVillage)).isEqualTo("VILLAGE");
        for (long id : ids.subList(0, 2)) {
            assertThat(stepOf(id)).isEqualTo("COUNTY");
            assertThat(reviews.view(id, county).review().townshipNote()).isEqualTo("同意");
            assertThat(reviews.view(id, county).review().townshipBy()).isEqualTo(township.username());
            assertThat(auditedAs(id, "乡镇审核通过")).isEqualTo(1);
        }
        assertThat(reviews.townshipPasses(ids, "", township))
                .as("a second pass finds none at its step")
                .isZero();
        assertThatThrownBy(() -> reviews.townshipPasses(ids, "意".repeat(501), township))
                .isInstanceOf(ReviewRefused.class);

        assertThat(reviews.approve(ids, county)).isEqualTo(2);
        for (long id : ids.subList(0, 2)) {
            assertThat(auditedAs(id, "县级审批通过三方会审认定"))
                    .as("one record per application")
                    .isEqualTo(1);
        }
        assertThat(auditedAs(stillAtVillage, "县级审批通过三方会审认定")).isZero();
        assertThat(auditedAs(stillAtVillage, "乡镇审核通过")).isZero();
    }

    String stepOf(long id) {
        return jdbc.sql("SELECT step FROM identification_three_party_review WHERE application_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    long auditedAs(long id, String summary) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event
                         WHERE object_type = 'identification_three_party' AND object_id = :id AND action = 'APPROVE'
                           AND summary = :summary
                        """)
                .param("id", String.valueOf(id))
                .param("summary", summary)
                .query(Long.class)
                .single();
    }

    long reveals(long student, long application) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event
                         WHERE object_type = 'student' AND object_id = :student AND action = 'REVEAL'
                           AND summary LIKE :application
                        """)
                .param("student", String.valueOf(student))
                .param("application", "%申请号 " + application + "）%")
                .query(Long.class)
                .single();
    }

    long audited(long id, String action) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event
                         WHERE object_type = 'identification_three_party' AND object_id = :id AND action = :action
                        """)
                .param("id", String.valueOf(id))
                .param("action", action)
                .query(Long.class)
                .single();
    }
}
