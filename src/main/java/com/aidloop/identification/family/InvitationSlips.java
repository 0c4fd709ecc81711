package com.aidloop.identification.family;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.FamilyInvitations;
import com.aidloop.iam.FamilyInvitations.IssuedInvitation;
import com.aidloop.iam.FamilyRefused;
import com.aidloop.platform.ChinaTime;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.FamilyStudent;
import com.aidloop.registry.StudentNotFound;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A school prints a one-time invitation slip (家庭邀请码) for one of its students: for the guardian
 * of a family without a registered number, or for a student of 14 or older to apply in person with
 * the guardian's consent, whose name is recorded. The code is shown on the slip only, once.
 */
@Controller
@RequestMapping("/identification/invitations")
@PreAuthorize("hasAuthority('FAMILY_INVITE')")
class InvitationSlips {

    static final int OWN_APPLICATION_AGE = 14;

    private final FamilyInvitations invitations;
    private final FamilyStudents students;
    private final CurrentAccounts accounts;
    private final ChinaTime time;
    private final SchoolManagement schools;

    InvitationSlips(
            FamilyInvitations invitations,
            FamilyStudents students,
            CurrentAccounts accounts,
            ChinaTime time,
            SchoolManagement schools) {
        this.schools = schools;
        this.invitations = invitations;
        this.students = students;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping("/new")
    String form(@RequestParam long student, Model model) {
        FamilyStudent shown = schoolsOwn(student, accounts.current());
        model.addAttribute("student", shown);
        model.addAttribute("mayApplyInPerson", shown.atLeast(OWN_APPLICATION_AGE, time.today()));
        return "identification/invitation-new";
    }

    @PostMapping
    String issue(
            @RequestParam long student,
            @RequestParam(defaultValue = "GUARDIAN") String holder,
            @RequestParam(defaultValue = "") String consentingGuardian,
            Model model) {
        CurrentAccount account = accounts.current();
        FamilyStudent shown = schoolsOwn(student, account);
        boolean inPerson = "STUDENT".equals(holder);
        try {
            if (inPerson && !shown.atLeast(OWN_APPLICATION_AGE, time.today())) {
                throw new FamilyRefused(FamilyRefused.Kind.INVALID, "invitation.student.tooYoung");
            }
            IssuedInvitation issued = inPerson
                    ? invitations.forStudent(shown.id(), shown.schoolId(), consentingGuardian, account)
                    : invitations.forGuardian(shown.id(), shown.schoolId(), account);
            model.addAttribute("student", shown);
            model.addAttribute(
                    "schoolName",
                    schools.byId(shown.schoolId()).map(SchoolView::name).orElse(""));
            model.addAttribute("invitation", issued);
            model.addAttribute("expires", time.date(issued.expiresAt()));
            return "identification/invitation-slip";
        } catch (FamilyRefused refused) {
            model.addAttribute("problem", Messages.format(refused.code(), refused.args()));
            return form(student, model);
        }
    }

    private FamilyStudent schoolsOwn(long studentId, CurrentAccount account) {
        return students.student(studentId)
                .filter(s -> account.schoolId() != null && s.schoolId() == account.schoolId())
                .orElseThrow(() -> new StudentNotFound(studentId));
    }
}
