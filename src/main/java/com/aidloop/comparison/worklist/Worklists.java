package com.aidloop.comparison.worklist;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.ListRefused;
import com.aidloop.comparison.domain.Attributes;
import com.aidloop.comparison.domain.ListAttribute;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.persistence.ListTypeStore;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.platform.ChinaTime;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal.Kind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklists (应助未助, 四项比对) as their users work them: listed in scope (masked, sensitive
 * list attributes hidden), closed one by one or in a batch with an outcome, a note and a home
 * visit where one was made, every closing audited. 四项比对 is decided by county (or higher)
 * staff only; cancelling and recovering go through {@link SuspectDecisions}.
 */
@Service
@Transactional(readOnly = true)
public class Worklists {

    /** At most this many items on a page or in an export. */
    public static final int MAX_ITEMS = 20_000;

    public static final int NOTE_MAX = 500;

    private static final Set<Role> COUNTY_AND_ABOVE = Set.of(Role.PROVINCE_STAFF, Role.CITY_STAFF, Role.COUNTY_STAFF);

    private final WorklistStore store;
    private final ListTypeStore types;
    private final SchoolManagement schools;
    private final AuditTrail audit;
    private final ChinaTime time;

    Worklists(WorklistStore store, ListTypeStore types, SchoolManagement schools, AuditTrail audit, ChinaTime time) {
        this.store = store;
        this.types = types;
        this.schools = schools;
        this.audit = audit;
        this.time = time;
    }

    /** A closing as asked for: outcome, note, and the home visit (kind, day, who, finding) if one was made. */
    public record Closing(
            String outcome, String note, String visitKind, LocalDate visitOn, String visitBy, String visitFinding) {}

    public List<WorklistItem> list(CurrentAccount account, WorklistFilter filter) {
        List<WorklistStore.Row> rows = store.list(filter, account.scope(), MAX_ITEMS);
        Map<Long, SchoolView> names = schools.byIds(
                rows.stream().map(WorklistStore.Row::schoolId).distinct().toList());
        Map<String, ListType> all = types.all();
        return rows.stream().map(r -> item(r, all, names)).toList();
    }

    public WorklistItem get(long id, CurrentAccount account) {
        WorklistStore.Row row = store.find(id, account.scope())
                .orElseThrow(() -> new ListRefused(Kind.NOT_FOUND, "comparison.worklist.notFound", id));
        return item(row, types.all(), schools.byIds(List.of(row.schoolId())));
    }

    /**
     * Closes the open items among the ids with one outcome (batch close); answers how many were
     * closed. Items already closed, ended or outside the scope are left as they are.
     *
     * @throws InvalidInput when the outcome, note or visit is missing or wrong
     */
    @Transactional
    public int close(List<Long> ids, WorklistKind kind, Closing closing, CurrentAccount account) {
        Outcome outcome = Outcome.parse(closing.outcome());
        if (outcome == null || outcome.kind() != kind) {
            throw InvalidInput.of("outcome", "comparison.worklist.outcome." + kind.name());
        }
        if (kind == WorklistKind.SUSPECT) {
            requireCounty(account);
            if (outcome != Outcome.VERIFIED) {
                throw InvalidInput.of("outcome", "comparison.worklist.oneByOne");
            }
        }
        return closed(ids, kind, outcome, closing, account, "");
    }

