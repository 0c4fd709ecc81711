package com.aidloop.registry.domain;

import com.aidloop.registry.Relation;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a household must follow. Each rule is named by the message code of the problem it
 * raises, placed on the member field that breaks it, so a person sees what to correct and why.
 * <ul>
 *   <li>{@code member.tooMany}: at most {@value #MAX_MEMBERS} members;</li>
 *   <li>{@code member.guardian.required}: a household that is listed names at least one guardian;</li>
 *   <li>{@code member.guardian.phoneRequired}: a guardian can be reached by phone (payout SMS);</li>
 *   <li>{@code member.relation.onlyOne}: one father and one mother at most;</li>
 *   <li>{@code member.idNumber.sameAsStudent}: a member is not the student;</li>
 *   <li>{@code member.idNumber.duplicate}: no two members share an ID number;</li>
 *   <li>{@code member.idNumber.genderMismatch}: a father, grandfather … has a male ID number, a
 *       mother, grandmother … a female one.</li>
 * </ul>
 * A student without any household member is allowed: roster imports often carry none.
 */
public final class HouseholdPolicy {

    public static final int MAX_MEMBERS = 15;
    private static final Set<Relation> ONLY_ONE = EnumSet.of(Relation.FATHER, Relation.MOTHER);

    private HouseholdPolicy() {}

    public static List<FieldProblem> check(IdentityDocument student, List<HouseholdMember> household) {
        List<FieldProblem> problems = new ArrayList<>();
        if (household.size() > MAX_MEMBERS) {
            problems.add(new FieldProblem("household", "member.tooMany", new Object[] {MAX_MEMBERS}));
            return problems;
        }
        if (!household.isEmpty() && household.stream().noneMatch(HouseholdMember::guardian)) {
            problems.add(new FieldProblem("household", "member.guardian.required", null));
        }
        Map<Relation, Integer> seen = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < household.size(); i++) {
            HouseholdMember member = household.get(i);
            String field = "household[" + i + "].";
            if (member.guardian() && member.phone() == null) {
                problems.add(new FieldProblem(
                        field + "phone", "member.guardian.phoneRequired", new Object[] {member.name()}));
            }
            if (ONLY_ONE.contains(member.relation()) && seen.merge(member.relation(), 1, Integer::sum) > 1) {
                problems.add(new FieldProblem(field + "relation", "member.relation.onlyOne", new Object[] {
                    member.relation().label()
                }));
            }
            if (member.document() != null) {
                checkDocument(student, member, field + "idNumber", ids, i).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** Throws when the household breaks a rule; aggregates call it to keep their invariant. */
    public static void require(IdentityDocument student, List<HouseholdMember> household) {
        List<FieldProblem> problems = check(student, household);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static Optional<FieldProblem> checkDocument(
            IdentityDocument student, HouseholdMember member, String field, Map<String, Integer> ids, int index) {
        IdentityDocument document = member.document();
        if (document.normalized().equals(student.normalized())) {
            return Optional.of(new FieldProblem(field, "member.idNumber.sameAsStudent", null));
        }
        Integer earlier = ids.putIfAbsent(document.normalized(), index);
        if (earlier != null) {
            return Optional.of(new FieldProblem(field, "member.idNumber.duplicate", new Object[] {earlier + 1}));
        }
        var implied = member.relation().impliedGender();
        if (implied != null
                && document.impliedGender().filter(g -> g != implied).isPresent()) {
            return Optional.of(new FieldProblem(field, "member.idNumber.genderMismatch", new Object[] {
                member.relation().label(), implied.label()
            }));
        }
        return Optional.empty();
    }
}
