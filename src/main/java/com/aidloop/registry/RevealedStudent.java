package com.aidloop.registry;

import com.aidloop.shared.IdDocumentType;
import java.util.List;

/**
 * The full sensitive values of a student, handed out only by an audited reveal (查看完整信息).
 * Its {@code toString()} still masks, so that a stray log line never carries them.
 */
public record RevealedStudent(
        long id,
        String name,
        IdDocumentType idType,
        String idNumber,
        String studentNumber,
        String aidCardNumber,
        List<RevealedMember> household) {

    public RevealedStudent {
        household = List.copyOf(household);
    }

    /** A household member's full values; absent values are null. */
    public record RevealedMember(
            long id,
            String name,
            IdDocumentType idType,
            String idNumber,
            String phone,
            String annualIncome,
            String health) {

        @Override
        public String toString() {
            return "RevealedMember[" + id + " " + name + " ******]";
        }
    }

    @Override
    public String toString() {
        return "RevealedStudent[" + id + " " + name + " ******]";
    }
}
