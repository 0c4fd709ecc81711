package com.aidloop.identification.family;

import com.aidloop.iam.FamilyAccess;
import com.aidloop.identification.application.FamilyApplicant;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The family's home (/family), for a phone: each student the family may apply for, with the
 * identification year's dates and state, and the button to apply while a window is open for the
 * student (the county's, or a late one the school opened).
 */
@Controller
class FamilyHome {

    private final FamilyAccess access;
    private final FamilyStudentCards cards;

    FamilyHome(FamilyAccess access, FamilyStudentCards cards) {
        this.access = access;
        this.cards = cards;
    }

    @GetMapping("/family")
    String home(Authentication authentication, Model model) {
        FamilyApplicant applicant = new FamilyApplicant(
                access.studentsOf(authentication), access.actor(authentication).orElseThrow());
        model.addAttribute("cards", cards.of(applicant));
        model.addAttribute("actor", applicant.actor());
        return "family/home";
    }
}
