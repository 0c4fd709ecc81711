package com.aidloop.identification.application;

import com.aidloop.award.IdentificationInForce;
import com.aidloop.award.IdentificationLevels;
import com.aidloop.iam.DataScope;
import com.aidloop.identification.application.persistence.InForceStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which students hold an identification in force (finally decided: {@code
 * ApplicationStatus.finallyDecided()}) for a school year, and at which level: what an award of a
 * need-based programme rests on ({@link IdentificationLevels}, the award module's port). Read for
 * many students at once, within the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class IdentificationsInForce implements IdentificationLevels {

    private final InForceStore store;

    IdentificationsInForce(InForceStore store) {
        this.store = store;
    }

    /**
     * The level (its label: 特别困难, 比较困难, 一般困难 or 不困难) of each student's identification in
     * force for the school year (认定年度, 2025 = autumn 2025 and spring 2026); students without one are absent.
     */
    @Override
    public Map<Long, String> levels(Collection<Long> studentIds, int schoolYear, DataScope scope) {
        Map<Long, String> labels = new HashMap<>();
        store.levels(studentIds, schoolYear, scope).forEach((student, level) -> labels.put(student, level.label()));
        return labels;
    }

    /**
     * Each student's identification in force with the roster difficulty types its form's special
     * groups support ({@link RosterDifficultyTypes}): the forms are opened in one batch inside this
     * module for the roster import's check, a system check and not a person's view, so no REVEAL
     * is audited per form and nothing of a form leaves but the types.
     */
    @Override
    public Map<Long, IdentificationInForce> inForce(Collection<Long> studentIds, int schoolYear, DataScope scope) {
        Map<Long, IdentificationInForce> inForce = new HashMap<>();
        store.held(studentIds, schoolYear, scope).forEach((student, held) -> {
            RosterDifficultyTypes.Supported types = RosterDifficultyTypes.of(held.specialGroups());
            inForce.put(
                    student,
                    new IdentificationInForce(
                            held.level().label(), new LinkedHashSet<>(types.supported()), types.toFill()));
        });
        return inForce;
    }
}
