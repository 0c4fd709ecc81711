package com.aidloop.roster.web;

import com.aidloop.platform.ChinaTime;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.RosterFilter;
import com.aidloop.roster.RosterNotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 导出 buttons of the document pages: the same audited files as the API, for a logged-in page session. */
@Controller
@RequestMapping("/rosters")
class RosterFiles {

    private final RosterDownloads downloads;
    private final ChinaTime time;

    RosterFiles(RosterDownloads downloads, ChinaTime time) {
        this.downloads = downloads;
        this.time = time;
    }

    @GetMapping("/summary.xlsx")
    void summary(@RequestParam(required = false) String term, HttpServletResponse response) {
        downloads.summary(time.termOrCurrent(term), response);
    }

    @GetMapping("/{kind}.xlsx")
    void roster(
            @PathVariable String kind,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) Long school,
            HttpServletResponse response) {
        DocumentKind document =
                DocumentKind.bySlug(kind).filter(DocumentKind::isRoster).orElseThrow(() -> new RosterNotFound(kind));
        downloads.roster(document, time.termOrCurrent(term), new RosterFilter(programme, school), response);
    }

    @GetMapping("/per-programme.zip")
    void everyProgramme(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Long school,
            HttpServletResponse response) {
        downloads.everyProgramme(time.termOrCurrent(term), new RosterFilter(null, school), response);
    }

    @GetMapping("/documents.zip")
    void pack(@RequestParam(required = false) String term, HttpServletResponse response) {
        downloads.pack(time.termOrCurrent(term), response);
    }

    @GetMapping("/confirmation-forms.xlsx")
    void allForms(@RequestParam(required = false) String term, HttpServletResponse response) {
        downloads.allForms(time.termOrCurrent(term), response);
    }

    @GetMapping("/confirmation-forms/{schoolId}.xlsx")
    void form(@PathVariable long schoolId, @RequestParam(required = false) String term, HttpServletResponse response) {
        downloads.form(time.termOrCurrent(term), schoolId, response);
    }
}
