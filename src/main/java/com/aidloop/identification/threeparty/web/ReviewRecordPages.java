package com.aidloop.identification.threeparty.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.threeparty.RecordFilter;
import com.aidloop.identification.threeparty.ReviewRecords;
import com.aidloop.identification.threeparty.persistence.RecordStore;
import com.aidloop.platform.ChinaTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printable three-party review record (A4, official style): one application's, or the
 * approved ones of a school year by school or township. Each view is a printing, audited.
 */
@Controller
@RequestMapping("/identification/three-party")
@PreAuthorize(
        "hasAnyAuthority('THREE_PARTY_VILLAGE','THREE_PARTY_TOWNSHIP','THREE_PARTY_COUNTY','IDENTIFICATION_DECIDE')")
class ReviewRecordPages {

    private static final String PAGE = "identification/three-party-record";

    private final ReviewRecords records;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    ReviewRecordPages(ReviewRecords records, CurrentAccounts accounts, ChinaTime time) {
        this.records = records;
        this.accounts = accounts;
        this.time = time;
    }

    @GetMapping("/{id}/record")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("records", List.of(records.one(id, accounts.current())));
        model.addAttribute("batch", false);
        model.addAttribute("printedOn", time.today());
        return PAGE;
    }

    @GetMapping("/records")
    String approved(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String township,
            Model model) {
        CurrentAccount account = accounts.current();
        int chosenYear =
                year == null ? time.currentTerm().schoolYearTerms().getFirst().year() : year;
        RecordFilter filter = new RecordFilter(chosenYear, school, township);
        ReviewRecords.Batch batch = records.approved(filter, account);
        Map<Long, String> schools = new TreeMap<>();
        Map<String, String> townships = new TreeMap<>();
        for (RecordStore.Place p : records.places(chosenYear, account)) {
            schools.put(p.schoolId(), p.schoolName());
            townships.put(p.townshipCode(), p.townshipName() == null ? p.townshipCode() : p.townshipName());
        }
        model.addAttribute("records", batch.records());
        model.addAttribute("more", batch.more());
        model.addAttribute("limit", ReviewRecords.BATCH_LIMIT);
        model.addAttribute("batch", true);
        model.addAttribute("filter", filter);
        model.addAttribute("schools", schools);
        model.addAttribute("townships", townships);
        model.addAttribute("printedOn", time.today());
        return PAGE;
    }
}
