package com.aidloop.identification.application;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.IndicatorScoring;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationFacts;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Consent;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.FormAnswers;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.domain.Suggestion;
import com.aidloop.identification.application.persistence.ApplicationStore;
import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.FamilyStudent;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentRow;
import com.aidloop.registry.StudentSearch;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.Paging;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample applications of a county for a demonstration: registered students spread over every school apply,
 * in every state, each built and moved through the application aggregate (so every state is one
 * the state machine allows) and stored in one batch, the submitted ones scored in one go.
 */
@Service
public class SampleApplications {

    private static final int PAGE = 100;

    private final ApplicationStore store;
    private final RegistryManagement registry;
    private final SchoolManagement schools;
    private final IndicatorModels models;
    private final IndicatorScoring scoring;
    private final FamilyStudents families;

    SampleApplications(
            ApplicationStore store,
            RegistryManagement registry,
            SchoolManagement schools,
            IndicatorModels models,
            IndicatorScoring scoring,
            FamilyStudents families) {
        this.store = store;
        this.registry = registry;
        this.schools = schools;
        this.models = models;
        this.scoring = scoring;
        this.families = families;
    }

    /**
     * The demo guardian's own application: the first guardian's number of the school (the demo's
     * {@code parent}) applied online for the pupil, with the consent first, and the school
     * returned it with a reason to correct. Nothing when the pupil has an application of the
     * year already or the county has no model in force; answers the id made.
     */
    @Transactional
    public java.util.Optional<Long> familyReturned(long schoolId) {
        int year = Applications.currentSchoolYear();
        GuardianPhone guardian = families.guardiansOf(DataScope.school(schoolId)).stream()
                .findFirst()
                .orElse(null);
        if (guardian == null || store.exists(guardian.student().id(), year)) {
            return java.util.Optional.empty();
        }
        FamilyStudent pupil = guardian.student();
        IndicatorModel model =
                models.inForce(pupil.schoolTownship().substring(0, 6), year).orElse(null);
        if (model == null) {
            return java.util.Optional.empty();
        }
        Application a = Application.draft(new ApplicationFacts(
                pupil.id(),
                pupil.name(),
                pupil.schoolId(),
                pupil.schoolTownship(),
                pupil.grade(),
                pupil.className(),
                year,
                Source.FAMILY,
                "家长" + guardian.phone().masked()));
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        a.recordConsent(new Consent(Consent.CURRENT_TEXT, now, SampleForms.guardian(7), true), true);
        a.revise(SampleForms.form(7, today));
        a.submit(now);
        Answers answers = answers(a, model, today);
        ScoreResult score = model.score(answers);
        a.suggest(new Suggestion(model.id(), score.total(), score.level()));
        a.returnToFamily("请补充家庭成员患病的病历或诊断证明照片，并核对家庭年收入后重新提交");
        long id = store.insert(a);
        scoring.score(id, model.id(), answers);
        return java.util.Optional.of(id);
    }

    /**
     * Makes about {@code wanted} applications in the county for the current school year, entered
     * by {@code by}; none when the county has paper applications of the year already or no model
     * in force; a student with an application (the demo guardian's own) is left out. Answers how
     * many were made.
     */
    @Transactional
    public int seed(String countyCode, int wanted, CurrentAccount by) {
        int year = Applications.currentSchoolYear();
        IndicatorModel model = models.inForce(countyCode, year).orElse(null);
        Reach county = new Reach(DataScope.region(countyCode), null);
        List<ApplicationRow> existing = store.list(county, year, null, null, 5000);
        // seeded once: the samples are paper applications; a family's own (the demo guardian's) does not count
        if (model == null || existing.stream().anyMatch(row -> row.source() == Source.PAPER)) {
            return 0;
        }
        java.util.Set<Long> taken =
                existing.stream().map(ApplicationRow::studentId).collect(java.util.stream.Collectors.toSet());
        List<Application> made = new ArrayList<>();
        Map<Long, String> townships = new HashMap<>();
        long index = 0;
        long total = registry.search(StudentSearch.any(), DataScope.region(countyCode), new Paging(1, PAGE))
                .totalElements();
        for (int page = 1; made.size() < wanted; page++) {
            List<StudentRow> students = registry.search(
                            StudentSearch.any(), DataScope.region(countyCode), new Paging(page, PAGE))
                    .content();
            for (StudentRow student : students) {
                // spread the wanted number evenly over every school of the county
                boolean chosen = (index + 1) * wanted / Math.max(total, 1) > index * wanted / Math.max(total, 1);
                index++;
                if (chosen && made.size() < wanted && !taken.contains(student.id())) {
                    String township = townships.computeIfAbsent(
                            student.schoolId(), id -> schools.find(id, DataScope.region(countyCode))
                                    .orElseThrow()
                                    .townshipCode());
                    made.add(moved(sample(student, township, year, by.username()), made.size(), model));
                }
            }
            if (students.size() < PAGE) {
                break;
            }
        }
        store.insertAll(made);
        scoreSubmitted(model, year, county);
        return made.size();
    }

    /** The class of a school with the most applications waiting for class review, if any waits. */
    public java.util.Optional<String> busiestClass(String countyCode, long schoolId) {
        Reach school = new Reach(DataScope.school(schoolId), null);
        return store.list(school, Applications.currentSchoolYear(), ApplicationStatus.SUBMITTED, null, 5000).stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        com.aidloop.identification.application.ApplicationRow::className,
                        java.util.stream.Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    private static Application sample(StudentRow student, String township, int year, String by) {
        ApplicationFacts facts = new ApplicationFacts(
                student.id(),
                student.name(),
                student.schoolId(),
                township,
                student.grade(),
                student.className(),
                year,
                Source.PAPER,
                by);
        return Application.draft(facts);
    }

    /** Moves the n-th sample to its state: 2 in 10 drafts, 3 submitted, 2 class reviewed, 2 decided, 1 returned or withdrawn. */
    private static Application moved(Application a, int n, IndicatorModel model) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.now();
        a.revise(SampleForms.form(n, today));
        int step = n % 10;
        if (step < 2) {
            return a;
        }
        a.recordConsent(new Consent(Consent.CURRENT_TEXT, now, SampleForms.guardian(n), true), true);
        a.submit(now);
        ScoreResult score = model.score(answers(a, model, today));
        a.suggest(new Suggestion(model.id(), score.total(), score.level()));
        if (step == 9) {
            if (n % 20 == 9) {
                a.returnToFamily("请补充家庭成员患病的病历或诊断证明照片");
            } else {
                a.withdraw();
            }
        } else if (step >= 5) {
            a.markClassReviewed();
        }
        if (step >= 7 && step < 9) {
            DifficultyLevel level = score.level() != null ? score.level() : SampleForms.levelOf(n);
            String reason = score.level() != null ? "" : "评议小组结合家访情况认定（本县档次分数线尚未设置）";
            a.decide(new Decision(level, reason, a.facts().enteredBy(), now));
        }
        return a;
    }

    private static Answers answers(Application a, IndicatorModel model, LocalDate today) {
        return FormAnswers.of(a.form(), model.rules(), today);
    }

    private void scoreSubmitted(IndicatorModel model, int year, Reach county) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<Long, Answers> answers = new LinkedHashMap<>();
        for (Application a : store.findAll(store.idsOf(county, year), county)) {
            if (a.status() != ApplicationStatus.DRAFT && a.suggestion() != null) {
                answers.put(a.id(), answers(a, model, today));
            }
        }
        scoring.rescore(model.id(), answers);
    }
}
