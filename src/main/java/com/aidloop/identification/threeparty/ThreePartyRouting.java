package com.aidloop.identification.threeparty;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.DataScope;
import com.aidloop.identification.application.ThreePartyGate;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.threeparty.domain.ReviewRefused;
import com.aidloop.identification.threeparty.domain.ReviewRouting;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.StageOfApplication;
import com.aidloop.identification.threeparty.domain.ThreePartyReview;
import com.aidloop.identification.threeparty.domain.ThreePartyRules;
import com.aidloop.identification.threeparty.persistence.ThreePartyStore;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.Stage;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends a school's decision on to three-party review when its stage is one the county chose, to
 * the village of the student's household registration (or, without a village, the school's
 * township), and starts the review over after the school decided again or adjusted an approved
 * identification.
 */
@Component
class ThreePartyRouting implements ThreePartyGate {

    private final ThreePartySettings settings;
    private final ThreePartyStore reviews;
    private final SchoolManagement schools;
    private final RegistryManagement registry;
    private final AuditTrail audit;

    ThreePartyRouting(
            ThreePartySettings settings,
            ThreePartyStore reviews,
            SchoolManagement schools,
            RegistryManagement registry,
            AuditTrail audit) {
        this.settings = settings;
        this.reviews = reviews;
        this.schools = schools;
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    public boolean reviews(Application decided) {
        if (reviews.ofApplication(decided.id()).isPresent()) {
            return true;
        }
        ThreePartyRules rules = settings.of(decided.facts().schoolTownshipCode());
        return schools.byId(decided.facts().schoolId())
                .map(school -> {
                    Stage stage = StageOfApplication.of(
                            school.stages(), decided.facts().grade());
                    // a grade that does not tell the stage of a several-stage school: reviewed if any stage is
                    return stage != null
                            ? rules.covers(stage)
                            : school.stages().stream().anyMatch(rules::covers);
                })
                .orElse(false);
    }

    @Override
    public void started(Application sent) {
        Instant now = Instant.now();
        Optional<ThreePartyReview> earlier = reviews.ofApplication(sent.id());
        if (earlier.isPresent()) {
            ThreePartyReview review = earlier.get();
            String why = review.step() == ReviewStep.APPROVED ? "县级审批后学校调整认定，" : "学校重新认定后";
            review.restart(now);
            if (!reviews.update(review)) {
                throw new ReviewRefused("identification.threeParty.changedMeanwhile");
            }
            record(sent, why + "再次送三方会审（第" + review.round() + "轮）");
            return;
        }
        DataScope school = DataScope.school(sent.facts().schoolId());
        String village = registry.find(sent.facts().studentId(), school)
                .map(StudentView::householdVillage)
                .orElse(null);
        String stage = stageOf(sent).map(Enum::name).orElse("UNKNOWN");
        ReviewRouting routing =
                ReviewRouting.of(sent.facts().schoolId(), sent.facts().schoolTownshipCode(), village, stage);
        reviews.insert(ThreePartyReview.start(sent.id(), routing, now));
        record(sent, routing.routedBySchool() ? "送三方会审：学生无户籍村信息，按学校所在乡镇分派" : "送三方会审：" + ReviewStep.VILLAGE.label());
    }

    private Optional<Stage> stageOf(Application a) {
        return schools.byId(a.facts().schoolId())
                .map(school -> StageOfApplication.of(school.stages(), a.facts().grade()));
    }

    private void record(Application a, String what) {
        audit.record(AuditRecord.of(
                "UPDATE",
                ThreePartyReviews.AUDITED_AS,
                a.id(),
                what + "：" + a.facts().studentName()));
    }
}
