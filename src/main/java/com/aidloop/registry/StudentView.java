package com.aidloop.registry;

import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import java.time.Instant;
import java.util.List;

/**
 * A student as the detail page and the API show it by default: every sensitive value masked,
 * income and health only as "given or not". Region and school names are filled in for display.
 *
 * @param version the optimistic-locking version an edit must send back
 * @param aidCard the card on record, which payouts use
 * @param pendingCardChange a change of the card waiting for a second person (the card on record stays until then), or null
 */
public record StudentView(
        long id,
        int version,
        String name,
        Gender gender,
        IdDocumentType idType,
        String idNumberMasked,
        String studentNumberMasked,
        long schoolId,
        String schoolName,
        String grade,
        String className,
        String householdTownship,
        String householdTownshipName,
        String householdVillage,
        String householdVillageName,
        Residence residence,
        List<MemberView> household,
        CardView aidCard,
        Instant createdAt,
        Instant updatedAt,
        CardChangeView pendingCardChange) {

    public StudentView {
        household = List.copyOf(household);
    }

    /** A household member, masked. */
    public record MemberView(
            long id,
            String name,
            Relation relation,
            boolean guardian,
            IdDocumentType idType,
            String idNumberMasked,
            String phoneMasked,
            String employer,
            boolean incomeGiven,
            boolean healthGiven) {

        /** ****** when an income is on record, empty otherwise. */
        public String incomeMasked() {
            return incomeGiven ? "******" : "";
        }

        public String healthMasked() {
            return healthGiven ? "******" : "";
        }
    }

    /** The aid card, masked; {@code luhnWarning} says the number fails the Luhn check. */
    public record CardView(String bank, String cardNumberMasked, boolean luhnWarning) {}

    public StudentView withHousehold(List<MemberView> members) {
        return new StudentView(
                id,
                version,
                name,
                gender,
                idType,
                idNumberMasked,
                studentNumberMasked,
                schoolId,
                schoolName,
                grade,
                className,
                householdTownship,
                householdTownshipName,
                householdVillage,
                householdVillageName,
                residence,
                members,
                aidCard,
                createdAt,
                updatedAt,
                pendingCardChange);
    }

    public StudentView withNames(String school, String township, String village) {
        return new StudentView(
                id,
                version,
                name,
                gender,
                idType,
                idNumberMasked,
                studentNumberMasked,
                schoolId,
                school,
                grade,
                className,
                householdTownship,
                township,
                householdVillage,
                village,
                residence,
                household,
                aidCard,
                createdAt,
                updatedAt,
                pendingCardChange);
    }

    public StudentView withPendingCardChange(CardChangeView change) {
        return new StudentView(
                id,
                version,
                name,
                gender,
                idType,
                idNumberMasked,
                studentNumberMasked,
                schoolId,
                schoolName,
                grade,
                className,
                householdTownship,
                householdTownshipName,
                householdVillage,
                householdVillageName,
                residence,
                household,
                aidCard,
                createdAt,
                updatedAt,
                change);
    }
}
