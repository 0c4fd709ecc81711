package com.aidloop.iam.centre;

import com.aidloop.iam.AidCentre;
import com.aidloop.iam.AidCentres;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.shared.InvalidInput;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 资助中心设置: the county's staff name their centre and its head, printed as 负责人 on documents. */
@Controller
@RequestMapping("/aid-centre")
@PreAuthorize("hasRole('COUNTY_STAFF')")
class AidCentrePage {

    private static final String VIEW = "iam/aid-centre";

    private final AidCentres centres;
    private final CurrentAccounts accounts;

    AidCentrePage(AidCentres centres, CurrentAccounts accounts) {
        this.centres = centres;
        this.accounts = accounts;
    }

    @GetMapping
    String show(Model model) {
        CurrentAccount me = accounts.current();
        AidCentre centre = centres.of(me.regionCode()).orElse(new AidCentre(me.regionCode(), "", ""));
        return page(model, centre, Map.of());
    }

    @PostMapping
    String save(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String headName,
            Model model,
            RedirectAttributes redirect) {
        CurrentAccount me = accounts.current();
        try {
            centres.save(name, headName, me);
            redirect.addFlashAttribute("notice", "资助中心设置已保存");
            return "redirect:/aid-centre";
        } catch (InvalidInput invalid) {
            return page(model, new AidCentre(me.regionCode(), name, headName), invalid.sentencesByField());
        }
    }

    private String page(Model model, AidCentre centre, Map<String, String> errors) {
        model.addAttribute("centre", centre);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
