package com.aidloop.identification.threeparty;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.threeparty.domain.ReturnTarget;
import com.aidloop.identification.threeparty.domain.ReviewRefused;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.StepDeadlines;
import com.aidloop.identification.threeparty.domain.ThreePartyReview;
import com.aidloop.identification.threeparty.domain.VillageCheck;
import com.aidloop.identification.threeparty.persistence.QueueStore;
import com.aidloop.identification.threeparty.persistence.ThreePartyStore;
import com.aidloop.registry.RegistryManagement;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' work in three-party review: the village's check, the township's review and the
 * county's approval (these two one or many at once, set-based), and returns to the step before or
 * to the school. Each step acts only in its scope (outside it 404) and only at its own step (409);
 * every move (one audit record per application) and every view of the family facts is audited.
 */
@Service
public class ThreePartyReviews {

    static final String AUDITED_AS = "identification_three_party";

    private final ThreePartyStore reviews;
    private final QueueStore queues;
    private final ThreePartySettings settings;
    private final Applications applications;
    private final RegistryManagement registry;
    private final AuditTrail audit;

    ThreePartyReviews(
            ThreePartyStore reviews,
            QueueStore queues,
            ThreePartySettings settings,
            Applications applications,
            RegistryManagement registry,
            AuditTrail audit) {
        this.reviews = reviews;
        this.queues = queues;
        this.settings = settings;
        this.applications = applications;
        this.registry = registry;
        this.audit = audit;
    }

    /** The step an account works at: village, township or county; null for none. */
    public static ReviewStep stepOf(CurrentAccount account) {
        if (account.may(Permission.IDENTIFICATION_DECIDE) && account.schoolId() != null) {
            return ReviewStep.RETURNED_TO_SCHOOL;
        }
        if (account.may(Permission.THREE_PARTY_COUNTY)) {
            return ReviewStep.COUNTY;
        }
        if (account.may(Permission.THREE_PARTY_TOWNSHIP)) {
            return ReviewStep.TOWNSHIP;
        }
        return account.may(Permission.THREE_PARTY_VILLAGE) ? ReviewStep.VILLAGE : null;
    }

    /** Whether the account works at a village (12-digit region), not a township doing a village's step. */
    static boolean villageAccount(CurrentAccount account) {
        return account.regionCode() != null && account.regionCode().length() == 12;
    }

    /** The account's queue at a step it works at. */
    public List<QueueRow> queue(QueueFilter filter, CurrentAccount account) {
        requireWorksAt(filter.step(), account);
        return queues.list(scoped(filter, account), account.scope(), deadlines(account), 2000);
    }

    /** What waits for the account at each step it works at, for the home page. */
    public List<QueueCounts> counts(CurrentAccount account) {
        List<ReviewStep> steps =
                switch (stepOf(account)) {
                    case null -> List.of();
                    case TOWNSHIP -> List.of(ReviewStep.VILLAGE, ReviewStep.TOWNSHIP);
                    case ReviewStep step -> List.of(step);
                };
        StepDeadlines deadlines = deadlines(account);
        return steps.stream()
                .map(step -> {
                    QueueFilter filter = scoped(new QueueFilter(step, null, null, null, false), account);
                    long[] n = queues.count(filter, account.scope(), deadlines);
                    long overdue = step.waiting() ? n[1] : 0;
                    return new QueueCounts(
                            step.label(), n[0], overdue, "/identification/three-party?step=" + step.name());
                })
                .filter(c -> c.waiting() > 0 || c.step().equals(stepOf(account).label()))
                .toList();
    }

    /**
     * One application under review; the family facts only for the village's step, audited once as
     * the registry's REVEAL of the student, naming this review.
     */
    @Transactional
    public ReviewView view(long id, CurrentAccount account) {
        ThreePartyReview review = find(id, account);
        Application application = applications.forReviewer(id);
        boolean mayAct = mayAct(review, account);
        boolean familyFacts = review.step() == ReviewStep.VILLAGE && mayAct;
        StepDeadlines deadlines = deadlines(account);
        List<String> names = reviews.names(id);
        return new ReviewView(
                review,
                application,
                names.get(0),
                names.get(1),
                familyFacts,
                familyFacts
                        ? registry.reveal(
                                application.facts().studentId(), account.scope(), "三方会审（申请号 " + id + "）村级核实家庭情况，")
                        : null,
                mayAct,
                review.overdue(deadlines),
                review.step().waiting() ? deadlines.dueOn(review.step(), review.stepSince()) : null);
    }

    /** The village confirms the family facts (属实 / 不属实, a note, an optional visit); on to the township. */
    @Transactional
    public void villageChecks(long id, VillageCheck check, CurrentAccount account) {
        ThreePartyReview review = acting(id, ReviewStep.VILLAGE, account);
        review.villageChecks(check);
        save(review);
        String visit = check.visit() == null ? "" : "；" + check.visit().method().label() + "家访";
        record("APPROVE", id, "村级核实家庭情况" + check.verdict().label() + visit);
    }

