package com.aidloop.registry;

import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Paged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts school and region names beside the codes of listed students, one query per kind of name. */
@Component
class Naming {

    private final SchoolManagement schools;
    private final RegionManagement regions;

    Naming(SchoolManagement schools, RegionManagement regions) {
        this.schools = schools;
        this.regions = regions;
    }

    Paged<StudentRow> rows(Paged<StudentRow> page) {
        if (page.content().isEmpty()) {
            return page;
        }
        Map<Long, SchoolView> byId = schools.byIds(page.content().stream().map(StudentRow::schoolId).distinct().toList());
        List<String> codes = new ArrayList<>();
        page.content().forEach(row -> {
            codes.add(row.householdTownship());
            if (row.householdVillage() != null) {
                codes.add(row.householdVillage());
            }
        });
        Map<String, String> names = regions.namesOf(codes);
        return page.map(row -> row.withNames(
                schoolName(byId.get(row.schoolId())), names.get(row.householdTownship()), nameOf(names, row.householdVillage())));
    }

    StudentView view(StudentView student) {
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
