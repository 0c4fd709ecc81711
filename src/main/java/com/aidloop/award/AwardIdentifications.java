package com.aidloop.award;

import com.aidloop.iam.DataScope;
import com.aidloop.programme.IdentificationRequirements;
import com.aidloop.programme.NeedBasedProgrammes;
import com.aidloop.shared.Term;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What awards of need-based programmes rest on, for the roster import and the confirmation: the
 * catalogue's requirements in a county and term, and the students' identifications in force for
 * the term's school year.
 */
@Component
public class AwardIdentifications {

    private final NeedBasedProgrammes needBased;
    private final IdentificationLevels inForce;

    AwardIdentifications(NeedBasedProgrammes needBased, IdentificationLevels inForce) {
        this.needBased = needBased;
        this.inForce = inForce;
    }

    /** The need-based programmes' requirements in a county (6 digits) and term. */
    public IdentificationRequirements requirements(String countyCode, Term term) {
        return needBased.requirements(countyCode, term);
    }

    /** The level labels of the students' identifications in force for the term's school year, within the scope. */
    public Map<Long, String> levels(Collection<Long> studentIds, Term term, DataScope scope) {
        return inForce.levels(studentIds, IdentificationRequirements.schoolYearOf(term), scope);
    }

    /**
     * The students' identifications in force for the term's school year, with the difficulty
     * types they support, within the scope.
     */
    public Map<Long, IdentificationInForce> inForce(Collection<Long> studentIds, Term term, DataScope scope) {
        return inForce.inForce(studentIds, IdentificationRequirements.schoolYearOf(term), scope);
    }

    /** The county a school's township (9 digits) lies in. */
    public static String countyOf(String townshipCode) {
        return townshipCode.substring(0, 6);
    }
}
