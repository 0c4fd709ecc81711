package com.aidloop.identification.application;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationFacts;
import com.aidloop.identification.application.domain.Consent;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.persistence.ApplicationStore;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.platform.ChinaTime;
import com.aidloop.registry.ImportMatches;
import com.aidloop.registry.KnownStudent;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finally decided identifications of a past school year for a demonstration: the students a past
 * roster aids, identified on paper in that year's autumn at the level the roster names, so that the
 * roster's need-based awards rest on them. Each is moved through the application aggregate (consent,
 * form, submission, class review, decision) and all are stored in one batch; a student with an
 * application of that year already is left as it is.
 */
@Service
public class SampleIdentifications {

    /** The school decided on paper before the platform was used: there is no score to follow. */
    static final String REASON = "纸质认定补录：班级评议小组结合家访情况认定";

    private final ApplicationStore store;
    private final RegistryManagement registry;
    private final SchoolManagement schools;
    private final ChinaTime time;

    SampleIdentifications(
            ApplicationStore store, RegistryManagement registry, SchoolManagement schools, ChinaTime time) {
        this.store = store;
        this.registry = registry;
        this.schools = schools;
        this.time = time;
    }

    /**
     * A student to identify: by ID number, at a level (its label), in the grade and class of that
     * year; the form's special groups support the roster's difficulty type when one is given.
     */
    public record Identified(String idNumber, String level, String grade, String className, String difficultyType) {}

    /**
     * Identifies the registered students (in the county's scope) for the school year at their
     * levels, decided by a school officer on the autumn's 15 October. Answers how many were made.
     */
    @Transactional
    public int decideAll(List<Identified> students, int schoolYear, CurrentAccount county) {
        ImportMatches matches = registry.matchForImport(
                students.stream().map(Identified::idNumber).toList(), List.of(), county.scope());
        List<Long> known = matches.byIdNumber().values().stream()
                .filter(KnownStudent::visible)
                .map(KnownStudent::studentId)
                .toList();
        Set<Long> taken = new HashSet<>();
        store.ofStudents(known).stream()
                .filter(row -> row.schoolYear() == schoolYear)
                .forEach(row -> taken.add(row.studentId()));
        Map<Long, SchoolView> byId = schools.byIds(matches.byIdNumber().values().stream()
                .filter(KnownStudent::visible)
                .map(KnownStudent::schoolId)
                .distinct()
                .toList());
        LocalDate decidedOn = LocalDate.of(schoolYear, 10, 15);
        ZonedDateTime at = decidedOn.atTime(10, 0).atZone(time.zone());
        List<Application> made = new ArrayList<>();
        for (Identified wanted : students) {
            KnownStudent student = matches.byIdNumber().get(wanted.idNumber());
            if (student == null || !student.visible() || !taken.add(student.studentId())) {
                continue;
            }
            Application a = Application.draft(new ApplicationFacts(
                    student.studentId(),
                    student.name(),
                    student.schoolId(),
                    byId.get(student.schoolId()).townshipCode(),
                    wanted.grade(),
                    wanted.className(),
                    schoolYear,
                    Source.PAPER,
                    "学校资助专员"));
            int n = made.size();
            a.revise(SampleForms.withGroups(
                    SampleForms.form(n, decidedOn),
                    wanted.difficultyType() == null ? null : RosterDifficultyTypes.groupsFor(wanted.difficultyType())));
            a.recordConsent(new Consent(Consent.CURRENT_TEXT, at.toInstant(), SampleForms.guardian(n), true), true);
            a.submit(at.minusDays(14).toInstant());
            a.markClassReviewed();
            a.decide(new Decision(DifficultyLevel.parse(wanted.level()), REASON, "学校资助专员", at.toInstant()));
            made.add(a);
        }
        store.insertAll(made);
        return made.size();
    }
}