    /** Closes after a decision was carried out (SuspectDecisions), with what was done in the audit record. */
    @Transactional
    int closed(
            List<Long> ids, WorklistKind kind, Outcome outcome, Closing closing, CurrentAccount account, String done) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInput.of("ids", "comparison.worklist.noneChosen");
        }
        WorklistStore.Closing checked = checked(outcome, closing, account);
        List<Long> closedIds = store.close(ids, kind, checked, account.scope());
        for (Long id : closedIds) {
            audit.record(AuditRecord.of(
                            "CLOSE",
                            "comparison_worklist_item",
                            id,
                            kind.label() + "：" + outcome.label() + (checked.note() == null ? "" : "；" + checked.note())
                                    + (checked.visitKind() == null
                                            ? ""
                                            : "；家访（" + checked.visitKind().label() + " " + checked.visitOn() + " "
                                                    + checked.visitBy() + "）")
                                    + done)
                    .by(account.username()));
        }
        return closedIds.size();
    }

    static void requireCounty(CurrentAccount account) {
        if (account.schoolId() != null || account.roles().stream().noneMatch(COUNTY_AND_ABOVE::contains)) {
            throw new ListRefused(Kind.FORBIDDEN, "comparison.worklist.countyOnly");
        }
    }

    private WorklistStore.Closing checked(Outcome outcome, Closing closing, CurrentAccount account) {
        String note = text(closing.note(), "note", NOTE_MAX);
        if (note == null && (outcome == Outcome.OTHER || outcome.kind() == WorklistKind.SUSPECT)) {
            throw InvalidInput.of("note", "comparison.worklist.noteRequired." + outcome.name());
        }
        VisitKind visit = null;
        String visitBy = null;
        String finding = null;
        if (closing.visitKind() != null && !closing.visitKind().isBlank()) {
            visit = VisitKind.parse(closing.visitKind());
            if (visit == null) {
                throw InvalidInput.of("visitKind", "comparison.worklist.visit.kind");
            }
            if (closing.visitOn() == null || closing.visitOn().isAfter(time.today())) {
                throw InvalidInput.of("visitOn", "comparison.worklist.visit.day");
            }
            visitBy = text(closing.visitBy(), "visitBy", 100);
            finding = text(closing.visitFinding(), "visitFinding", NOTE_MAX);
            if (visitBy == null || finding == null) {
                throw InvalidInput.of(
                        visitBy == null ? "visitBy" : "visitFinding", "comparison.worklist.visit.incomplete");
            }
        }
        return new WorklistStore.Closing(
                outcome,
                note,
                visit,
                visit == null ? null : closing.visitOn(),
                visitBy,
                finding,
                account.username(),
                time.now().atOffset(ZoneOffset.UTC));
    }

    private static String text(String raw, String field, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            throw InvalidInput.of(field, "comparison.worklist.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    private static WorklistItem item(WorklistStore.Row r, Map<String, ListType> all, Map<Long, SchoolView> schools) {
        ListType type = all.get(r.typeCode());
        SchoolView school = schools.get(r.schoolId());
        return new WorklistItem(
                r.id(),
                r.version(),
                r.kind(),
                Messages.format("comparison.worklist.route." + r.route()),
                r.studentId(),
                r.studentName(),
                r.idNumberMasked(),
                r.schoolId(),
                school == null ? "" : school.name(),
                r.householdTownshipCode(),
                r.subjectName(),
                r.subjectMasked(),
                Messages.format("comparison.via." + r.via()),
                type == null ? r.typeCode() : type.name(),
                r.department(),
                r.asOf(),
                type == null ? "" : shown(type, Attributes.decode(r.attributes())),
                Messages.format("comparison.worklist.status." + r.status()),
                "OPEN".equals(r.status()),
                r.openedOn(),
                r.endedOn(),
                r.outcome() == null ? null : Outcome.valueOf(r.outcome()),
                r.note(),
                r.closedBy(),
                r.visitKind() == null
                        ? ""
                        : VisitKind.valueOf(r.visitKind()).label() + " " + r.visitOn() + " " + r.visitBy() + "："
                                + r.visitFinding());
    }

    /** "购置价格：268000.00；残疾等级：已登记（隐藏）": sensitive attributes are masked like health data. */
    static String shown(ListType type, Map<String, String> attributes) {
        StringJoiner out = new StringJoiner("；");
        for (ListAttribute attribute : type.attributes()) {
            String value = attributes.get(attribute.key());
            if (value != null) {
                out.add(attribute.label() + "："
                        + (attribute.sensitive() ? Messages.format("comparison.masked") : value));
            }
        }
        return out.toString();
    }
}
