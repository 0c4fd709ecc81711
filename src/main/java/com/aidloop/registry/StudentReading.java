package com.aidloop.registry;

import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.persistence.CardChangeQueries;
import com.aidloop.registry.persistence.StudentQueries;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads students as lists and pages show them, masked: school and region names beside the codes
 * (one query per kind of name), and a student's pending card change beside its card.
 */
@Component
class StudentReading {

    private final StudentQueries queries;
    private final CardChangeQueries cardChanges;
    private final SchoolManagement schools;
    private final RegionManagement regions;

    StudentReading(
            StudentQueries queries, CardChangeQueries cardChanges, SchoolManagement schools, RegionManagement regions) {
        this.queries = queries;
        this.cardChanges = cardChanges;
        this.schools = schools;
        this.regions = regions;
    }

    Paged<StudentRow> search(StudentSearch search, DataScope scope, Paging paging) {
        return rows(queries.search(search, scope, paging));
    }

    /** The student with names and its pending card change, if the scope covers it. */
    Optional<StudentView> find(long id, DataScope scope) {
        return queries.find(id, scope)
                .map(this::view)
                .map(student -> student.withPendingCardChange(
                        cardChanges.pendingOf(id, scope).orElse(null)));
    }

    private Paged<StudentRow> rows(Paged<StudentRow> page) {
        if (page.content().isEmpty()) {
            return page;
        }
        Map<Long, SchoolView> byId = schools.byIds(
                page.content().stream().map(StudentRow::schoolId).distinct().toList());
        List<String> codes = new ArrayList<>();
        page.content().forEach(row -> {
            codes.add(row.householdTownship());
            if (row.householdVillage() != null) {
                codes.add(row.householdVillage());
            }
        });
        Map<String, String> names = regions.namesOf(codes);
        return page.map(row -> row.withNames(
                schoolName(byId.get(row.schoolId())),
                names.get(row.householdTownship()),
                nameOf(names, row.householdVillage())));
    }

    private StudentView view(StudentView student) {
        SchoolView school = schools.byId(student.schoolId()).orElse(null);
        List<String> codes = new ArrayList<>(List.of(student.householdTownship()));
        if (student.householdVillage() != null) {
            codes.add(student.householdVillage());
        }
        Map<String, String> names = regions.namesOf(codes);
        return student.withNames(
                schoolName(school), names.get(student.householdTownship()), nameOf(names, student.householdVillage()));
    }

    private static String nameOf(Map<String, String> names, String code) {
        return code == null ? null : names.get(code);
    }

    private static String schoolName(SchoolView school) {
        return school == null ? null : school.name();
    }
}
