package com.aidloop.iam;

import com.aidloop.iam.family.FamilyLogin;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A school's one-time invitation for one student (家庭邀请码), printed on a slip for a family
 * without a registered number. Redeemed once with a phone (after an SMS code to it), it binds that
 * phone to the student. The caller has checked that the student is its school's.
 */
@Component
public class FamilyInvitations {

    private final FamilyLogin login;

    FamilyInvitations(FamilyLogin login) {
        this.login = login;
    }

    /** An invitation for the student's guardian. */
    public IssuedInvitation forGuardian(long studentId, long schoolId, CurrentAccount issuer) {
        return login.invite(studentId, schoolId, null, issuer.username());
    }

    /**
     * An invitation for the student (14 or older, which the caller has checked) to apply in person,
     * with the consent of the guardian named.
     */
    public IssuedInvitation forStudent(
            long studentId, long schoolId, String consentingGuardian, CurrentAccount issuer) {
        if (consentingGuardian == null || consentingGuardian.isBlank()) {
            throw new FamilyRefused(com.aidloop.shared.Refusal.Kind.INVALID, "family.invitation.consentRequired");
        }
        return login.invite(studentId, schoolId, consentingGuardian.strip(), issuer.username());
    }

    /** An invitation as printed, the only time its code exists in clear. */
    public record IssuedInvitation(long id, String code, Instant expiresAt, boolean forStudent) {

        /** The code in two groups of four, as the slip prints it. */
        public String printed() {
            return code.substring(0, 4) + "-" + code.substring(4);
        }

        @Override
        public String toString() {
            return "IssuedInvitation[" + id + "]";
        }
    }
}
