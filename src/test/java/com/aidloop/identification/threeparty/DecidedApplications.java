package com.aidloop.identification.threeparty;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.HomeVisit;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.testing.SchoolPupils;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For three-party review tests: applications of the demo county's primary school (三市镇中心小学)
 * that the school decided, so that they wait at the student's village; removed again by {@link
 * #removeAll()}.
 */
public final class DecidedApplications {

    static final String SCHOOL_CODE = "2143062611";

    private final JdbcClient jdbc;
    private final Applications applications;
    private final SubmittingApplication submitting;
    private final DecidingApplications deciding;
    private final List<Long> made = new ArrayList<>();

    public DecidedApplications(
            JdbcClient jdbc,
            Applications applications,
            SubmittingApplication submitting,
            DecidingApplications deciding) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.submitting = submitting;
        this.deciding = deciding;
    }

    public CurrentAccount school() {
        long schoolId = jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", SCHOOL_CODE)
                .query(Long.class)
                .single();
        return new CurrentAccount(-71, "school-tp", "测试", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }

    public static CurrentAccount reviewer(Role role, String region) {
        return new CurrentAccount(-72, "tp-" + role.name().toLowerCase(), "测试", Set.of(role), region, null);
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                List.of(new Member("李建国", "父亲", 42, "农村务农", "", new BigDecimal("9000"), Health.MAJOR_ILLNESS)),
                Incomes.NONE,
                Set.of("GUER"),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of(),
                new Commitment("王秀英", LocalDate.now()));
    }

    /** A decided application of a student with a household village; answers its id. */
    public long decided(CurrentAccount school) {
        long student = SchoolPupils.withoutApplication(jdbc, SCHOOL_CODE, SchoolPupils.Also.HOUSEHOLD_VILLAGE);
        long id = applications.start(student, Source.PAPER, school);
        made.add(id);
        applications.revise(id, form(), school);
        applications.consent(id, "王秀英", true, true, school);
        submitting.submit(id, school);
        jdbc.sql(
                        "UPDATE identification_application SET status = 'CLASS_REVIEWED', version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        deciding.decide(id, DifficultyLevel.FAIRLY, "家访核实父亲大病", school);
        return id;
    }

    public String villageOf(long id) {
        return jdbc.sql("SELECT village_code FROM identification_three_party_review WHERE application_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Village (属实, the given visit or none) and township pass an application on to the county. */
    public void toTheCounty(ThreePartyReviews reviews, long id, HomeVisit visit) {
        String village = villageOf(id);
        reviews.villageChecks(
                id,
                new VillageCheck(VillageVerdict.TRUE, "与申请一致", visit, "village", Instant.now()),
                reviewer(Role.VILLAGE_REVIEWER, village));
        reviews.townshipPasses(List.of(id), "同意", reviewer(Role.TOWNSHIP_REVIEWER, village.substring(0, 9)));
    }

    public void removeAll() {
        Long[] ids = made.toArray(Long[]::new);
        jdbc.sql("DELETE FROM identification_three_party_return WHERE application_id = ANY(:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM identification_three_party_review WHERE application_id = ANY(:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", ids)
                .update();
        made.clear();
    }
}
