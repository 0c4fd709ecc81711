package com.aidloop.registry;

import com.aidloop.region.LoadedCounty;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.domain.StudentFacts;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks household registrations against the division tree: the township must be one of the
 * loaded edition, and so must the village where the county's villages are loaded (elsewhere
 * only its shape and its township are checked). One query for any number of students.
 */
@Component
class HouseholdDivisions {

    private final RegionManagement regions;

    HouseholdDivisions(RegionManagement regions) {
        this.regions = regions;
    }

    void require(StudentFacts facts) {
        List<FieldProblem> problems = check(List.of(facts), "");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Problems of many students, their fields prefixed {@code rows[i].}. */
    List<FieldProblem> checkRows(List<StudentFacts> students) {
        return check(students, "rows");
    }

    private List<FieldProblem> check(List<StudentFacts> students, String rows) {
        Set<String> codes = new HashSet<>();
        for (StudentFacts f : students) {
            codes.add(f.householdTownship().value());
            if (f.householdVillage() != null) {
                codes.add(f.householdVillage().value());
            }
        }
        Set<String> known = regions.namesOf(codes).keySet();
        Set<String> villagesLoaded = students.stream().anyMatch(f -> f.householdVillage() != null)
                ? regions.loadedCounties().stream()
                        .map(LoadedCounty::county)
                        .map(c -> c.code())
                        .collect(Collectors.toSet())
                : Set.of();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            StudentFacts f = students.get(i);
            String prefix = rows.isEmpty() ? "" : rows + "[" + i + "].";
            String township = f.householdTownship().value();
            if (!known.contains(township)) {
                problems.add(new FieldProblem(
                        prefix + "householdTownship", "student.householdTownship.unknown", new Object[] {township}));
            }
            String village =
                    f.householdVillage() == null ? null : f.householdVillage().value();
            if (village != null && villagesLoaded.contains(village.substring(0, 6)) && !known.contains(village)) {
                problems.add(new FieldProblem(
                        prefix + "householdVillage", "student.householdVillage.unknown", new Object[] {village}));
            }
        }
        return problems;
    }
}
