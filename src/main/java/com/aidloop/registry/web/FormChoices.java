package com.aidloop.registry.web;

import com.aidloop.iam.DataScope;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.Relation;
import com.aidloop.registry.Residence;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the student pages offer: the schools of the caller's scope, the townships of the
 * caller's county and the villages of a township, and the fixed lists.
 */
@Component
class FormChoices {

    static final List<String> HEALTH = List.of("健康", "慢性病", "大病", "残疾");

    private final SchoolManagement schools;
    private final RegionManagement regions;

    FormChoices(SchoolManagement schools, RegionManagement regions) {
        this.schools = schools;
        this.regions = regions;
    }

    List<SchoolView> schools(DataScope scope) {
        return schools.choices(scope);
    }

    /** The division the region tree of the list page starts from, if the scope is a region. */
    Optional<Region> treeRoot(DataScope scope) {
        return scope.schoolId() == null && scope.regionPrefix() != null
                ? regions.find(scope.regionPrefix())
                : Optional.empty();
    }

    List<Region> children(Region parent) {
        return regions.children(parent.code());
    }

    /** The townships of the caller's county (a school's staff: the school's county), for suggestions. */
    List<Region> townships(DataScope scope) {
        String prefix = scope.schoolId() != null
                ? schools.byId(scope.schoolId()).map(SchoolView::countyCode).orElse(null)
                : scope.regionPrefix();
        if (prefix == null || prefix.length() < 6) {
            return List.of();
        }
        String within = prefix.substring(0, Math.min(prefix.length(), 9));
        return regions.children(prefix.substring(0, 6)).stream()
                .filter(t -> t.code().startsWith(within))
                .toList();
    }

    /** The villages of a township where its county's villages are loaded; empty otherwise. */
    List<Region> villages(String township) {
        String code = Text.compact(township);
        if (!code.matches("\\d{9}")) {
            return List.of();
        }
        return regions.children(code).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .toList();
    }

    String name(String code) {
        return code == null || code.isBlank()
                ? null
                : regions.namesOf(List.of(code)).get(Text.compact(code));
    }

    void addFormChoices(Model model, DataScope scope, String township) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("idTypes", IdDocumentType.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("residences", Residence.values());
        model.addAttribute("healthChoices", HEALTH);
        model.addAttribute("townships", townships(scope));
        model.addAttribute("villages", villages(township));
    }
}