    /**
     * The township passes many applications on to the county in one set-based move (guarded by the
     * allowed-from steps and the application's status); answers how many were passed. Ids not at
     * the township's step, or outside the scope, are left as they are. Each one passed is audited.
     */
    @Transactional
    public int townshipPasses(List<Long> ids, String note, CurrentAccount account) {
        requireWorksAt(ReviewStep.TOWNSHIP, account);
        String stored = ThreePartyReview.townshipNote(note);
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> passed = queues.passAll(ids, account.scope(), stored, account.username(), Instant.now());
        audit.recordAll(passed.stream()
                .map(id -> AuditRecord.of("APPROVE", AUDITED_AS, id, "乡镇审核通过"))
                .toList());
        return passed.size();
    }

    /**
     * The county approves many applications in one set-based move (guarded by the allowed-from
     * steps and statuses); answers how many were approved. Ids not at the county's step, or
     * outside the scope, are left as they are. Each one approved is audited; each review keeps who
     * approved it and when.
     */
    @Transactional
    public int approve(List<Long> ids, CurrentAccount account) {
        requireWorksAt(ReviewStep.COUNTY, account);
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> approved = queues.approveAll(ids, account.scope(), account.username(), Instant.now());
        audit.recordAll(approved.stream()
                .map(id -> AuditRecord.of("APPROVE", AUDITED_AS, id, "县级审批通过三方会审认定"))
                .toList());
        return approved.size();
    }

    /** Returns an application to the step before or to the school, with a reason. */
    @Transactional
    public void returnTo(long id, ReturnTarget target, String reason, CurrentAccount account) {
        ThreePartyReview review = find(id, account);
        if (!mayAct(review, account)) {
            throw new ReviewRefused(
                    "identification.threeParty.notYourStep", review.step().label());
        }
        ReviewStep from = review.step();
        review.returnTo(target, reason, account.username(), Instant.now());
        if (target == ReturnTarget.SCHOOL) {
            Application application = applications.forReviewer(id);
            application.returnToSchool(reason);
            applications.saveForReviewer(application);
        }
        save(review);
        reviews.addReturn(id, review.round(), review.lastReturn());
        record("REJECT", id, from.label() + "退回" + target.label() + "：" + reason.strip());
    }

    private ThreePartyReview acting(long id, ReviewStep step, CurrentAccount account) {
        ThreePartyReview review = find(id, account);
        if (review.step() != step) {
            throw new ReviewRefused(
                    "identification.threeParty.move", review.step().label(), step.label());
        }
        if (!mayAct(review, account)) {
            throw new ReviewRefused("identification.threeParty.notYourStep", step.label());
        }
        return review;
    }

    /** Whether the account works at the review's step: a village's step by the village, or by a township when routed by school. */
    private static boolean mayAct(ThreePartyReview review, CurrentAccount account) {
        return switch (review.step()) {
            case VILLAGE ->
                account.may(Permission.THREE_PARTY_VILLAGE)
                        && (villageAccount(account) || review.routing().routedBySchool());
            case TOWNSHIP -> account.may(Permission.THREE_PARTY_TOWNSHIP);
            case COUNTY -> account.may(Permission.THREE_PARTY_COUNTY);
            default -> false;
        };
    }

    private ThreePartyReview find(long id, CurrentAccount account) {
        return reviews.find(id, account.scope()).orElseThrow(() -> new ReviewNotFound(id));
    }

    private void requireWorksAt(ReviewStep step, CurrentAccount account) {
        boolean works =
                switch (step) {
                    case VILLAGE -> account.may(Permission.THREE_PARTY_VILLAGE);
                    case TOWNSHIP -> account.may(Permission.THREE_PARTY_TOWNSHIP);
                    case COUNTY -> account.may(Permission.THREE_PARTY_COUNTY);
                    case RETURNED_TO_SCHOOL -> account.may(Permission.IDENTIFICATION_DECIDE);
                    default -> false;
                };
        if (!works) {
            throw new ReviewRefused("identification.threeParty.notYourStep", step.label());
        }
    }

    private static QueueFilter scoped(QueueFilter filter, CurrentAccount account) {
        boolean townshipAtVillage = filter.step() == ReviewStep.VILLAGE && !villageAccount(account);
        return new QueueFilter(
                filter.step(), filter.schoolId(), filter.villageCode(), filter.level(), townshipAtVillage);
    }

    private StepDeadlines deadlines(CurrentAccount account) {
        return settings.deadlines(account.regionCode());
    }

    private void save(ThreePartyReview review) {
        if (!reviews.update(review)) {
            throw new ReviewRefused("identification.threeParty.changedMeanwhile");
        }
    }

    private void record(String action, long id, String what) {
        audit.record(AuditRecord.of(action, AUDITED_AS, id, what));
    }
}
