package com.aidloop.identification.notice.web;

import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.application.domain.EvidenceRefused;
import com.aidloop.identification.notice.Notice;
import com.aidloop.identification.notice.NoticeRefused;
import com.aidloop.identification.notice.Objections;
import com.aidloop.identification.notice.PublicNotices;
import com.aidloop.identification.notice.domain.NoticePeriod;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public notice (no login): reached by link or QR code, opened with the access code, readable
 * only during its period (then 公示已结束), never indexed (X-Robots-Tag and meta robots). Anyone
 * who opened it may lodge an objection from a phone, named or anonymous, with an optional photo.
 */
@Controller
@RequestMapping("/notice/{token}")
class PublicNoticePages {

    static final String UNLOCKED = "aidloop.notice.unlocked";

    private final PublicNotices notices;
    private final Objections objections;
    private final CodeAttempts attempts;
    private final ChinaTime time;

    PublicNoticePages(PublicNotices notices, Objections objections, CodeAttempts attempts, ChinaTime time) {
        this.notices = notices;
        this.objections = objections;
        this.attempts = attempts;
        this.time = time;
    }

    @ModelAttribute
    void notIndexed(HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow, noarchive");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @GetMapping
    String notice(@PathVariable String token, HttpSession session, Model model) {
        Notice notice = notices.byToken(token).orElseThrow(() -> NoticeRefused.publicNotFound());
        model.addAttribute("n", notice);
        NoticePeriod.State state = notice.period().state(time.today());
        model.addAttribute("state", state);
        if (state == NoticePeriod.State.OPEN && unlocked(session).contains(token)) {
            model.addAttribute("lines", notices.lines(notice.id()));
        }
        return "notice/public";
    }

    @PostMapping
    String open(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Notice notice = notices.byToken(token).orElseThrow(() -> NoticeRefused.publicNotFound());
        String client = client(request);
        if (attempts.blocked(token, client)) {
            redirect.addFlashAttribute("problem", Messages.format("notice.code.tooMany"));
        } else if (MessageDigest.isEqual(
                notice.accessCode().getBytes(StandardCharsets.US_ASCII),
                code.strip().getBytes(StandardCharsets.US_ASCII))) {
            Set<String> opened = new HashSet<>(unlocked(request.getSession()));
            opened.add(token);
            request.getSession().setAttribute(UNLOCKED, opened);
        } else {
            attempts.failed(token, client);
            redirect.addFlashAttribute("problem", Messages.format("notice.code.wrong"));
        }
        return "redirect:/notice/" + token;
    }

    @GetMapping("/objection")
    String objectionForm(@PathVariable String token, HttpSession session, Model model) {
        Notice notice = openNotice(token, session);
        model.addAttribute("n", notice);
        model.addAttribute("students", objections.students(notice));
        return "notice/objection";
    }

    @PostMapping("/objection")
    String lodge(
            @PathVariable String token,
            @RequestParam(required = false) Long student,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(required = false) MultipartFile photo,
            HttpServletRequest request,
            Model model) {
        Notice notice = openNotice(token, request.getSession());
        try {
            objections.lodge(
                    notice, new Objections.Lodging(student, content, name, phone, photo(photo)), client(request));
            model.addAttribute("n", notice);
            model.addAttribute("named", !name.isBlank());
            return "notice/objection-sent";
        } catch (NoticeRefused | EvidenceRefused refused) {
            model.addAttribute("problem", refused.getLocalizedMessage());
            model.addAttribute("n", notice);
            model.addAttribute("students", objections.students(notice));
            model.addAttribute("typedContent", content);
            model.addAttribute("name", name);
            model.addAttribute("phone", phone);
            model.addAttribute("student", student);
            return "notice/objection";
        }
    }

    private Notice openNotice(String token, HttpSession session) {
        Notice notice = notices.byToken(token).orElseThrow(() -> NoticeRefused.publicNotFound());
        if (!unlocked(session).contains(token) || notice.period().state(time.today()) != NoticePeriod.State.OPEN) {
            throw NoticeRefused.publicNotFound();
        }
        return notice;
    }

    private static EvidenceFile photo(MultipartFile photo) {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        try {
            EvidenceFile file = EvidenceFile.accept(photo.getSize(), photo::getBytes);
            if (file.kind() == EvidenceFile.Kind.PDF) {
                throw new EvidenceRefused("notice.objection.photoOnly");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> unlocked(HttpSession session) {
        Object opened = session == null ? null : session.getAttribute(UNLOCKED);
        return opened instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    /** The client address as a digest: the rate limit's key, never the address itself. */
    private static String client(HttpServletRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("aidloop-objection:" + request.getRemoteAddr()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
