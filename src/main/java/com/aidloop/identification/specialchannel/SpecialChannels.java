package com.aidloop.identification.specialchannel;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.specialchannel.domain.ReasonCategory;
import com.aidloop.identification.specialchannel.domain.SpecialChannel;
import com.aidloop.identification.specialchannel.domain.SpecialChannelRefused;
import com.aidloop.identification.specialchannel.domain.SpecialChannelStatus;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentNotFound;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolManagement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special channel (特别通道): a school's staff request it for a student of their school with a
 * reason category and a reason; the county's identification staff approve or refuse (with a
 * reason), once. Every move is audited without the reason, which is family privacy: only the
 * school and the county read requests ({@link #reads}), never another level or a notice.
 */
@Service
public class SpecialChannels {

    static final String AUDITED_AS = "identification_special_channel";
    private static final int LISTED = 500;

    private final SpecialChannelStore store;
    private final RegistryManagement registry;
    private final SchoolManagement schools;
    private final AuditTrail audit;
    private final SchoolTold told;

    SpecialChannels(
            SpecialChannelStore store,
            RegistryManagement registry,
            SchoolManagement schools,
            AuditTrail audit,
            SchoolTold told) {
        this.store = store;
        this.registry = registry;
        this.schools = schools;
        this.audit = audit;
        this.told = told;
    }

    /** What a school asks for. */
    public record Request(long studentId, int schoolYear, ReasonCategory category, String reason) {}

    /** Whether an account requests: a school's identification staff. */
    public static boolean requests(CurrentAccount account) {
        return account.schoolId() != null && account.may(Permission.IDENTIFICATION_DECIDE);
    }

    /** Whether an account decides: the county's identification staff (6-digit region). */
    public static boolean decides(CurrentAccount account) {
        return account.may(Permission.IDENTIFICATION_YEAR)
                && account.regionCode() != null
                && account.regionCode().length() == 6;
    }

    /** Whether an account reads requests and their reasons: the school that asks, the county that decides. */
    public static boolean reads(CurrentAccount account) {
        return requests(account) || decides(account);
    }

    /** The school years a request may be for: the current one, and the last one for a late roster. */
    public static List<Integer> schoolYears() {
        int current = Applications.currentSchoolYear();
        return List.of(current, current - 1);
    }

    /** A school requests the special channel for a student of its own; one live request per student and year. */
    @Transactional
    public long request(Request request, CurrentAccount account) {
        if (!requests(account)) {
            throw SpecialChannelRefused.forbidden("identification.specialChannel.schoolOnly");
        }
        if (!schoolYears().contains(request.schoolYear())) {
            throw SpecialChannelRefused.invalid(
                    "identification.specialChannel.schoolYear", schoolYears().getFirst());
        }
        return add(request, account);
    }

    /** Adds a request of a school's staff for any school year (the demo county's past roster); audited. */
    long add(Request request, CurrentAccount account) {
        StudentView student = registry.find(request.studentId(), account.scope())
                .orElseThrow(() -> new StudentNotFound(request.studentId()));
        String township = schools.byId(student.schoolId()).orElseThrow().townshipCode();
        SpecialChannel asked = SpecialChannel.request(
                new SpecialChannel.Student(
                        student.id(),
                        student.name(),
                        student.schoolId(),
                        student.schoolName(),
                        township,
                        student.grade(),
                        student.className()),
                request.schoolYear(),
                request.category(),
                request.reason(),
                account.username(),
                Instant.now());
        long id = store.add(asked)
                .orElseThrow(() ->
                        SpecialChannelRefused.conflict("identification.specialChannel.live", asked.schoolYearLabel()));
        audit.record(
                AuditRecord.of("CREATE", AUDITED_AS, id, "申请特别通道：" + student.name() + "，" + asked.schoolYearLabel())
                        .by(account.username()));
        return id;
    }

    /** The student of the caller's school holding an ID number, for a request typed on the 特别通道 page. */
    public long studentOf(String idNumber, CurrentAccount account) {
        if (!requests(account)) {
            throw SpecialChannelRefused.forbidden("identification.specialChannel.schoolOnly");
        }
        return registry.findByIdNumber(idNumber == null ? "" : idNumber, account.scope())
                .map(StudentView::id)
                .orElseThrow(() -> SpecialChannelRefused.invalid("identification.specialChannel.studentNotFound"));
    }

    /** The county approves a waiting request in its scope; audited, and the school's contact told by SMS. */
    @Transactional
    public SpecialChannel approve(long id, CurrentAccount account) {
        SpecialChannel request = decidable(id, account);
        SpecialChannel approved = request.approve(account.username(), Instant.now());
        record(approved, "APPROVE", "批准特别通道：");
        return approved;
    }

    /** The county refuses a waiting request in its scope, with a reason the school reads; audited, the school told. */
    @Transactional
    public SpecialChannel refuse(long id, String refusal, CurrentAccount account) {
        SpecialChannel request = decidable(id, account);
        SpecialChannel refused = request.refuse(refusal, account.username(), Instant.now());
        record(refused, "REJECT", "不予批准特别通道：");
        return refused;
    }

    /**
     * The county withdraws an approval in its scope, with a reason the school reads: from that
     * moment the student is not in the special channel (on later notices like others; a roster
     * marking them 特别通道 is an error). An identification made meanwhile stays as decided: the
     * channel never made it. Audited without the reason; the school's contact told by SMS.
     */
    @Transactional
    public SpecialChannel withdraw(long id, String withdrawal, CurrentAccount account) {
        SpecialChannel approved = decidable(id, account);
        SpecialChannel withdrawn = approved.withdraw(withdrawal, account.username(), Instant.now());
        if (!store.withdraw(withdrawn)) {
            throw SpecialChannelRefused.conflict("identification.specialChannel.notApproved", "已处理");
        }
        audit.record(AuditRecord.of(
                        "REVOKE",
                        AUDITED_AS,
                        id,
                        "撤销特别通道：" + withdrawn.student().name() + "，" + withdrawn.schoolYearLabel())
                .by(account.username()));
        told.withdrawn(withdrawn);
        return withdrawn;
    }

    /** The requests in reach of one status. */
    public List<SpecialChannel> list(SpecialChannelStatus status, CurrentAccount account) {
        return store.list(readable(account).scope(), status, LISTED);
    }

    /** How many requests in reach are in each status. */
    public Map<SpecialChannelStatus, Integer> counts(CurrentAccount account) {
        return store.counts(readable(account).scope());
    }

    /** One request in reach, or 404; 403 for an account that reads no requests. */
    public SpecialChannel get(long id, CurrentAccount account) {
        return store.find(id, readable(account).scope()).orElseThrow(() -> SpecialChannelRefused.notFound(id));
    }

    /** The newest request for a student and school year, for the school or the county; empty for anyone else. */
    public Optional<SpecialChannel> of(long studentId, int schoolYear, CurrentAccount account) {
        return reads(account) ? store.latest(studentId, schoolYear, account.scope()) : Optional.empty();
    }

    /**
     * The students among these whom the county approved for the special channel in the school
     * year (its autumn year); the caller has read the students in its own scope already.
     */
    public Set<Long> approvedStudents(Collection<Long> studentIds, int schoolYear) {
        return studentIds.isEmpty() ? Set.of() : store.approvedStudents(studentIds, schoolYear);
    }

    private SpecialChannel decidable(long id, CurrentAccount account) {
        SpecialChannel request = get(id, account);
        if (!decides(account)) {
            throw SpecialChannelRefused.forbidden("identification.specialChannel.countyOnly");
        }
        return request;
    }

    private void record(SpecialChannel decided, String action, String what) {
        if (!store.decide(decided)) {
            throw SpecialChannelRefused.conflict("identification.specialChannel.decided", "已处理");
        }
        audit.record(AuditRecord.of(
                        action,
                        AUDITED_AS,
                        decided.id(),
                        what + decided.student().name() + "，" + decided.schoolYearLabel())
                .by(decided.decidedBy()));
        told.decided(decided);
    }

    private static CurrentAccount readable(CurrentAccount account) {
        if (!reads(account)) {
            throw SpecialChannelRefused.forbidden("identification.specialChannel.schoolOrCounty");
        }
        return account;
    }
}
