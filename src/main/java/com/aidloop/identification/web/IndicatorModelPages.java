package com.aidloop.identification.web;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.Permission;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.ModelSummary;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.IndicatorRow;
import com.aidloop.identification.domain.ModelRows;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.ModelStatus;
import com.aidloop.identification.workbook.ModelWorkbook;
import com.aidloop.identification.workbook.ModelWorkbookReader;
import com.aidloop.platform.Downloads;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * The indicator model pages (量化指标体系): the models a person may see, one version with its
 * table and versions, and for staff with INDICATOR_MODEL_EDIT at the owner's level: adopting a
 * model, drafting the next version, editing a draft's points and settings, importing a workbook
 * into it and publishing it. Every version exports as a workbook.
 */
@Controller
@RequestMapping("/identification/models")
@PreAuthorize("hasAnyAuthority('STUDENT_VIEW','INDICATOR_MODEL_EDIT')")
class IndicatorModelPages {

    private final IndicatorModels models;
    private final CurrentAccounts accounts;

    IndicatorModelPages(IndicatorModels models, CurrentAccounts accounts) {
        this.models = models;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        CurrentAccount account = accounts.current();
        List<ModelSummary> visible = models.visibleTo(account);
        model.addAttribute("models", visible);
        model.addAttribute("owners", new OwnerWords(models));
        model.addAttribute("mayEdit", account.may(Permission.INDICATOR_MODEL_EDIT));
        model.addAttribute("region", account.regionCode());
        model.addAttribute("nextYear", java.time.Year.now().getValue());
        return "identification/models";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentAccount account = accounts.current();
        IndicatorModel shown = models.get(id, account);
        List<IndicatorRow> rows = ModelRows.rowsOf(shown.rules().indicators());
        boolean mayChange =
                account.may(Permission.INDICATOR_MODEL_EDIT) && shown.owner().changeableFrom(account.regionCode());
        List<ModelSummary> versions = models.versions(shown);
        model.addAttribute("m", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("rules", shown.rules());
        model.addAttribute("owner", models.ownerName(shown.owner()));
        model.addAttribute("versions", versions);
        model.addAttribute("editable", mayChange && shown.status() == ModelStatus.DRAFT);
        model.addAttribute("mayDraft", mayChange && versions.stream().noneMatch(v -> v.status() == ModelStatus.DRAFT));
        model.addAttribute(
                "mayAdopt",
                account.may(Permission.INDICATOR_MODEL_EDIT)
                        && shown.status() == ModelStatus.PUBLISHED
                        && shown.owner().adoptableFrom(account.regionCode()));
        model.addAttribute(
                "pointsNotGiven", rows.stream().filter(r -> r.points() == null).count());
        Map<String, String> cutOffs = new java.util.HashMap<>();
        shown.rules()
                .cutOffs()
                .forEach(c -> cutOffs.put(
                        c.level().name(), com.aidloop.identification.domain.Points.plain(c.minimumTotal())));
        model.addAttribute("cutOffs", cutOffs);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "identification/model";
    }

    @PostMapping("/{id}/adopt")
    @PreAuthorize("hasAuthority('INDICATOR_MODEL_EDIT')")
    String adopt(
            @PathVariable long id, @RequestParam(required = false) String effectiveFrom, RedirectAttributes redirect) {
        int year = parseYear(effectiveFrom);
        IndicatorModel adopted = models.adopt(id, year, accounts.current());
        redirect.addFlashAttribute("notice", "已采用为本地区模型：" + adopted.title());
        return "redirect:/identification/models/" + adopted.id();
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAuthority('INDICATOR_MODEL_EDIT')")
    String draftNext(@PathVariable long id, RedirectAttributes redirect) {
        IndicatorModel draft = models.draftNextVersion(id, accounts.current());
        redirect.addFlashAttribute("notice", "已新建" + draft.title() + "，修改后请发布");
        return "redirect:/identification/models/" + draft.id();
    }

    @PostMapping("/{id}/rules")
    @PreAuthorize("hasAuthority('INDICATOR_MODEL_EDIT')")
    String revise(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentAccount account = accounts.current();
        try {
            RulesForm read = RulesForm.read(models.get(id, account), form);
            models.revise(id, read.rules(), read.effectiveFrom(), read.summary(), account);
            redirect.addFlashAttribute("notice", "已保存草稿：" + read.summary());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", sentences(invalid));
        }
        return "redirect:/identification/models/" + id;
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('INDICATOR_MODEL_EDIT')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        IndicatorModel published = models.publish(id, accounts.current());
        redirect.addFlashAttribute("notice", "已发布" + published.title() + "：此后不能修改，只能新建版本");
        return "redirect:/identification/models/" + id;
    }

    @GetMapping("/{id}/workbook")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        IndicatorModel shown = models.get(id, accounts.current());
        models.exported(shown);
        Downloads.xlsx(response, "量化指标体系_" + shown.key() + "_第" + shown.version() + "版.xlsx");
        ModelWorkbook.write(shown, response.getOutputStream());
    }

    @PostMapping("/{id}/workbook")
    @PreAuthorize("hasAuthority('INDICATOR_MODEL_EDIT')")
    String importWorkbook(
            @PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        CurrentAccount account = accounts.current();
        IndicatorModel draft = models.get(id, account);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of(Messages.format("identification.workbook.fileRequired")));
            return "redirect:/identification/models/" + id;
        }
        Path saved = Files.createTempFile("indicator-model-", ".upload");
        try {
            file.transferTo(saved);
            ModelRules rules = ModelWorkbookReader.read(saved, file.getOriginalFilename(), draft.rules());
            models.revise(id, rules, draft.effectiveFrom(), "导入工作簿" + file.getOriginalFilename(), account);
            redirect.addFlashAttribute("notice", "已导入工作簿" + file.getOriginalFilename() + "到草稿");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", sentences(invalid));
        } catch (SpreadsheetRefused refused) {
            redirect.addFlashAttribute("errors", List.of(refused.getLocalizedMessage()));
        } finally {
            Files.deleteIfExists(saved);
        }
        return "redirect:/identification/models/" + id;
    }

    private static List<String> sentences(InvalidInput invalid) {
        return invalid.problems().stream().map(FieldProblem::text).distinct().toList();
    }

    private static int parseYear(String text) {
        String year = text == null ? "" : text.strip();
        if (!year.matches("\\d{4}")) {
            throw InvalidInput.of("effectiveFrom", "identification.model.year", year);
        }
        return Integer.parseInt(year);
    }

    /** Owners in words for the list page. */
    record OwnerWords(IndicatorModels models) {

        public String of(com.aidloop.identification.domain.ModelOwner owner) {
            return models.ownerName(owner);
        }
    }
}
