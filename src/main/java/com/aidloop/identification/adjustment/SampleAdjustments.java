package com.aidloop.identification.adjustment;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.DifficultyLevel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A sample semester adjustment for the demo county: a school's first decided application of the
 * school year re-assessed after an accident in the family, re-scored. Once: when that application
 * already has an adjustment, nothing is done.
 */
@Service
public class SampleAdjustments {

    static final String REASON = "学期动态调整：父亲务工时受伤致残，家庭失去主要收入来源";

    private final Applications applications;
    private final AdjustingIdentification adjusting;

    SampleAdjustments(Applications applications, AdjustingIdentification adjusting) {
        this.applications = applications;
        this.adjusting = adjusting;
    }

    /** Adjusts the school's first decided application (by class and name) unless it was adjusted; answers whether it did. */
    public boolean adjustOnce(CurrentAccount schoolStaff) {
        Optional<ApplicationRow> first =
                applications
                        .list(schoolStaff, Applications.currentSchoolYear(), ApplicationStatus.DECIDED, null)
                        .stream()
                        .findFirst();
        if (first.isEmpty() || adjusting.history(first.get().id(), schoolStaff).size() > 1) {
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
