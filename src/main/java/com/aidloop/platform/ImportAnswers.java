package com.aidloop.platform;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportOutcome;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.PageLinks;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Refusal;
import com.aidloop.shared.UploadedFile;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The answers every import gives the same way, in the API and on the pages: 422 problem details
 * naming each refused row and column, the {@code show} filter of the problem list, and the name
 * of the error workbook (错误数据_file.xlsx).
 */
public final class ImportAnswers {

    /** Errors listed in an answer; the rest are paged through {@code /problems}. */
    public static final int LISTED = 1_000;

    private ImportAnswers() {}

    /**
     * 200 with {@code body} for a clean import; otherwise 422 problem+json whose {@code detail} is
     * the refusal (or {@code hasErrorsCode} with the counts), {@code code} the file's own refusal
     * code when there is one, and {@code errors} each error as {row, column, field, code, message}.
     */
    public static ResponseEntity<?> okOrUnprocessable(
            ImportOutcome view, Object body, String hasErrorsCode, List<ImportProblem> errors) {
        if (view.clean()) {
            return ResponseEntity.ok(body);
        }
        String code = errors.stream()
                .filter(ImportProblem::error)
                .filter(p -> p.row() == 0)
                .map(ImportProblem::code)
                .findFirst()
                .orElse(hasErrorsCode);
        ProblemDetail problem =
                Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, hasErrorsCode, view.errors(), view.errorRows());
        problem.setProperty("code", code);
        if (view.refusalMessage() != null) {
            problem.setDetail(view.refusalMessage());
        }
        problem.setProperty("importId", view.id());
        problem.setProperty("importStatus", view.status().name());
        problem.setProperty(
                "errors",
                errors.stream()
                        .filter(ImportProblem::error)
                        .limit(LISTED)
                        .map(ImportAnswers::error)
                        .toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The problem list's filter: only errors for "errors", only warnings for "warnings", all otherwise. */
    public static Boolean shown(String show) {
        return "errors".equals(show) ? Boolean.TRUE : "warnings".equals(show) ? Boolean.FALSE : null;
    }

    /** The model of an import's form with the earlier imports (newest first) and their paging links. */
    public static String listPage(Model model, Paged<? extends ImportOutcome> imports, String base, String page) {
        model.addAttribute("imports", imports);
        model.addAttribute("links", new PageLinks(imports, base, Map.of()));
        return page;
    }

    /**
     * An upload from an import's form: back to the form with the reason for a mode it does not
     * know or no file chosen ({@code fileRequiredCode}), else on to the new import's page.
     */
    public static String uploadedFromPage(
            String base,
            MultipartFile file,
            String mode,
            String fileRequiredCode,
            BiFunction<UploadedFile, ImportMode, ? extends ImportOutcome> submit,
            RedirectAttributes redirect) {
        ImportMode chosen;
        try {
            chosen = ImportMode.parse(mode);
        } catch (InvalidValue invalid) {
            redirect.addFlashAttribute("problem", invalid.getLocalizedMessage());
            return "redirect:" + base;
        }
        if (FileUploads.nothingChosen(file)) {
            redirect.addFlashAttribute("problem", Messages.format(fileRequiredCode));
            return "redirect:" + base;
        }
        return "redirect:" + base + "/"
                + submit.apply(FileUploads.of(file), chosen).id();
    }

    /**
     * The model of an import's result page: the import, a page of its problems with their links
     * under {@code base}, and the {@code show} filter; returns the view name given.
     */
    public static String resultPage(
            Model model, ImportOutcome view, Paged<ImportProblem> problems, String base, String show, String page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("show", show);
        model.addAttribute("view", view);
        model.addAttribute("problems", problems);
        model.addAttribute("links", new PageLinks(problems, base, query));
        model.addAttribute("show", show);
        return page;
    }

    /**
     * 确认导入 from a result page: on to the page of the import that committed, or back to the
     * validation with the refusal as its notice when it cannot be committed (a conflict).
     */
    public static String committedFromPage(
            String base, long validationId, Supplier<? extends ImportOutcome> commit, RedirectAttributes redirect) {
        try {
            return "redirect:" + base + "/" + commit.get().id();
        } catch (Refusal refused) {
            if (refused.kind() != Refusal.Kind.CONFLICT) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getLocalizedMessage());
            return "redirect:" + base + "/" + validationId;
        }
    }

    /** Starts the download of an import's error workbook, named after the uploaded file. */
    public static void errorWorkbook(HttpServletResponse response, ImportOutcome view) {
        Downloads.xlsx(response, "错误数据_" + Downloads.baseName(view.fileName()) + ".xlsx");
    }

    private static Map<String, Object> error(ImportProblem p) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("row", p.row());
        error.put("column", p.column());
        error.put("field", p.column() == null ? "file" : p.column());
        error.put("code", p.code());
        error.put("message", p.sentence());
        return error;
    }
}
