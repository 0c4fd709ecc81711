package com.aidloop.iam;

/**
 * Who acts in a family session: a guardian, or a student of 14 or older whose guardian consented
 * when the school issued the student's invitation.
 *
 * @param phoneMasked the number logged in with, masked (138****0001)
 */
public record FamilyActor(Kind kind, String phoneMasked) {

    public enum Kind {
        GUARDIAN("家长"),
        STUDENT("学生本人");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
