package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.adjustment.AdjustmentRequest;
import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.school.SchoolManagement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * A semester adjustment in the demo county: 三市镇中心小学 (张敏, account {@code school}) re-assesses
 * its first decided application of the school year after an accident in the family, re-scored
 * under the county's model, so the application page shows an adjustment in its history and the
 * documents carry it. Once: the first decided application with an adjustment is left as it is.
 * Ordered after {@code DemoReviewWork}, which makes the decided applications.
 */
@Component
class DemoAdjustment {

    private static final String SANSHI_PRIMARY = "2143062611";

    private final ObjectProvider<Applications> applications;
    private final ObjectProvider<AdjustingIdentification> adjusting;
    private final SchoolManagement schools;
    private final boolean wanted;

    /** Identification comes through providers: other modules' tests start without it. */
    DemoAdjustment(
            ObjectProvider<Applications> applications,
            ObjectProvider<AdjustingIdentification> adjusting,
            SchoolManagement schools,
            Environment environment,
            ObjectProvider<EmbeddedDatabaseInUse> embedded) {
        this.applications = applications;
        this.adjusting = adjusting;
        this.schools = schools;
        this.wanted = embedded.getIfAvailable() != null || environment.acceptsProfiles(Profiles.of("demo"));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void adjustOnce() {
        Applications listed = applications.getIfAvailable();
        AdjustingIdentification adjuster = adjusting.getIfAvailable();
        if (!wanted || listed == null || adjuster == null) {
            return;
        }
        schools.byCode(SANSHI_PRIMARY).ifPresent(school -> {
            CurrentAccount staff = new CurrentAccount(0, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, school.id());
            firstDecided(listed, staff)
                    .filter(row -> adjuster.history(row.id(), staff).size() == 1)
                    .ifPresent(row -> adjuster.adjust(row.id(), request(row), staff));
        });
    }

    private static Optional<ApplicationRow> firstDecided(Applications listed, CurrentAccount staff) {
        return listed.list(staff, Applications.currentSchoolYear(), ApplicationStatus.DECIDED, null).stream()
                .findFirst();
    }

    private static AdjustmentRequest request(ApplicationRow row) {
        DifficultyLevel level =
                row.decidedLevel() == DifficultyLevel.SPECIAL ? DifficultyLevel.FAIRLY : DifficultyLevel.SPECIAL;
        LocalDate hurt = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(12);
        return new AdjustmentRequest(
                level, "学期动态调整：父亲务工时受伤致残，家庭失去主要收入来源", new Emergency(Emergency.Kind.ACCIDENT, hurt, "务工受伤"), true);
    }
}
