package com.aidloop.award;

import com.aidloop.iam.DataScope;
import java.util.Collection;
import java.util.Map;

/**
 * The levels (and the difficulty types) of students' identifications in force (finally decided) for a school year, which an
 * award of a need-based programme rests on. Implemented by the identification module, which
 * depends on this one; without it, no student holds an identification ({@link
 * NoIdentificationsKnown}).
 */
public interface IdentificationLevels {

    /**
     * The level label (特别困难, 比较困难, 一般困难 or 不困难) of each student's identification in force
     * for the school year (认定年度, 2025 = autumn 2025 and spring 2026), within the scope; students
     * without one are absent.
     */
    Map<Long, String> levels(Collection<Long> studentIds, int schoolYear, DataScope scope);

    /**
     * Each student's identification in force for the school year, within the scope, with the
     * roster difficulty types it supports (read from the sealed forms, one batch); students without
     * one are absent. A system check for the roster import, not a person's view of the forms.
     */
    Map<Long, IdentificationInForce> inForce(Collection<Long> studentIds, int schoolYear, DataScope scope);
}
