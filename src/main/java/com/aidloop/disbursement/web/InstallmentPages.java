package com.aidloop.disbursement.web;

import com.aidloop.disbursement.installment.StudentInstallments;
import com.aidloop.iam.CurrentAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A student's confirmed awards and the state of each installment (资助发放情况), linked from the student's page. */
@Controller
@PreAuthorize("hasAuthority('PAYOUT_VIEW')")
class InstallmentPages {

    private final StudentInstallments installments;
    private final CurrentAccounts accounts;

    InstallmentPages(StudentInstallments installments, CurrentAccounts accounts) {
        this.installments = installments;
        this.accounts = accounts;
    }

    @GetMapping("/students/{id}/installments")
    String ofStudent(@PathVariable long id, Model model) {
        model.addAttribute("studentId", id);
        model.addAttribute("awards", installments.of(id, accounts.current().scope()));
        return "installments/student";
    }
}
