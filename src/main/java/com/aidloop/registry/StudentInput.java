package com.aidloop.registry;

import com.aidloop.shared.Masking;
import java.util.List;

/**
 * A student as typed into the form, sent to the API or read from an import row, not yet checked.
 * On an update, a blank sensitive field (ID number, student number, card number, a member's ID
 * number, phone, income or health) keeps the stored value, so that edit forms never need to show
 * full values; members are recognised by their {@code id}.
 */
public record StudentInput(
        String name,
        String gender,
        String idType,
        String idNumber,
        String studentNumber,
        Long schoolId,
        String grade,
        String className,
        String householdTownship,
        String householdVillage,
        String residence,
        List<MemberInput> household,
        CardInput aidCard) {

    public StudentInput {
        household = household == null ? List.of() : List.copyOf(household);
    }

    /** A household member or guardian (家庭成员/监护人); {@code id} is null for a new one. */
    public record MemberInput(
            Long id,
            String name,
            String relation,
            boolean guardian,
            String idType,
            String idNumber,
            String phone,
            String employer,
            String annualIncome,
            String health) {

        @Override
        public String toString() {
            return "MemberInput[" + id + " " + name + " " + relation + (guardian ? " guardian " : " ")
                    + Masking.idNumber(idNumber) + " " + Masking.phone(phone) + " income "
                    + Masking.hidden(annualIncome)
                    + " health " + Masking.hidden(health) + "]";
        }
    }

    /** The aid card (资助卡): bank and card number. Both blank means no card. */
    public record CardInput(String bank, String cardNumber) {

        public boolean isBlank() {
            return (bank == null || bank.isBlank()) && (cardNumber == null || cardNumber.isBlank());
        }

        @Override
        public String toString() {
            return "CardInput[" + bank + " " + Masking.bankCard(cardNumber) + "]";
        }
    }

    @Override
    public String toString() {
        return "StudentInput[" + name + " " + idType + " " + Masking.idNumber(idNumber) + " school " + schoolId
                + " " + grade + " " + className + " " + householdTownship + "/" + householdVillage + " " + household
                + " "
                + aidCard + "]";
    }
}
