package com.aidloop.registry;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.RegisteredPhones;
import com.aidloop.registry.persistence.FamilyQueries;
import com.aidloop.shared.PhoneNumber;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The registry as family access sees it: which students a household phone reaches (iam's
 * {@link RegisteredPhones}), a family's students as its pages show them, and the guardians'
 * phones of a scope for a notice. Callers have decided who may see what: a family only the
 * students iam's FamilyAccess grants it, staff only their scope.
 */
@Component
public class FamilyStudents implements RegisteredPhones {

    private final FamilyQueries queries;

    FamilyStudents(FamilyQueries queries) {
        this.queries = queries;
    }

    @Override
    public Set<Long> studentsReachableAt(String phoneIndex) {
        return queries.studentsWithPhone(phoneIndex);
    }

    /** The students, in id order; ids not registered are left out. */
    public List<FamilyStudent> students(Collection<Long> ids) {
        return queries.students(new LinkedHashSet<>(ids));
    }

    public Optional<FamilyStudent> student(long id) {
        return students(List.of(id)).stream().findFirst();
    }

    /** Every guardian's registered phone of the students the scope covers. */
    public List<GuardianPhone> guardiansOf(DataScope scope) {
        return queries.guardiansOf(scope);
    }

    /**
     * The guardians' registered phones of one student, first-listed first, for a message to the
     * family (the caller has read the student in its own reach).
     */
    public List<GuardianPhone> guardiansOf(long studentId) {
        return queries.guardiansOf(studentId);
    }

    /**
     * A student as a family's pages and notices need it.
     *
     * @param birthDate from the ID number; null when the document carries none
     */
    public record FamilyStudent(
            long id,
            String name,
            long schoolId,
            String grade,
            String className,
            String schoolTownship,
            String householdTownship,
            String householdVillage,
            LocalDate birthDate) {

        /** Whether the student is at least that old on the day; unknown birth dates are not. */
        public boolean atLeast(int years, LocalDate on) {
            return birthDate != null && Period.between(birthDate, on).getYears() >= years;
        }
    }

    /** A guardian's phone, in clear for the outbox (which seals it), with the student. */
    public record GuardianPhone(long memberId, PhoneNumber phone, FamilyStudent student) {

        @Override
        public String toString() {
            return "GuardianPhone[" + memberId + " " + phone.masked() + " student " + student.id() + "]";
        }
    }
}
