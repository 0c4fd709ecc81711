package com.aidloop.registry.web;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.Relation;
import com.aidloop.registry.Residence;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the student pages offer: the schools of the caller's scope and the fixed lists. */
@Component
class FormChoices {

    static final List<String> HEALTH = List.of("健康", "慢性病", "大病", "残疾");

    private final SchoolManagement schools;

    FormChoices(SchoolManagement schools) {
        this.schools = schools;
    }

    List<SchoolView> schools(DataScope scope) {
        return schools.choices(scope);
    }

    void addFormChoices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("idTypes", IdDocumentType.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("residences", Residence.values());
        model.addAttribute("healthChoices", HEALTH);
    }
}
