package com.aidloop.registry;

import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Paged;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Puts school and region names beside the codes of listed students, one query per kind of name. */
@Component
class Naming {

    private final SchoolManagement schools;

    Naming(SchoolManagement schools) {
        this.schools = schools;
    }

    Paged<StudentRow> rows(Paged<StudentRow> page) {
        Map<Long, SchoolView> byId = schools.byIds(page.content().stream().map(StudentRow::schoolId).distinct().toList());
        return page.map(row -> row.withNames(schoolName(byId.get(row.schoolId())), null, null));
    }

    StudentView view(StudentView student) {
        Optional<SchoolView> school = schools.byId(student.schoolId());
        return student.withNames(schoolName(school.orElse(null)), null, null);
    }

    private static String schoolName(SchoolView school) {
        return school == null ? null : school.name();
    }
}
