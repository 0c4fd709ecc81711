package com.aidloop.identification.threeparty;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests whose subject comes after the identification is final (adjustment, notice, documents):
 * takes applications a school decided on a stage inside three-party review through the village
 * (属实), the township and the county, as their reviewers would. Applications outside the review are
 * left as they are.
 */
public final class ThreePartyPassage {

    private ThreePartyPassage() {}

    /** Village, township and county pass each application in three-party review: finally decided. */
    public static void approve(ThreePartyReviews reviews, JdbcClient jdbc, List<Long> applicationIds) {
        for (long id : applicationIds) {
            List<String[]> routes = jdbc.sql("""
                            SELECT coalesce(village_code, township_code), township_code, county_code
                            FROM identification_three_party_review WHERE application_id = :id AND step = 'VILLAGE'
                            """)
                    .param("id", id)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .list();
            for (String[] route : routes) {
                Role villageStep = route[0].length() == 12 ? Role.VILLAGE_REVIEWER : Role.TOWNSHIP_REVIEWER;
                reviews.villageChecks(
                        id,
                        new VillageCheck(VillageVerdict.TRUE, "", null, "test-village", Instant.now()),
                        reviewer(villageStep, route[0]));
                reviews.townshipPasses(List.of(id), "同意", reviewer(Role.TOWNSHIP_REVIEWER, route[1]));
                reviews.approve(List.of(id), reviewer(Role.COUNTY_REVIEWER, route[2]));
            }
        }
    }

    private static CurrentAccount reviewer(Role role, String region) {
        return new CurrentAccount(-73, "passage-" + role.name().toLowerCase(), "测试", Set.of(role), region, null);
    }
}
