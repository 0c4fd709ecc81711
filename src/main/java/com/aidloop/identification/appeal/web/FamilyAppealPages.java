package com.aidloop.identification.appeal.web;

import com.aidloop.iam.FamilyAccess;
import com.aidloop.identification.appeal.FamilyAppeals;
import com.aidloop.identification.application.FamilyApplicant;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's appeal (申诉) on a phone (390 px, one column, no script, no pop-ups): whether and
 * until when it may appeal, the grounds typed and sent once, then the county's outcome. Another
 * family's application is 404, as on the application pages.
 */
@Controller
@RequestMapping("/family/applications/{id}/appeal")
class FamilyAppealPages {

    private final FamilyAccess access;
    private final FamilyAppeals appeals;

    FamilyAppealPages(FamilyAccess access, FamilyAppeals appeals) {
        this.access = access;
        this.appeals = appeals;
    }

    private FamilyApplicant applicant(Authentication authentication) {
        return new FamilyApplicant(
                access.studentsOf(authentication), access.actor(authentication).orElseThrow());
    }

    @GetMapping
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("v", appeals.of(id, applicant(authentication)));
        return "family/appeal";
    }

    @PostMapping
    String lodge(
            @PathVariable long id,
            @RequestParam(required = false) String grounds,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        try {
            appeals.lodge(id, grounds, applicant(authentication));
            redirect.addFlashAttribute("notice", Messages.format("identification.appeal.lodged"));
            return "redirect:/family/applications/" + id + "/appeal";
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            model.addAttribute("error", refused.getLocalizedMessage());
            model.addAttribute("grounds", grounds);
            return show(id, authentication, model);
        }
    }
}
