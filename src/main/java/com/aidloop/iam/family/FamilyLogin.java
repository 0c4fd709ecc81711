package com.aidloop.iam.family;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.FamilyAccess;
import com.aidloop.iam.FamilyActor;
import com.aidloop.iam.FamilyCodeSms;
import com.aidloop.iam.FamilyDemo;
import com.aidloop.iam.FamilyInvitations.IssuedInvitation;
import com.aidloop.iam.FamilyRefused;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family login by mobile number and one-time SMS code. A code goes only to a number registered in
 * a student's household, or bound by an invitation, or one redeeming a live invitation; every other
 * request is recorded and answered alike, so that nobody learns which numbers are registered.
 * Codes are kept as salted digests, expire, allow a few tries, and are never logged.
 */
@Service
public class FamilyLogin {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(30);
    private static final String NO_CODE = "none";

    private final FamilyStore store;
    private final FamilyAccess access;
    private final ObjectProvider<FamilyCodeSms> sms;
    private final SensitiveData sensitive;
    private final AuditTrail audit;
    private final FamilyDemo demo;
    private final Clock clock;

    FamilyLogin(
            FamilyStore store,
            FamilyAccess access,
            ObjectProvider<FamilyCodeSms> sms,
            SensitiveData sensitive,
            AuditTrail audit,
            FamilyDemo demo,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.access = access;
        this.sms = sms;
        this.sensitive = sensitive;
        this.audit = audit;
        this.demo = demo;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Sends a login code to the number if it reaches a student; answers the code itself only for
     * the demo guardian on the embedded database.
     */
    @Transactional(noRollbackFor = FamilyRefused.class)
    public Optional<String> requestCode(PhoneNumber phone, String address) {
        String index = indexOf(phone);
        boolean known = !access.studentsOf(index, FamilyActor.Kind.GUARDIAN).isEmpty()
                || !access.studentsOf(index, FamilyActor.Kind.STUDENT).isEmpty();
        return issue(phone, index, known, null, address);
    }

    /** Sends a code to the number to redeem a live invitation with; refuses an unknown, used or expired one. */
    @Transactional(noRollbackFor = FamilyRefused.class)
    public Optional<String> requestInvitationCode(String invitationCode, PhoneNumber phone, String address) {
        String index = indexOf(phone);
        Optional<FamilyStore.LiveInvitation> invitation =
                store.liveInvitation(OneTimeSecrets.digest(OneTimeSecrets.normalizeInvitation(invitationCode)), now());
        if (invitation.isEmpty()) {
            // counted like a code, so that guessing invitations meets the same limit
            check(index, address);
            store.insertCode(index, NO_CODE, null, address, now(), now());
            throw FamilyRefused.invitationInvalid();
        }
        return issue(phone, index, true, invitation.get().id(), address);
    }

    private Optional<String> issue(PhoneNumber phone, String index, boolean send, Long invitationId, String address) {
        check(index, address);
        Instant now = now();
        if (!send) {
            store.insertCode(index, NO_CODE, null, address, now, now);
            return Optional.empty();
        }
        String code = OneTimeSecrets.smsCode();
        store.insertCode(
                index,
                OneTimeSecrets.saltedDigest(code),
                invitationId,
                address,
                now,
                now.plus(CodeLimits.STANDARD.lifetime()));
        FamilyCodeSms sender = sms.getIfAvailable();
        if (sender != null) {
            sender.send(phone, code, "family-code:" + OneTimeSecrets.messageKey());
        }
        return demo.showsCodeFor(phone) ? Optional.of(code) : Optional.empty();
    }

    private void check(String index, String address) {
        CodeLimits.STANDARD.check(store.recent(index, address, now()), now()).ifPresent(refusal -> {
            throw refusal.tooMany() ? FamilyRefused.tooMany() : FamilyRefused.tooSoon(refusal.waitSeconds());
        });
    }

    /**
     * Checks the code typed for the number: the newest live code, within its tries. A code that came
     * with an invitation redeems it and binds the number to its student. Answers who logs in.
     */
    @Transactional(noRollbackFor = FamilyRefused.class)
    public FamilyPrincipal verify(PhoneNumber phone, String typedCode) {
        String index = indexOf(phone);
        Instant now = now();
        FamilyStore.LiveCode code = store.liveCode(index, now).orElseThrow(FamilyRefused::wrongCode);
        if (code.attempts() >= CodeLimits.STANDARD.maxAttempts()) {
            throw FamilyRefused.wrongCode();
        }
        String typed = typedCode == null ? "" : typedCode.strip();
        if (!OneTimeSecrets.matches(typed, code.codeHash())) {
            store.countAttempt(code.id());
            throw FamilyRefused.wrongCode();
        }
        store.markUsed(code.id(), now);
        FamilyActor.Kind kind = code.invitationId() == null ? kindOf(index) : redeem(code.invitationId(), index, now);
        audit.record(AuditRecord.of(
                        "FAMILY_LOGIN", "family", phone.masked(), Messages.format("family.audit.login", kind.label()))
                .by(phone.masked()));
        return new FamilyPrincipal(index, phone.masked(), kind);
    }

    private FamilyActor.Kind kindOf(String index) {
        if (!access.studentsOf(index, FamilyActor.Kind.GUARDIAN).isEmpty()) {
            return FamilyActor.Kind.GUARDIAN;
        }
        if (!access.studentsOf(index, FamilyActor.Kind.STUDENT).isEmpty()) {
            return FamilyActor.Kind.STUDENT;
        }
        throw FamilyRefused.wrongCode();
    }

    private FamilyActor.Kind redeem(long invitationId, String index, Instant now) {
        FamilyStore.LiveInvitation invitation =
                store.liveInvitation(invitationId, now).orElseThrow(FamilyRefused::invitationInvalid);
        if (!store.redeem(invitationId, index, now)) {
            throw FamilyRefused.invitationInvalid();
        }
        FamilyActor.Kind kind = invitation.forStudent() ? FamilyActor.Kind.STUDENT : FamilyActor.Kind.GUARDIAN;
        store.bind(index, invitation.studentId(), kind, invitationId, now);
        audit.record(AuditRecord.of(
                        "FAMILY_INVITATION_REDEEMED",
                        "student",
                        invitation.studentId(),
                        Messages.format("family.audit.redeemed", kind.label()))
                .by("family"));
        return kind;
    }

    /** Issues an invitation; a consenting guardian's name makes it the student's own. */
    @Transactional
    public IssuedInvitation invite(long studentId, long schoolId, String consentingGuardian, String issuer) {
        Instant now = now();
        String code = OneTimeSecrets.invitationCode();
        Instant expires = now.plus(INVITATION_LIFETIME);
        long id = store.insertInvitation(
                studentId, schoolId, OneTimeSecrets.digest(code), consentingGuardian, issuer, now, expires);
        audit.record(AuditRecord.of(
                        "FAMILY_INVITATION_ISSUED",
                        "student",
                        studentId,
                        Messages.format(
                                consentingGuardian == null ? "family.audit.invited" : "family.audit.invitedStudent",
                                consentingGuardian))
                .by(issuer));
        return new IssuedInvitation(id, code, expires, consentingGuardian != null);
    }

    /** The number as a session may keep it: sealed. */
    public String seal(PhoneNumber phone) {
        return sensitive.seal(phone.value());
    }

    public PhoneNumber open(String sealed) {
        return new PhoneNumber(sensitive.open(sealed));
    }

    private String indexOf(PhoneNumber phone) {
        return sensitive.blindIndex(SensitiveKind.PHONE, phone.value());
    }

    private Instant now() {
        return clock.instant();
    }
}
