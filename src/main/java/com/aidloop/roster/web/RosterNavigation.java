package com.aidloop.roster.web;

import com.aidloop.roster.DocumentKind;
import com.aidloop.shared.Term;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every document page's navigation needs: the documents the reader may open and the term chosen. */
@ControllerAdvice(assignableTypes = {RosterPages.class, SummaryPages.class})
class RosterNavigation {

    private final RosterReaders readers;

    RosterNavigation(RosterReaders readers) {
        this.readers = readers;
    }

    /** The documents the reader may open, for the page's navigation (and 403 on every page for those who may open none). */
    @ModelAttribute("readableSlugs")
    Set<String> readableSlugs() {
        return readers.readable().stream().map(DocumentKind::slug).collect(Collectors.toSet());
    }

    /** Puts the chosen term and the terms to choose from beside a page, and names its view. */
    static String show(Model model, Term chosen, String view) {
        model.addAttribute("term", chosen);
        model.addAttribute("terms", TermChoice.choices(chosen));
        return view;
    }
}
