package com.aidloop.registry.domain;

import com.aidloop.registry.Relation;
import com.aidloop.registry.Residence;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.FieldChecks;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.RegionCode;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what a person typed into checked facts, listing every problem of every field at once.
 * On an update a blank sensitive field keeps the value of the stored student, so edit forms
 * never have to show (and so reveal) full values.
 */
public final class StudentParser {

    /** The checked parts of a student, ready to register or to revise with. */
    public record Parsed(StudentFacts facts, List<HouseholdMember> household, AidCard aidCard) {}

    private final FieldChecks checks = new FieldChecks();
    private final Student existing;

    private StudentParser(Student existing) {
        this.existing = existing;
    }

    /** Checks a new student. */
    public static Parsed parse(StudentInput input) {
        return new StudentParser(null).run(input);
    }

    /** Checks a revision of a stored student: blank sensitive fields keep their stored values. */
    public static Parsed parse(StudentInput input, Student existing) {
        return new StudentParser(existing).run(input);
    }

    private Parsed run(StudentInput in) {
        String name = checks.field("name", () -> PersonName.check(in.name(), "student"));
        IdentityDocument document = document(in);
        Gender gender = gender(in.gender(), document);
        StudentNumber studentNumber = blank(in.studentNumber())
                ? (existing == null ? null : existing.facts().studentNumber())
                : checks.field("studentNumber", () -> new StudentNumber(in.studentNumber()));
        if (in.schoolId() == null) {
            checks.reject("schoolId", "student.school.required");
        }
        String grade = checks.field("grade", () -> StudentFacts.checkGrade(in.grade()));
        String className = checks.field("className", () -> StudentFacts.checkClass(in.className()));
        RegionCode township = checks.field("householdTownship", () -> township(in.householdTownship()));
        RegionCode village = checks.optional(
                "householdVillage", in.householdVillage(), () -> village(in.householdVillage(), township));
        Residence residence = checks.field("residence", () -> Residence.parse(in.residence()));
        List<HouseholdMember> household = household(in.household());
        AidCard card = card(in.aidCard());
        checks.throwIfAny();
        StudentFacts facts = new StudentFacts(
                name, gender, document, studentNumber, in.schoolId(), grade, className, township, village, residence);
        checks.addAll(HouseholdPolicy.check(document, household));
        checks.throwIfAny();
        return new Parsed(facts, household, card);
    }

    private IdentityDocument document(StudentInput in) {
        IdDocumentType type = checks.field("idType", () -> IdDocumentType.fromLabel(in.idType()));
        if (type == null) {
            return null;
        }
        if (blank(in.idNumber()) && existing != null) {
            IdentityDocument stored = existing.facts().document();
            if (stored.type() == type) {
                return stored;
            }
            checks.reject("idNumber", "student.idNumber.requiredOnTypeChange");
            return null;
        }
        return checks.field("idNumber", () -> IdentityDocument.of(type, in.idNumber()));
    }

    private Gender gender(String raw, IdentityDocument document) {
        if (blank(raw)) {
            if (document != null && document.impliedGender().isPresent()) {
                return document.impliedGender().get();
            }
            if (document != null) {
                checks.reject("gender", "student.gender.required");
            }
            return null;
        }
        Gender gender = checks.field("gender", () -> Gender.fromLabel(raw));
        if (gender != null && document != null) {
            checks.check("gender", () -> StudentFacts.requireGenderOf(document, gender));
        }
        return gender;
    }

    private static RegionCode township(String raw) {
        String code = Text.compact(raw);
        if (code.isEmpty()) {
            throw new InvalidValue("student.householdTownship.required");
        }
        if (!allDigits(code, 9)) {
            throw new InvalidValue("student.householdTownship.format");
        }
        return new RegionCode(code);
    }

    private static RegionCode village(String raw, RegionCode township) {
        String code = Text.compact(raw);
        if (!allDigits(code, 12)) {
            throw new InvalidValue("student.householdVillage.format");
        }
        RegionCode village = new RegionCode(code);
        StudentFacts.requireVillageUnder(village, township);
        return village;
    }

    private List<HouseholdMember> household(List<MemberInput> inputs) {
        Map<Long, HouseholdMember> stored = existing == null
                ? Map.of()
                : existing.household().stream().collect(Collectors.toMap(HouseholdMember::id, Function.identity()));
        List<HouseholdMember> members = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MemberInput in = inputs.get(i);
            HouseholdMember member = member("household[" + i + "].", in, in.id() == null ? null : stored.get(in.id()));
            if (member != null) {
                members.add(member);
            }
        }
        return members;
    }

    private HouseholdMember member(String f, MemberInput in, HouseholdMember old) {
        int before = checks.problems().size();
        String name = checks.field(f + "name", () -> PersonName.check(in.name(), "member"));
        Relation relation = checks.field(f + "relation", () -> Relation.parse(in.relation()));
        IdentityDocument document = blank(in.idNumber())
                ? (old == null ? null : old.document())
                : checks.field(
                        f + "idNumber",
                        () -> IdentityDocument.of(IdDocumentType.fromLabel(in.idType()), in.idNumber()));
        PhoneNumber phone = blank(in.phone())
                ? (old == null ? null : old.phone())
                : checks.field(f + "phone", () -> new PhoneNumber(in.phone()));
        String employer = checks.field(f + "employer", () -> HouseholdMember.checkEmployer(in.employer()));
        Money income = blank(in.annualIncome())
                ? (old == null ? null : old.annualIncome())
                : checks.field(f + "annualIncome", () -> income(in.annualIncome()));
        Health health = blank(in.health())
                ? (old == null ? null : old.health())
                : checks.field(f + "health", () -> new Health(in.health()));
        if (checks.problems().size() > before) {
            return null;
        }
        return new HouseholdMember(
                old == null ? null : old.id(),
                name,
                relation,
                in.guardian(),
                document,
                phone,
                employer,
                income,
                health);
    }

    private static Money income(String raw) {
        Money income = Money.yuan(raw);
        if (income.isNegative()) {
            throw new InvalidValue("member.income.negative");
        }
        return income;
    }

    private AidCard card(CardInput in) {
        if (in == null || in.isBlank()) {
            return null;
        }
        AidCard stored = existing == null ? null : existing.aidCard();
        String bank = checks.field("aidCard.bank", () -> AidCard.checkBank(in.bank()));
        BankCardNumber number;
        if (blank(in.cardNumber()) && stored != null) {
            number = stored.number();
        } else {
            number = checks.field("aidCard.cardNumber", () -> new BankCardNumber(in.cardNumber()));
        }
        return bank == null || number == null ? null : new AidCard(bank, number);
    }

    /** A code of exactly this many ASCII digits (imports check it on every row: no regular expression). */
    private static boolean allDigits(String code, int length) {
        if (code.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return Text.compact(s).isEmpty();
    }
}
