package com.aidloop.comparison.web;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.DepartmentListView;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListImportResult;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.FileUploads;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Refusal;
import com.aidloop.spreadsheet.SheetAmbiguous;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The department lists page (部门名单): upload a list with its type, department, as-of date,
 * column mapping (the one remembered for the department and type is shown) and sheet (found by
 * its headers; when several sheets look like the list, the next form offers them to choose), the lists imported
 * before, and one list's result with its skipped rows by row and column.
 */
@Controller
@RequestMapping("/comparison/lists")
@PreAuthorize("hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')")
class DepartmentListPages {

    private final ImportingDepartmentLists importing;
    private final CurrentAccounts accounts;

    DepartmentListPages(ImportingDepartmentLists importing, CurrentAccounts accounts) {
        this.importing = importing;
        this.accounts = accounts;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer page,
            Model model) {
        CurrentAccount account = accounts.current();
        List<ListType> types = importing.types();
        ListType chosen =
                types.stream().filter(t -> t.code().equals(type)).findFirst().orElse(types.getFirst());
        String dept = department == null || department.isBlank() ? chosen.department() : department;
        ColumnMapping remembered = importing.rememberedMapping(account, dept, chosen.code());
        Paged<DepartmentListView> lists = importing.lists(account, Paging.of(page, 20));
        model.addAttribute("types", types);
        model.addAttribute("chosen", chosen);
        model.addAttribute("department", dept);
        model.addAttribute("remembered", remembered);
        model.addAttribute("rememberedAttributes", ListForm.attributeLines(chosen, remembered));
        model.addAttribute("lists", lists);
        model.addAttribute("links", new PageLinks(lists, "/comparison/lists", Map.of()));
        return "comparison/lists";
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @ModelAttribute ListForm form,
            RedirectAttributes redirect) {
        if (FileUploads.nothingChosen(file)) {
            redirect.addFlashAttribute("problem", Messages.format("comparison.list.fileRequired"));
            return back(form);
        }
        try {
            ListImportResult result =
                    importing.submit(FileUploads.of(file), form.upload(importing.types()), accounts.current());
            var run = result.run();
            redirect.addFlashAttribute(
                    "notice",
                    Messages.format(
                            "comparison.imported",
                            result.list().typeName(),
                            result.list().persons(),
                            result.list().rowsSkipped(),
                            run.added(),
                            run.ended(),
                            run.stayed(),
                            run.held()));
            return "redirect:/comparison/lists/" + result.list().id();
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            if (refused instanceof SheetAmbiguous ambiguous) {
                // the mapping step offers the sheets that look like the list, to choose one
                redirect.addFlashAttribute("sheets", ambiguous.sheets());
            }
            return back(form);
        }
    }

    @GetMapping("/{id}")
    String list(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        CurrentAccount account = accounts.current();
        DepartmentListView list = importing.list(id, account);
        Paged<ImportProblem> problems = importing.problems(id, account, Paging.of(page, 50));
        model.addAttribute("list", list);
        model.addAttribute("problems", problems);
        model.addAttribute("links", new PageLinks(problems, "/comparison/lists/" + id, Map.of()));
        return "comparison/list";
    }

    private static String back(ListForm form) {
        return "redirect:/comparison/lists"
                + (form.type() == null ? "" : "?type=" + form.type().replaceAll("[^A-Z_]", ""));
    }
}
