package com.aidloop.identification.notice;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.calendar.HolidayCalendar;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.identification.notice.domain.NoticeLine;
import com.aidloop.identification.notice.domain.NoticePeriod;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a school's notice of its finally decided students and reading notices: the school's
 * staff in their scope, anyone with the link and the access code during the period.
 */
@Service
public class PublicNotices {

    static final String AUDITED_AS = "identification_notice";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NoticeStore store;
    private final FinallyDecided decided;
    private final SpecialChannelApprovals specialChannel;
    private final NoticeSettings settings;
    private final HolidayCalendar calendar;
    private final SchoolManagement schools;
    private final AuditTrail audit;

    PublicNotices(
            NoticeStore store,
            FinallyDecided decided,
            SpecialChannelApprovals specialChannel,
            NoticeSettings settings,
            HolidayCalendar calendar,
            SchoolManagement schools,
            AuditTrail audit) {
        this.store = store;
        this.decided = decided;
        this.specialChannel = specialChannel;
        this.settings = settings;
        this.calendar = calendar;
        this.schools = schools;
        this.audit = audit;
    }

    /** What a school publishes. */
    public record Publication(int schoolYear, Coverage coverage, String grade, String className, LocalDate startsOn) {}

    /**
     * Publishes the finally decided students of the coverage (those approved for the special channel
     * left out) for at least five working days from the first day; audited.
     */
    @Transactional
    public Notice publish(Publication publication, CurrentAccount account) {
        Long schoolId = account.schoolId();
        if (schoolId == null) {
            throw NoticeRefused.forbidden("notice.schoolOnly");
        }
        requireCoverage(publication);
        String grade = blankToNull(publication.grade());
        String className = blankToNull(publication.className());
        SchoolView school = schools.byId(schoolId).orElseThrow(() -> NoticeRefused.forbidden("notice.schoolOnly"));
        List<NoticeLine> lines =
                decided.of(schoolId, publication.schoolYear(), publication.coverage(), grade, className);
        Set<Long> hidden = specialChannel.approvedAmong(
                lines.stream().map(NoticeLine::applicationId).toList());
        lines = lines.stream().filter(l -> !hidden.contains(l.applicationId())).toList();
        if (lines.isEmpty()) {
            throw NoticeRefused.conflict("notice.nobodyDecided");
        }
        NoticeSettings.Setting setting = settings.of(school.townshipCode().substring(0, 6));
        NoticePeriod period =
                NoticePeriod.of(calendar.workingDays(), publication.startsOn(), NoticePeriod.LEAST_WORKING_DAYS);
        Notice draft = new Notice(
                0,
                token(),
                accessCode(),
                schoolId,
                school.name(),
                school.townshipCode(),
                publication.schoolYear(),
                publication.coverage(),
                publication.coverage() == Coverage.SCHOOL ? null : grade,
                publication.coverage() == Coverage.CLASS ? className : null,
                period,
                setting.showLevel(),
                setting.answerWorkingDays(),
                account.username(),
                Instant.now());
        long id = store.add(draft, lines);
        audit.record(AuditRecord.of(
                        "PUBLISH",
                        AUDITED_AS,
                        id,
                        "发布认定结果公示：" + draft.covers() + "，" + lines.size() + "人，" + period.startsOn() + "至"
                                + period.endsOn())
                .by(account.username()));
        return store.find(id, account.scope()).orElseThrow();
    }

    /** Publishes one class (for the demo county, which names no notice types of its own). */
    @Transactional
    public Notice publishClass(
            int schoolYear, String grade, String className, LocalDate startsOn, CurrentAccount account) {
        return publish(new Publication(schoolYear, Coverage.CLASS, grade, className, startsOn), account);
    }

    /** The application of a notice's first line, if it has one. */
    public Optional<Long> firstApplication(long noticeId) {
        return store.lines(noticeId).stream().map(NoticeLine::applicationId).findFirst();
    }

    public List<Notice> list(CurrentAccount account) {
        return store.list(account.scope());
    }

    public Notice get(long id, CurrentAccount account) {
        return store.find(id, account.scope()).orElseThrow(() -> NoticeRefused.notFound(AUDITED_AS, id));
    }

    public List<NoticeLine> lines(long noticeId) {
        return store.lines(noticeId);
    }

    /** The notice of a link, for the public page; the caller checks the access code and the period. */
    public Optional<Notice> byToken(String token) {
        return token == null || token.length() != 22 ? Optional.empty() : store.byToken(token);
    }

    /** Objections per notice: [all, waiting for an answer]. */
    public Map<Long, int[]> objectionCounts(List<Notice> notices) {
        return store.objectionCounts(notices.stream().map(Notice::id).toList());
    }

    /** The grades and classes with finally decided students, for the form. */
    public List<String[]> classes(CurrentAccount account, int schoolYear) {
        return account.schoolId() == null ? List.of() : decided.classes(account.schoolId(), schoolYear);
    }

    private static void requireCoverage(Publication publication) {
        String grade = blankToNull(publication.grade());
        String className = blankToNull(publication.className());
        if (publication.coverage() == null
                || publication.startsOn() == null
                || publication.coverage() != Coverage.SCHOOL && grade == null
                || publication.coverage() == Coverage.CLASS && className == null) {
            throw NoticeRefused.invalid("notice.coverageRequired");
        }
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String accessCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
