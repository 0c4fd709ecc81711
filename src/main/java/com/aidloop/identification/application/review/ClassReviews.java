package com.aidloop.identification.application.review;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.ApplicationNotFound;
import com.aidloop.identification.application.ApplicationReach;
import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationMoveRefused;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.persistence.ApplicationStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class review groups at work: a meeting records a verdict with votes and a short opinion for
 * applications of its class; 同意 and 不同意 move an application on to the school (class
 * reviewed), 待议 leaves it for the next meeting. The minutes are kept; representatives see only
 * name, suggested level and a short reason.
 */
@Service
public class ClassReviews {

    private final ApplicationStore applications;
    private final ReviewStore reviews;
    private final ApplicationReach reach;
    private final AuditTrail audit;

    ClassReviews(ApplicationStore applications, ReviewStore reviews, ApplicationReach reach, AuditTrail audit) {
        this.applications = applications;
        this.reviews = reviews;
        this.reach = reach;
        this.audit = audit;
    }

    /** Records a meeting and its verdicts; every application must be a submitted one of the class, in reach. */
    @Transactional
    public long hold(ClassReview review, CurrentAccount account) {
        if (!review.membersComplete()) {
            throw new ApplicationMoveRefused("identification.review.members");
        }
        Reach within = reach.of(account);
        List<Long> ids =
                review.verdicts().stream().map(VerdictLine::applicationId).toList();
        Map<Long, Application> found = applications.findAll(ids, within).stream()
                .collect(Collectors.toMap(Application::id, Function.identity()));
        Application first = null;
        for (VerdictLine line : review.verdicts()) {
            Application application = found.get(line.applicationId());
            if (application == null) {
                throw new ApplicationNotFound(line.applicationId());
            }
            if (!application.facts().className().equals(review.className())) {
                throw new ApplicationMoveRefused("identification.review.notOfClass");
            }
            if (line.verdict() != Verdict.PENDING) {
                application.markClassReviewed();
                if (!applications.update(application)) {
                    throw new ApplicationMoveRefused("identification.application.changedMeanwhile");
                }
            } else if (application.status() != ApplicationStatus.SUBMITTED) {
                throw new ApplicationMoveRefused(
                        "identification.application.move", application.status().label(), "班级评议");
            }
            first = first == null ? application : first;
        }
        if (first == null) {
            throw new ApplicationMoveRefused("identification.review.empty");
        }
        long id = reviews.insert(review, first.facts(), account.username());
        audit.record(AuditRecord.of(
                "CREATE", "identification_class_review", id, "班级评议：" + review.className() + "，" + ids.size() + "份申请"));
        return id;
    }

    /** The minutes of a meeting in reach, with the applicants' names. */
    public Minutes minutes(long reviewId, CurrentAccount account) {
        return reviews.minutes(reviewId, reach.of(account)).orElseThrow(() -> new ReviewNotFound(reviewId));
    }

    /** The meetings of the reach in a school year, newest first. */
    public List<Minutes> meetings(CurrentAccount account, int schoolYear) {
        return reviews.meetings(reach.of(account), schoolYear);
    }

    /** What representatives see of a class's submitted applications: name, suggested level, short reason. */
    public List<RepresentativeRow> forRepresentatives(String className, int schoolYear, CurrentAccount account) {
        return applications.list(reach.of(account), schoolYear, ApplicationStatus.SUBMITTED, className, 500).stream()
                .map(row -> new RepresentativeRow(
                        row.id(),
                        row.studentName(),
                        row.suggestedLabel(),
                        row.suggestedTotal() == null
                                ? ""
                                : "量化评分"
                                        + row.suggestedTotal()
                                                .stripTrailingZeros()
                                                .toPlainString() + "分"))
                .toList();
    }
}
