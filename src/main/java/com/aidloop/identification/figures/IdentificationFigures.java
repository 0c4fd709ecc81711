package com.aidloop.identification.figures;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.threeparty.ThreePartySettings;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.StepDeadlines;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's identification figures (认定统计) of a school year: applications and finally decided
 * results ({@code ApplicationStatus.finallyDecided()}) by the school's township, by school, by
 * stage (学段) and by level, and three-party review's progress by reviewing township, within the
 * account's data scope and optionally one region inside it.
 */
@Service
@Transactional(readOnly = true)
public class IdentificationFigures {

    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{2,12}");

    private final FigureStore store;
    private final ThreePartySettings settings;
    private final SchoolManagement schools;
    private final RegionManagement regions;

    IdentificationFigures(
            FigureStore store, ThreePartySettings settings, SchoolManagement schools, RegionManagement regions) {
        this.store = store;
        this.settings = settings;
        this.schools = schools;
        this.regions = regions;
    }

    /**
     * The figures of a school year, narrowed to a region (a township, or for a city a county) when
     * one is given.
     *
     * @param schoolYear the year the school year starts in (2026 for 2026-2027学年)
     * @param region a region code, or null or blank for the whole scope
     */
    public Figures of(int schoolYear, String region, CurrentAccount account) {
        String within = region == null || !REGION_CODE.matcher(region).matches() ? null : region;
        List<FigureStore.Counted> counted = store.applications(account.scope(), schoolYear, within);
        List<ReviewProgressRow> reviews = store.reviews(
                account.scope(),
                schoolYear,
                within,
                deadlines(store.reviewingCounties(account.scope(), schoolYear, within)));
        Map<String, String> names = regions.namesOf(Stream.of(
                        counted.stream().map(FigureStore.Counted::townshipCode),
                        reviews.stream().map(ReviewProgressRow::code),
                        Stream.ofNullable(within))
                .flatMap(s -> s)
                .toList());
        Map<Long, SchoolView> schoolViews = schools.byIds(
                counted.stream().map(FigureStore.Counted::schoolId).distinct().toList());
        FigureTally tally = FigureTally.of(counted, names, schoolViews);
        List<ReviewProgressRow> named = reviews.stream()
                .map(r -> r.named(names.getOrDefault(r.code(), r.code())))
                .toList();
        return new Figures(
                schoolYear,
                new Term(schoolYear, Term.Semester.AUTUMN).schoolYear(),
                within,
                within == null ? null : names.getOrDefault(within, within),
                tally.total(),
                tally.byTownship(),
                tally.bySchool(),
                tally.byStage(),
                named.stream().reduce(ReviewProgressRow.empty("", "合计"), ReviewProgressRow::plus),
                named);
    }

    /** The school years with applications in the account's scope and the current one, newest first. */
    public List<Integer> schoolYears(CurrentAccount account) {
        TreeSet<Integer> years = new TreeSet<>(store.schoolYears(account.scope()));
        years.add(Applications.currentSchoolYear());
        return List.copyOf(years.descendingSet());
    }

    /**
     * The regions a staff account may narrow the figures to: a county's townships, a city's
     * counties, a province's cities; none for a township or a school.
     */
    public List<Region> areas(CurrentAccount account) {
        String code = account.regionCode();
        if (account.schoolId() != null || code == null || code.length() > 6) {
            return List.of();
        }
        return regions.children(code);
    }

    private List<FigureStore.Deadlines> deadlines(List<String> counties) {
        List<StepDeadlines> all = settings.deadlines(counties);
        return java.util.stream.IntStream.range(0, counties.size())
                .mapToObj(i -> new FigureStore.Deadlines(
                        counties.get(i),
                        all.get(i).overdueIfEnteredBefore(ReviewStep.VILLAGE),
                        all.get(i).overdueIfEnteredBefore(ReviewStep.TOWNSHIP),
                        all.get(i).overdueIfEnteredBefore(ReviewStep.COUNTY)))
                .toList();
    }

    /**
     * The figures of a school year in a scope.
     *
     * @param region the region chosen inside the scope, or null for the whole scope
     */
    public record Figures(
            int schoolYear,
            String schoolYearLabel,
            String region,
            String regionName,
            FigureRow total,
            List<FigureRow> byTownship,
            List<FigureRow> bySchool,
            List<FigureRow> byStage,
            ReviewProgressRow reviewTotal,
            List<ReviewProgressRow> reviewsByTownship) {}
}
