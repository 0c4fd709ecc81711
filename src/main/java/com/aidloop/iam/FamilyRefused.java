package com.aidloop.iam;

import com.aidloop.shared.Refusal;

/**
 * A step of family login refused: a wrong or expired code, too many codes asked for, an invitation
 * that is unknown, used or expired. The words never tell whether a number is registered.
 */
public class FamilyRefused extends Refusal {

    public FamilyRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    public static FamilyRefused wrongCode() {
        return new FamilyRefused(Kind.INVALID, "family.code.wrong");
    }

    public static FamilyRefused tooSoon(long seconds) {
        return new FamilyRefused(Kind.CONFLICT, "family.code.tooSoon", seconds);
    }

    public static FamilyRefused tooMany() {
        return new FamilyRefused(Kind.CONFLICT, "family.code.tooMany");
    }

    public static FamilyRefused invitationInvalid() {
        return new FamilyRefused(Kind.INVALID, "family.invitation.invalid");
    }
}
