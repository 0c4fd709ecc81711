package com.aidloop.programme;

import com.aidloop.iam.DataScope;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets school quotas and budgets from a small spreadsheet (学校标识码, 资助项目, 学期, 名额, 预算(元)).
 * All or nothing: every row is checked first and any problem refuses the whole file, each problem
 * naming its row, column and fix in Chinese; otherwise every row is saved as if set on the page
 * (audited, superseding the value before). Schools outside the caller's scope are problems.
 */
@Service
public class QuotaImport {

    static final String SCHOOL = "学校标识码";
    static final String PROGRAMME = "资助项目";
    static final String TERM = "学期";
    static final String QUOTA = "名额";
    static final String BUDGET = "预算(元)";
    private static final int MAX_ROWS = 5_000;
    private static final ReadLimits LIMITS = ReadLimits.DEFAULT.withMaxFileBytes(5L * 1024 * 1024);

    private final PayingRulesManagement management;
    private final SchoolManagement schools;
    private final ProgrammeCatalogue catalogue;

    QuotaImport(PayingRulesManagement management, SchoolManagement schools, ProgrammeCatalogue catalogue) {
        this.management = management;
        this.schools = schools;
        this.catalogue = catalogue;
    }

    private record Line(int row, long schoolId, String programme, String term, String quota, String budget) {}

    /** Returns how many quotas were saved, or throws {@link QuotaImportRefused}. */
    @Transactional
    public int importFile(Path file, String fileName, DataScope scope) {
        List<String> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        try (RowSource rows = SpreadsheetReader.open(file, fileName, LIMITS)) {
            Header header = rows.findHeader(Set.of(SCHOOL, PROGRAMME, TERM, QUOTA, BUDGET));
            for (String missing : List.of(SCHOOL, PROGRAMME, TERM)) {
                if (header.column(missing).isEmpty()) {
                    problems.add(Messages.format("paying.import.missingColumn", missing));
                }
            }
            if (!problems.isEmpty()) {
                throw new QuotaImportRefused(problems);
            }
            Set<String> seen = new LinkedHashSet<>();
            Map<Term, List<ProgrammeInForce>> catalogues = new HashMap<>();
            for (SheetRow row : rows.rows().limit(MAX_ROWS + 1).toList()) {
                if (lines.size() + problems.size() >= MAX_ROWS) {
                    problems.add(Messages.format("paying.import.tooManyRows", MAX_ROWS));
                    break;
                }
                check(row, header, scope, seen, catalogues, problems).ifPresent(lines::add);
            }
        } catch (SpreadsheetRefused refused) {
            throw new QuotaImportRefused(List.of(refused.getLocalizedMessage()));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(Messages.format("paying.import.empty"));
        }
        if (!problems.isEmpty()) {
            throw new QuotaImportRefused(problems);
        }
        lines.forEach(l -> management.setQuota(l.schoolId(), l.programme(), l.term(), l.quota(), l.budget(), scope));
        return lines.size();
    }

    /** @param catalogues the programmes of each term met so far in the file, read once per term */
    private Optional<Line> check(
            SheetRow row,
            Header header,
            DataScope scope,
            Set<String> seen,
            Map<Term, List<ProgrammeInForce>> catalogues,
            List<String> problems) {
        int before = problems.size();
        int n = row.rowNumber();
        String schoolCode = Text.compact(header.cell(row, SCHOOL));
        Optional<SchoolView> school =
                schools.byCode(schoolCode).filter(s -> scope.coversSchool(s.id(), s.townshipCode()));
        if (school.isEmpty()) {
            problems.add(at(
                    n,
                    SCHOOL,
                    schoolCode.isEmpty() ? "paying.import.schoolRequired" : "paying.import.schoolUnknown",
                    schoolCode));
        }
        Term term = term(row, header, problems);
        String programme = null;
        if (term != null) {
            programme = programmeCode(
                    Text.compact(header.cell(row, PROGRAMME)),
                    catalogues.computeIfAbsent(
                            term, t -> catalogue.asOf(t, scope).programmes()));
            if (programme == null) {
                problems.add(at(n, PROGRAMME, "paying.import.programme", Text.compact(header.cell(row, PROGRAMME))));
            }
        }
        String quota = Text.normalize(header.cell(row, QUOTA)).strip();
        if (!quota.isEmpty() && !quota.matches("\\d{1,7}")) {
            problems.add(at(n, QUOTA, "paying.quota.format", quota));
        }
        String budget = Text.normalize(header.cell(row, BUDGET)).strip();
        checkBudget(n, budget, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (!seen.add(school.get().id() + ":" + programme + ":" + term.code())) {
            problems.add(at(n, SCHOOL, "paying.import.duplicate"));
            return Optional.empty();
        }
        return Optional.of(new Line(n, school.get().id(), programme, term.code(), quota, budget));
    }

    /** The row's term, or null with a problem when it cannot be read. */
    private static Term term(SheetRow row, Header header, List<String> problems) {
        try {
            return Term.parse(header.cell(row, TERM));
        } catch (InvalidValue invalid) {
            problems.add(at(row.rowNumber(), TERM, "paying.import.term", Text.compact(header.cell(row, TERM))));
            return null;
        }
    }

    /** A budget may be left empty; else it is an amount of yuan, not negative. */
    private static void checkBudget(int row, String budget, List<String> problems) {
        if (budget.isEmpty()) {
            return;
        }
        try {
            if (Money.yuan(budget).isNegative()) {
                problems.add(at(row, BUDGET, "paying.budget.negative"));
            }
        } catch (InvalidValue invalid) {
            problems.add(at(row, BUDGET, "paying.import.budget", budget));
        }
    }

    /** A programme by its code, its name with the stage ("国家助学金（中职）") or a name that is unique in the term's catalogue. */
    private static String programmeCode(String typed, List<ProgrammeInForce> all) {
        if (typed.isEmpty()) {
            return null;
        }
        List<String> matches = all.stream()
                .filter(p ->
                        p.code().equals(typed) || p.programme().displayName().equals(typed))
                .map(ProgrammeInForce::code)
                .toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        List<String> byName = all.stream()
                .filter(p -> p.name().equals(typed))
                .map(ProgrammeInForce::code)
                .toList();
        return byName.size() == 1 ? byName.getFirst() : null;
    }

    private static String at(int row, String column, String code, Object... args) {
        return "第" + row + "行 " + column + "：" + Messages.format(code, args);
    }
}
