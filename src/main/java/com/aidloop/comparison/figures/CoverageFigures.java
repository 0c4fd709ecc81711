package com.aidloop.comparison.figures;

import com.aidloop.comparison.worklist.WorklistKind;
import com.aidloop.comparison.worklist.WorklistRules;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.platform.ChinaTime;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county page's figures (资助覆盖统计): coverage of the special groups by school and by
 * household township, the whole scope's total, and the worklist items open and closed.
 */
@Service
@Transactional(readOnly = true)
public class CoverageFigures {

    private final CoverageStore store;
    private final WorklistRules rules;
    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final ChinaTime time;

    CoverageFigures(
            CoverageStore store,
            WorklistRules rules,
            SchoolManagement schools,
            RegionManagement regions,
            ChinaTime time) {
        this.store = store;
        this.rules = rules;
        this.schools = schools;
        this.regions = regions;
        this.time = time;
    }

    /** Worklist items of one kind, route and status. */
    public record ItemFigure(String kind, String route, String status, long count) {}

    /** The figures of a scope for the school year today falls in. */
    public record Figures(
            String schoolYear,
            CoverageRow total,
            List<CoverageRow> bySchool,
            List<CoverageRow> byTownship,
            List<ItemFigure> items) {}

    public Figures of(CurrentAccount account) {
        List<Term> terms = Term.of(time.today()).schoolYearTerms();
        List<CoverageStore.Listed> listed = store.listed(
                account.scope(),
                time.today(),
                terms.getFirst().year(),
                terms.stream().map(Term::code).toList(),
                rules.needBasedKinds());
        Map<Long, SchoolView> schoolViews = schools.byIds(
                listed.stream().map(CoverageStore.Listed::schoolId).distinct().toList());
        Map<String, String> townshipNames = regions.namesOf(listed.stream()
                .map(CoverageStore.Listed::townshipCode)
                .distinct()
                .toList());
        CoverageRow total = new CoverageRow("", "合计", 0, 0, 0, 0, 0, 0);
        Map<String, CoverageRow> bySchool = new LinkedHashMap<>();
        Map<String, CoverageRow> byTownship = new LinkedHashMap<>();
        for (CoverageStore.Listed l : listed) {
            total = total.plus(l.poverty(), l.identified(), l.aided());
            SchoolView school = schoolViews.get(l.schoolId());
            String schoolKey = String.valueOf(l.schoolId());
            bySchool.merge(
                    schoolKey,
                    new CoverageRow(schoolKey, school == null ? schoolKey : school.name(), 0, 0, 0, 0, 0, 0)
                            .plus(l.poverty(), l.identified(), l.aided()),
                    CoverageFigures::sum);
            byTownship.merge(
                    l.townshipCode(),
                    new CoverageRow(
                                    l.townshipCode(),
                                    townshipNames.getOrDefault(l.townshipCode(), l.townshipCode()),
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0)
                            .plus(l.poverty(), l.identified(), l.aided()),
                    CoverageFigures::sum);
        }
        return new Figures(terms.getFirst().schoolYear(), total, sorted(bySchool), sorted(byTownship), items(account));
    }

    private List<ItemFigure> items(CurrentAccount account) {
        List<ItemFigure> items = new ArrayList<>();
        for (CoverageStore.ItemCount c : store.items(account.scope())) {
            items.add(new ItemFigure(
                    WorklistKind.valueOf(c.kind()).label(),
                    Messages.format("comparison.worklist.route." + c.route()),
                    Messages.format("comparison.worklist.status." + c.status()),
                    c.count()));
        }
        return List.copyOf(items);
    }

    private static List<CoverageRow> sorted(Map<String, CoverageRow> rows) {
        return rows.values().stream()
                .sorted(Comparator.comparing(CoverageRow::coverage).thenComparing(CoverageRow::name))
                .toList();
    }

    private static CoverageRow sum(CoverageRow a, CoverageRow b) {
        return new CoverageRow(
                a.code(),
                a.name(),
                a.listed() + b.listed(),
                a.identified() + b.identified(),
                a.aided() + b.aided(),
                a.covered() + b.covered(),
                a.poverty() + b.poverty(),
                a.povertyAided() + b.povertyAided());
    }
}
