package com.aidloop.registry.domain;

import com.aidloop.registry.Relation;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Text;
import java.util.Objects;

/**
 * A member of the student's household, possibly a guardian (家庭成员/监护人). The ID number,
 * phone, annual income and health are sensitive; all but the name and relation are optional.
 *
 * @param id the stored member's id, or null for a new one
 */
public record HouseholdMember(
        Long id,
        String name,
        Relation relation,
        boolean guardian,
        IdentityDocument document,
        PhoneNumber phone,
        String employer,
        Money annualIncome,
        Health health) {

    public static final int EMPLOYER_MAX = 60;

    public HouseholdMember {
        name = PersonName.check(name, "member");
        Objects.requireNonNull(relation);
        employer = checkEmployer(employer);
        if (annualIncome != null && annualIncome.isNegative()) {
            throw new InvalidValue("member.income.negative");
        }
    }

    public static String checkEmployer(String raw) {
        String employer = Text.normalize(raw);
        if (employer.length() > EMPLOYER_MAX) {
            throw new InvalidValue("member.employer.length", EMPLOYER_MAX);
        }
        return employer.isEmpty() ? null : employer;
    }

    public HouseholdMember withId(long newId) {
        return new HouseholdMember(newId, name, relation, guardian, document, phone, employer, annualIncome, health);
    }

    @Override
    public String toString() {
        return "HouseholdMember[" + id + " " + name + " " + relation.label() + (guardian ? " 监护人 " : " ")
                + (document == null ? "-" : document.masked()) + " " + (phone == null ? "-" : phone.masked())
                + " income " + Masking.hidden(annualIncome == null ? null : "x") + " health "
                + Masking.hidden(health == null ? null : "x") + "]";
    }
}
