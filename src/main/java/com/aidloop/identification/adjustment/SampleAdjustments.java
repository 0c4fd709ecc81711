package com.aidloop.identification.adjustment;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.adjustment.persistence.AdjustmentStore;
import com.aidloop.identification.application.ApplicationReach;
import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.DifficultyLevel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A sample semester adjustment for the demo county: a school's first finally decided application
 * of the school year re-assessed after an accident in the family, re-scored. One decided outside
 * three-party review is preferred (it stays final); a county-approved one goes back to the review.
 * Once: when the school has the sample's adjustment, nothing is done.
 */
@Service
public class SampleAdjustments {

    static final String REASON = "学期动态调整：父亲务工时受伤致残，家庭失去主要收入来源";

    private final Applications applications;
    private final AdjustingIdentification adjusting;
    private final AdjustmentStore store;
    private final ApplicationReach reach;

    SampleAdjustments(
            Applications applications,
            AdjustingIdentification adjusting,
            AdjustmentStore store,
            ApplicationReach reach) {
        this.applications = applications;
        this.adjusting = adjusting;
        this.store = store;
        this.reach = reach;
    }

    /** Adjusts the school's first finally decided application (by class and name) unless it did once; answers whether it did. */
    public boolean adjustOnce(CurrentAccount schoolStaff) {
        if (store.anyWithReason(REASON, reach.of(schoolStaff))) {
            return false;
        }
        Optional<ApplicationRow> first =
                applications.list(schoolStaff, Applications.currentSchoolYear(), null, null).stream()
                        .filter(row -> row.status().finallyDecided())
                        .sorted(Comparator.comparing(row -> row.status() != ApplicationStatus.DECIDED))
                        .findFirst();
        if (first.isEmpty()) {
            return false;
        }
        ApplicationRow row = first.get();
        DifficultyLevel level =
                row.decidedLevel() == DifficultyLevel.SPECIAL ? DifficultyLevel.FAIRLY : DifficultyLevel.SPECIAL;
        LocalDate hurt = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(12);
        adjusting.adjust(
                row.id(),
                new AdjustmentRequest(level, REASON, new Emergency(Emergency.Kind.ACCIDENT, hurt, "务工受伤"), true),
                schoolStaff);
        return true;
    }
}
