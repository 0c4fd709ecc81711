package com.aidloop.identification.application.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.review.ClassReviews;
import com.aidloop.shared.Messages;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Class review pages (班级评议): the classes with applications waiting, one class's meeting form
 * showing representatives only name, suggested level and score, the meetings held and their
 * printable minutes.
 */
@Controller
@RequestMapping("/identification/reviews")
@PreAuthorize("hasAuthority('IDENTIFICATION_REVIEW')")
class ReviewPages {

    private final ClassReviews reviews;
    private final Applications applications;
    private final CurrentAccounts accounts;

    ReviewPages(ClassReviews reviews, Applications applications, CurrentAccounts accounts) {
        this.reviews = reviews;
        this.applications = applications;
        this.accounts = accounts;
    }

    @GetMapping
    String classes(@RequestParam(required = false) String className, Model model) {
        CurrentAccount account = accounts.current();
        int year = Applications.currentSchoolYear();
        List<ApplicationRow> waiting = applications.list(account, year, ApplicationStatus.SUBMITTED, null);
        model.addAttribute(
                "classes",
                waiting.stream()
                        .map(ApplicationRow::className)
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("meetings", reviews.meetings(account, year));
        if (className != null && !className.isBlank()) {
            model.addAttribute("className", className);
            model.addAttribute("rows", reviews.forRepresentatives(className, year, account));
            model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            model.addAttribute("teacherName", account.displayName());
        }
        return "identification/reviews";
    }

    @PostMapping
    String hold(@ModelAttribute ReviewInput input, RedirectAttributes redirect) {
        long id = reviews.hold(input.toReview(), accounts.current());
        redirect.addFlashAttribute("notice", Messages.format("identification.page.reviewed"));
        return "redirect:/identification/reviews/" + id;
    }

    @GetMapping("/{id}")
    String minutes(@PathVariable long id, Model model) {
        model.addAttribute("m", reviews.minutes(id, accounts.current()));
        return "identification/review-minutes";
    }
}
