package com.aidloop.identification.notice.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.NoticeRefused;
import com.aidloop.identification.notice.Objection;
import com.aidloop.identification.notice.Objections;
import com.aidloop.identification.notice.PublicNotices;
import com.aidloop.identification.notice.domain.ObjectionAnswer;
import com.aidloop.identification.notice.domain.ObjectionDecision;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One objection for the school: the text, the photo (audited), and the answer with decision and reason. */
@Controller
@RequestMapping("/identification/objections")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_YEAR')")
class ObjectionPages {

    private final Objections objections;
    private final PublicNotices notices;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    ObjectionPages(Objections objections, PublicNotices notices, CurrentAccounts accounts, ChinaTime time) {
        this.objections = objections;
        this.notices = notices;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping("/{id}")
    String objection(@PathVariable long id, Model model) {
        CurrentAccount account = accounts.current();
        Objection objection = objections.get(id, account);
        model.addAttribute("o", objection);
        model.addAttribute("n", notices.get(objection.noticeId(), account));
        model.addAttribute("standing", objections.standing(objection));
        model.addAttribute("today", time.today());
        model.addAttribute("decisions", ObjectionDecision.values());
        model.addAttribute("levels", List.of(DifficultyLevel.SPECIAL, DifficultyLevel.FAIRLY, DifficultyLevel.GENERAL));
        return "identification/objection";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(required = false) ObjectionDecision decision,
            @RequestParam(required = false) DifficultyLevel newLevel,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            objections.answer(id, new ObjectionAnswer(answer, decision, newLevel, reason), accounts.current());
            redirect.addFlashAttribute("notice", Messages.format("notice.objection.recorded"));
        } catch (NoticeRefused refused) {
            if (refused.kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            redirect.addFlashAttribute("answer", answer);
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/identification/objections/" + id;
    }

    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        EvidenceFile file = objections.photo(id, accounts.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
