package com.aidloop.identification.threeparty;

import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.threeparty.domain.HomeVisit;
import com.aidloop.identification.threeparty.domain.ReviewRouting;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.ThreePartyReview;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import com.aidloop.identification.threeparty.persistence.ThreePartyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample three-party review work for a demonstration: decided applications of a county's village
 * wait for the village, others of the village's township wait for the township (the village
 * checked them), others of the county wait for the county (one of them overdue). Each is moved
 * through the application's and the review's state machines.
 */
@Service
public class SampleReviews {

    private final JdbcClient jdbc;
    private final Applications applications;
    private final ThreePartyStore reviews;

    SampleReviews(JdbcClient jdbc, Applications applications, ThreePartyStore reviews) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.reviews = reviews;
    }

    /** Seeds once (none when the county has reviews); answers how many applications went to review. */
    @Transactional
    public int seed(String countyCode, String villageCode, int perStep, String villageName) {
        String township = villageCode.substring(0, 9);
        boolean seeded = jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM identification_three_party_review WHERE county_code = :c)")
                .param("c", countyCode)
                .query(Boolean.class)
                .single();
        if (seeded) {
            return 0;
        }
        int made = 0;
        made += moveTo(
                decided(countyCode, "s.household_village_code = :village", villageCode, perStep),
                ReviewStep.VILLAGE,
                villageName);
        made += moveTo(
                decided(
                        countyCode,
                        "left(s.household_village_code, 9) = :village AND s.household_village_code <> :village2",
                        township,
                        perStep,
                        villageCode),
                ReviewStep.TOWNSHIP,
                villageName);
        made += moveTo(
                decided(countyCode, "left(s.household_village_code, 9) <> :village", township, perStep * 2),
                ReviewStep.COUNTY,
                villageName);
        return made;
    }

    private List<Object[]> decided(String county, String where, String code, int limit, String... other) {
        return jdbc.sql("""
                        SELECT a.id, s.household_village_code, sc.stages[1]
                          FROM identification_application a
                          JOIN registry_student s ON s.id = a.student_id
                          JOIN school_school sc ON sc.id = a.school_id
                         WHERE a.status = 'DECIDED' AND left(a.school_township_code, 6) = :county AND a.school_year = :year
                           AND sc.stages && ARRAY['PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_HIGH', 'VOCATIONAL']::text[]
                           AND (""" + where + ") ORDER BY a.id LIMIT :limit")
                .param("county", county)
                .param("year", Applications.currentSchoolYear())
                .param("village", code)
                .param("village2", other.length > 0 ? other[0] : "")
                .param("limit", limit)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .list();
    }

    private int moveTo(List<Object[]> rows, ReviewStep step, String villageName) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int n = 0;
        for (Object[] row : rows) {
            Application a = applications.forReviewer((Long) row[0]);
            a.sendToThreePartyReview();
            applications.saveForReviewer(a);
            ReviewRouting routing = ReviewRouting.of(
                    a.facts().schoolId(), a.facts().schoolTownshipCode(), (String) row[1], (String) row[2]);
            // the first of the county's items waits longer than the deadline, to show an overdue flag:
            // three weeks hold more than 5 working days even across the Spring Festival or National Day
            Instant since = step == ReviewStep.COUNTY && n == 0 ? now.minus(Duration.ofDays(21)) : now;
            ThreePartyReview review = ThreePartyReview.start(a.id(), routing, since);
            if (step != ReviewStep.VILLAGE) {
                HomeVisit visit = n % 2 == 0
                        ? new HomeVisit(VisitMethod.ON_SITE, today.minusDays(2), "刘明", "家中有病人，住房简陋，与申请一致")
                        : null;
                review.villageChecks(
                        new VillageCheck(VillageVerdict.TRUE, villageName + "核实属实", visit, "village", since));
            }
            if (step == ReviewStep.COUNTY) {
                review.townshipPasses("同意", "township", since);
            }
            reviews.insert(review);
            n++;
        }
        return n;
    }
}
