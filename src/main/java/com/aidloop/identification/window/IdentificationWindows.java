package com.aidloop.identification.window;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.platform.ChinaTime;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.FamilyStudent;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identification years and their windows: a county opens a year for its schools with dates
 * (guardians are told by SMS) and may close it early; a school opens a late window for one of its
 * students with a reason, at any time. {@link #openFor} tells whether a student may apply now.
 */
@Service
public class IdentificationWindows {

    static final String AUDITED_AS = "identification_window";
    private static final int MAX_REASON = 200;

    private final WindowStore store;
    private final WindowNotice notice;
    private final SchoolManagement schools;
    private final FamilyStudents students;
    private final AuditTrail audit;
    private final ChinaTime time;

    IdentificationWindows(
            WindowStore store,
            WindowNotice notice,
            SchoolManagement schools,
            FamilyStudents students,
            AuditTrail audit,
            ChinaTime time) {
        this.store = store;
        this.notice = notice;
        this.schools = schools;
        this.students = students;
        this.audit = audit;
        this.time = time;
    }

    /** Opens the county's year for its schools and queues the guardians' notice. */
    @Transactional
    public IdentificationWindow open(CurrentAccount county, int schoolYear, LocalDate startsOn, LocalDate endsOn) {
        String code = county.regionCode();
        if (!county.may(Permission.IDENTIFICATION_YEAR) || code == null || code.length() != 6) {
            throw WindowRefused.forbidden("window.countyOnly");
        }
        if (schoolYear < 2000 || schoolYear > 2100) {
            throw WindowRefused.invalid("window.year", schoolYear);
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw WindowRefused.invalid("window.dates");
        }
        if (endsOn.isBefore(time.today())) {
            throw WindowRefused.invalid("window.endsPast");
        }
        long id = store.insert(code, schoolYear, startsOn, endsOn, county.username(), Instant.now())
                .orElseThrow(() -> WindowRefused.conflict("window.yearExists", IdentificationWindow.label(schoolYear)));
        IdentificationWindow window = store.find(id).orElseThrow();
        int told = notice.send(window);
        store.notified(id, told);
        audit.record(AuditRecord.of(
                        "OPEN",
                        AUDITED_AS,
                        id,
                        Messages.format("window.audit.open", window.label(), startsOn, endsOn, told))
                .by(county.username()));
        return store.find(id).orElseThrow();
    }

    /** Closes a window early (e.g. opened by mistake); applications already made stay. */
    @Transactional
    public IdentificationWindow close(long id, CurrentAccount county) {
        IdentificationWindow window = visible(id, county);
        if (!county.may(Permission.IDENTIFICATION_YEAR) || !window.countyCode().equals(county.regionCode())) {
            throw WindowRefused.forbidden("window.countyOnly");
        }
        if (!store.close(id, county.username(), Instant.now())) {
            throw WindowRefused.conflict("window.closedAlready");
        }
        audit.record(AuditRecord.of("CLOSE", AUDITED_AS, id, Messages.format("window.audit.close", window.label()))
                .by(county.username()));
        return store.find(id).orElseThrow();
    }

    /** The windows an account sees: its county's (a school's county's), or those of the counties below it. */
    public List<IdentificationWindow> visibleTo(CurrentAccount account) {
        if (account.schoolId() != null) {
            return schools.byId(account.schoolId())
                    .map(school -> store.ofCounties(List.of(school.countyCode())))
                    .orElse(List.of());
        }
        String region = account.regionCode();
        if (region == null) {
            return List.of();
        }
        if (region.length() >= 6) {
            return store.ofCounties(List.of(region.substring(0, 6)));
        }
        return store.all().stream()
                .filter(w -> w.countyCode().startsWith(region))
                .toList();
    }

    /** The newest year the account sees, with its state today, for the workbench. */
    public Optional<WindowToday> newestToday(CurrentAccount account) {
        LocalDate today = time.today();
        return visibleTo(account).stream().findFirst().map(w -> new WindowToday(w, w.state(today)));
    }

    /** A year with where it stands today. */
    public record WindowToday(IdentificationWindow window, WindowState state) {}

    public IdentificationWindow visible(long id, CurrentAccount account) {
        return visibleTo(account).stream()
                .filter(w -> w.id() == id)
                .findFirst()
                .orElseThrow(() -> WindowRefused.notFound(id));
    }

    /** How many late windows each of the windows has. */
    public Map<Long, Integer> lateCounts(List<IdentificationWindow> windows) {
        return store.lateCounts(windows.stream().map(IdentificationWindow::id).toList());
    }

    /**
     * Opens a late window for one student of the school's, with a reason, until the day given, in
     * the county's newest identification year.
     */
    @Transactional
    public LateWindow openLate(long studentId, String reason, LocalDate endsOn, CurrentAccount school) {
        FamilyStudent student = students.student(studentId)
                .filter(s -> school.schoolId() != null && s.schoolId() == school.schoolId())
                .orElseThrow(() -> WindowRefused.notFound(studentId));
        if (!school.may(Permission.FAMILY_INVITE)) {
            throw WindowRefused.forbidden("window.schoolOnly");
        }
        String why = Text.normalize(reason);
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw WindowRefused.invalid("window.late.reason", MAX_REASON);
        }
        LocalDate today = time.today();
        if (endsOn == null || endsOn.isBefore(today)) {
            throw WindowRefused.invalid("window.late.endsOn");
        }
        IdentificationWindow year = newestOfCounty(student.schoolTownship().substring(0, 6))
                .orElseThrow(() -> WindowRefused.conflict("window.late.noYear"));
        long id = store.insertLate(
                year.id(),
                studentId,
                student.schoolId(),
                student.schoolTownship(),
                why,
                endsOn,
                school.username(),
                Instant.now());
        audit.record(AuditRecord.of(
                        "LATE_WINDOW",
                        "student",
                        studentId,
                        Messages.format("window.audit.late", year.label(), endsOn, why))
                .by(school.username()));
        return store.lateOfSchool(student.schoolId()).stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public List<LateWindow> lateOfSchool(long schoolId) {
        return store.lateOfSchool(schoolId);
    }

    /** The window the student may apply in at that moment: the county's, else a late one of the student's. */
    public Optional<OpenWindow> openFor(long studentId, Instant now) {
        Optional<FamilyStudent> student = students.student(studentId);
        if (student.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = time.date(now);
        Optional<IdentificationWindow> county = store.ofCounties(List.of(countyOf(student.get()))).stream()
                .filter(w -> w.openOn(today))
                .findFirst();
        if (county.isPresent()) {
            IdentificationWindow w = county.get();
            return Optional.of(new OpenWindow(w.id(), w.schoolYear(), w.startsOn(), w.endsOn(), null));
        }
        return store.lateOpenFor(studentId, today).flatMap(late -> store.find(late.windowId())
                .map(w -> new OpenWindow(
                        w.id(), w.schoolYear(), time.date(late.openedAt()), late.endsOn(), late.reason())));
    }

    /** The newest identification year of the student's county, open or not, for a family's page. */
    public Optional<IdentificationWindow> newestFor(FamilyStudent student) {
        return newestOfCounty(countyOf(student));
    }

    private Optional<IdentificationWindow> newestOfCounty(String county) {
        return store.ofCounties(List.of(county)).stream().findFirst();
    }

    private static String countyOf(FamilyStudent student) {
        return student.schoolTownship().substring(0, 6);
    }

    /** The school's name, for pages. */
    public Optional<SchoolView> school(long schoolId) {
        return schools.byId(schoolId);
    }
}
