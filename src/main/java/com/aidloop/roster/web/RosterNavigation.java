package com.aidloop.roster.web;

import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.ChosenTerm;
import com.aidloop.roster.DocumentKind;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every document page's navigation needs: the documents the reader may open, the term chosen and the terms to choose from. */
@ControllerAdvice(assignableTypes = {RosterPages.class, SummaryPages.class})
class RosterNavigation {

    private final RosterReaders readers;
    private final ChinaTime time;

    RosterNavigation(RosterReaders readers, ChinaTime time) {
        this.readers = readers;
        this.time = time;
    }

    /** The documents the reader may open, for the page's navigation (and 403 on every page for those who may open none). */
    @ModelAttribute("readableSlugs")
    Set<String> readableSlugs() {
        return readers.readable().stream().map(DocumentKind::slug).collect(Collectors.toSet());
    }

    @ModelAttribute("term")
    Term term(@ChosenTerm Term chosen) {
        return chosen;
    }

    @ModelAttribute("terms")
    List<Term> terms(@ChosenTerm Term chosen) {
        return time.termChoices(5, 1, chosen);
    }
}
