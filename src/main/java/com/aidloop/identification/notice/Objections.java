package com.aidloop.identification.notice;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.calendar.HolidayCalendar;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.notice.domain.IdentificationStanding;
import com.aidloop.identification.notice.domain.NoticeLine;
import com.aidloop.identification.notice.domain.NoticePeriod;
import com.aidloop.identification.notice.domain.ObjectionAnswer;
import com.aidloop.platform.ChinaTime;
import com.aidloop.shared.PhoneNumber;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to a notice (异议): lodged by anyone with the link during the period, named or
 * anonymous, at most {@link #PER_HOUR} an hour from one address; answered by the school within the
 * county's working days, the answer, decision and reason audited; an upheld objection changes the
 * level or cancels the identification (不困难) as an adjustment of the application does (kept in its
 * history), and a named objector with a phone is told.
 */
@Service
public class Objections {

    /** Objections one client address may lodge in an hour, over all notices. */
    static final int PER_HOUR = 3;

    static final String AUDITED_AS = "identification_objection";

    private final ObjectionStore store;
    private final NoticeStore notices;
    private final UpheldObjections upheld;
    private final HolidayCalendar calendar;
    private final ObjectionNotice sms;
    private final ChinaTime time;
    private final AuditTrail audit;

    Objections(
            ObjectionStore store,
            NoticeStore notices,
            UpheldObjections upheld,
            HolidayCalendar calendar,
            ObjectionNotice sms,
            ChinaTime time,
            AuditTrail audit) {
        this.store = store;
        this.notices = notices;
        this.upheld = upheld;
        this.calendar = calendar;
        this.sms = sms;
        this.time = time;
        this.audit = audit;
    }

    /** What the objector typed. */
    public record Lodging(Long applicationId, String content, String name, String phone, EvidenceFile photo) {}

    /** Lodges an objection to an open notice; answers its id. */
    @Transactional
    public long lodge(Notice notice, Lodging lodging, String clientDigest) {
        if (notice.period().state(time.today()) != NoticePeriod.State.OPEN) {
            throw NoticeRefused.conflict("notice.notOpen");
        }
        String content = lodging.content() == null ? "" : lodging.content().strip();
        if (content.isEmpty() || content.length() > 1000) {
            throw NoticeRefused.invalid("notice.objection.contentRequired");
        }
        String name = lodging.name() == null || lodging.name().isBlank()
                ? null
                : lodging.name().strip();
        if (name != null && name.length() > 50) {
            throw NoticeRefused.invalid("notice.objection.nameTooLong");
        }
        PhoneNumber phone = phone(name, lodging.phone());
        Long about = lodging.applicationId();
        if (about != null && notices.lines(notice.id()).stream().noneMatch(l -> l.applicationId() == about)) {
            throw NoticeRefused.invalid("notice.objection.unknownStudent");
        }
        if (store.countFrom(clientDigest, time.now().minus(Duration.ofHours(1))) >= PER_HOUR) {
            throw NoticeRefused.conflict("notice.objection.tooMany");
        }
        long id = store.add(new ObjectionStore.Lodged(
                notice.id(),
                about,
                content,
                name,
                phone,
                lodging.photo(),
                clientDigest,
                calendar.addWorkingDays(time.today(), notice.answerWorkingDays())));
        audit.record(AuditRecord.of(
                        "CREATE", AUDITED_AS, id, "收到公示异议（" + (name == null ? "匿名" : "实名") + "）：" + notice.covers())
                .by("public"));
        return id;
    }

    private static PhoneNumber phone(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (name == null) {
            throw NoticeRefused.invalid("notice.objection.phoneNeedsName");
        }
        try {
            return new PhoneNumber(raw);
        } catch (RuntimeException e) {
            throw NoticeRefused.invalid("notice.objection.phoneFormat");
        }
    }

    public List<Objection> ofNotice(long noticeId) {
        return store.ofNotice(noticeId);
    }

    /** One objection of a notice in the account's scope. */
    public Objection get(long id, CurrentAccount account) {
        Objection objection = store.find(id).orElseThrow(() -> NoticeRefused.notFound(AUDITED_AS, id));
        notices.find(objection.noticeId(), account.scope()).orElseThrow(() -> NoticeRefused.notFound(AUDITED_AS, id));
        return objection;
    }

    /** Where the identification of the student an objection is about stands (level and status), or null. */
    public IdentificationStanding standing(Objection objection) {
        return upheld.standing(objection);
    }

    /**
     * Records the school's answer, once; an upheld objection adjusts the student's identification
     * (its decided level, kept in the adjustment history with the objection; an approved one goes
     * back to three-party review) and its lines on notices. Audited; a named objector with a phone
     * gets an SMS in the same transaction.
     */
    @Transactional
    public Objection answer(long id, ObjectionAnswer answer, CurrentAccount account) {
        Objection objection = get(id, account);
        if (!account.may(Permission.IDENTIFICATION_DECIDE) || account.schoolId() == null) {
            throw NoticeRefused.forbidden("notice.schoolOnly");
        }
        IdentificationStanding before = standing(objection);
        String problem = answer.problem(before == null ? null : before.inForce(), objection.applicationId() != null);
        if (problem != null) {
            throw NoticeRefused.invalid(problem);
        }
        if (!store.answer(id, answer, account.username())) {
            throw NoticeRefused.conflict("notice.objection.answered");
        }
        String what = answer.decision().label();
        if (answer.decision().upheld()) {
            what += "：" + upheld.uphold(objection, answer, before, account);
        }
        audit.record(AuditRecord.of("APPROVE", AUDITED_AS, id, "处理公示异议（" + what + "）：" + answer.reason())
                .by(account.username()));
        if (objection.named() && objection.phoneGiven()) {
            Notice notice = notices.find(objection.noticeId(), account.scope()).orElseThrow();
            store.phone(id).ifPresent(phone -> sms.handled(id, phone, notice));
        }
        return store.find(id).orElseThrow();
    }

    /** The photo of an objection, for the school in scope; audited. */
    @Transactional
    public EvidenceFile photo(long id, CurrentAccount account) {
        Objection objection = get(id, account);
        EvidenceFile file = store.photo(id).orElseThrow(() -> NoticeRefused.notFound(AUDITED_AS, id));
        audit.record(AuditRecord.of("REVEAL", AUDITED_AS, objection.id(), "查看公示异议附带照片"));
        return file;
    }

    /** The students an objector may name: the notice's lines. */
    public List<NoticeLine> students(Notice notice) {
        return notices.lines(notice.id());
    }
}
