package com.aidloop.identification.documents;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.StaffNames;
import com.aidloop.identification.application.ApplicationReach;
import com.aidloop.identification.application.Reach;
import com.aidloop.identification.application.review.ClassReviews;
import com.aidloop.identification.application.review.Minutes;
import com.aidloop.identification.application.review.ReviewNotFound;
import com.aidloop.identification.documents.ApplicationFormPrinting.Printed;
import com.aidloop.identification.documents.persistence.DocumentStore;
import com.aidloop.identification.documents.persistence.DocumentStore.ClassCount;
import com.aidloop.identification.documents.persistence.DocumentStore.Decided;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class review minutes of one meeting (班级评议记录) and the result summary of a school year by
 * school and class (认定结果汇总表), for the caller's reach; each download is audited (EXPORT).
 */
@Service
public class ReviewDocuments {

    private final ClassReviews reviews;
    private final DocumentStore store;
    private final ApplicationReach reach;
    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final AuditTrail audit;
    private final StaffNames staffNames;

    ReviewDocuments(
            ClassReviews reviews,
            DocumentStore store,
            ApplicationReach reach,
            SchoolManagement schools,
            RegionManagement regions,
            AuditTrail audit,
            StaffNames staffNames) {
        this.staffNames = staffNames;
        this.reviews = reviews;
        this.store = store;
        this.reach = reach;
        this.schools = schools;
        this.regions = regions;
        this.audit = audit;
    }

    /** The minutes of a meeting in reach as .xlsx (404 outside it). */
    @Transactional
    public Printed minutes(long reviewId, CurrentAccount account) {
        Minutes minutes = reviews.minutes(reviewId, account);
        long schoolId =
                store.schoolOfReview(reviewId, reach.of(account)).orElseThrow(() -> new ReviewNotFound(reviewId));
        String school = schools.byId(schoolId).map(SchoolView::name).orElse("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MinutesDocument.write(minutes, school, staffNames.of(minutes.recordedBy()), out);
        audit.record(AuditRecord.of(
                "EXPORT",
                "identification_class_review",
                reviewId,
                "下载班级评议记录：" + minutes.review().className()));
        return new Printed(minutes.review().className() + "-班级评议记录.xlsx", out.toByteArray());
    }

    /** The result summary of a school year for the caller's reach, by school and class, as .xlsx. */
    @Transactional
    public Printed summary(int schoolYear, CurrentAccount account) {
        Reach within = reach.of(account);
        List<ClassCount> counts = store.countsByClass(within, schoolYear);
        List<Decided> decided = store.decided(within, schoolYear);
        Set<Long> ids = Stream.concat(
                        counts.stream().map(ClassCount::schoolId),
                        decided.stream().map(Decided::schoolId))
                .collect(Collectors.toSet());
        Map<Long, String> names = schools.byIds(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        String unit = unit(account, names);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryDocument.write(unit, schoolYear, counts, decided, names, LocalDate.now(ZoneId.of("Asia/Shanghai")), out);
        audit.record(AuditRecord.of(
                "EXPORT", "identification_summary", schoolYear, "下载认定结果汇总表：" + unit + schoolYear + "学年"));
        return new Printed(unit + schoolYear + "学年-" + SummaryDocument.TITLE + ".xlsx", out.toByteArray());
    }

    /** The unit that stamps the summary: the account's school, else its region. */
    private String unit(CurrentAccount account, Map<Long, String> names) {
        if (account.schoolId() != null) {
            return names.getOrDefault(
                    account.schoolId(),
                    schools.byId(account.schoolId()).map(SchoolView::name).orElse(""));
        }
        return account.regionCode() == null
                ? ""
                : regions.find(account.regionCode()).map(Region::name).orElse("");
    }
}
