package com.aidloop.comparison.web;

import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListImportResult;
import com.aidloop.comparison.exchange.NewExchange;
import com.aidloop.comparison.exchange.PrivateExchanges;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.FileUploads;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The private exchange page (隐私比对): make a request for a department (its key shown once, on
 * the answer to the POST itself, never stored or redirected through the session), download the
 * request file, the department's offline tool and its guide, and import the department's answer,
 * which becomes a list of the exchange's type.
 */
@Controller
@RequestMapping("/comparison/exchanges")
@PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
class ExchangePages {

    /** The department's tool and its guide, copied from tools/ and docs/ by the build. */
    private static final String TOOL = "exchange-tool/DepartmentExchange.java";

    private static final String GUIDE = "exchange-tool/comparison-exchange-guide.md";

    private final PrivateExchanges exchanges;
    private final ImportingDepartmentLists importing;
    private final CurrentAccounts accounts;

    ExchangePages(PrivateExchanges exchanges, ImportingDepartmentLists importing, CurrentAccounts accounts) {
        this.exchanges = exchanges;
        this.importing = importing;
        this.accounts = accounts;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("types", importing.types());
        model.addAttribute("exchanges", exchanges.exchanges(accounts.current()));
        return "comparison/exchanges";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String department,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            NewExchange made = exchanges.create(type, department, accounts.current());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("made", made);
            return "comparison/exchange-created";
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            return "redirect:/comparison/exchanges";
        }
    }

    @GetMapping("/{id}/request")
    void request(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentAccount account = accounts.current();
        exchanges.exchange(id, account);
        Downloads.attachment(response, "text/csv;charset=UTF-8", "比对请求-" + id + ".csv");
        exchanges.request(id, account, response.getOutputStream());
    }

    @PostMapping("/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            RedirectAttributes redirect) {
        if (FileUploads.nothingChosen(file) || asOf == null) {
            redirect.addFlashAttribute("problem", Messages.format("comparison.exchange.answerRequired", id));
            return "redirect:/comparison/exchanges";
        }
        try {
            ListImportResult result = exchanges.answer(id, FileUploads.of(file), asOf, accounts.current());
            redirect.addFlashAttribute(
                    "notice",
                    Messages.format(
                            "comparison.exchange.imported",
                            id,
                            result.list().typeName(),
                            result.list().persons(),
                            result.list().rowsSkipped(),
                            result.run().added()));
            return "redirect:/comparison/lists/" + result.list().id();
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            return "redirect:/comparison/exchanges";
        }
    }

    @GetMapping("/tool")
    void tool(HttpServletResponse response) throws IOException {
        copy(TOOL, "text/x-java-source;charset=UTF-8", "DepartmentExchange.java", response);
    }

    @GetMapping("/guide")
    void guide(HttpServletResponse response) throws IOException {
        copy(GUIDE, "text/markdown;charset=UTF-8", "部门隐私比对操作指南.md", response);
    }

    private static void copy(String resource, String type, String name, HttpServletResponse response)
            throws IOException {
        Downloads.attachment(response, type, name);
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
