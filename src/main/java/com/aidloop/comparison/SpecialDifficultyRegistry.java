package com.aidloop.comparison;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.domain.Attributes;
import com.aidloop.comparison.domain.ListAttribute;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.domain.RegisterStatusPolicy;
import com.aidloop.comparison.persistence.ListTypeStore;
import com.aidloop.comparison.persistence.RegisterStore;
import com.aidloop.comparison.persistence.RegisterStore.Fact;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.platform.ChinaTime;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal.Kind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special-difficulty register (特殊困难学生数据库): the look-up identification uses, the
 * register pages (masked, filtered by school or township), and the review of held matches.
 */
@Service
@Transactional(readOnly = true)
public class SpecialDifficultyRegistry implements SpecialDifficultyRegister {

    /** How many lines a page or export holds at most; a county's register is a few thousand. */
    public static final int MAX_LINES = 20_000;

    private final RegisterStore register;
    private final ListTypeStore types;
    private final SchoolManagement schools;
    private final AuditTrail audit;
    private final ChinaTime time;

    SpecialDifficultyRegistry(
            RegisterStore register, ListTypeStore types, SchoolManagement schools, AuditTrail audit, ChinaTime time) {
        this.register = register;
        this.types = types;
        this.schools = schools;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public Optional<RegisterEntry> of(long studentId, LocalDate on) {
        Map<String, ListType> all = types.all();
        return register.ofStudent(studentId).stream()
                .map(f -> entry(f, all.get(f.typeCode()), on))
                .min(Comparator.comparing(RegisterEntry::status)
                        .thenComparing(RegisterEntry::asOf, Comparator.reverseOrder()));
    }

    /** The register lines the account's scope holds today, optionally of one school, township or status. */
    public List<RegisterLine> lines(CurrentAccount account, Long schoolId, String township, RegisterStatus status) {
        Map<String, ListType> all = types.all();
        LocalDate today = time.today();
        List<Fact> facts = register.inScope(account.scope(), schoolId, township, MAX_LINES);
        Map<Long, SchoolView> schoolViews =
                schools.byIds(facts.stream().map(Fact::schoolId).distinct().toList());
        return facts.stream()
                .map(f -> line(f, all.get(f.typeCode()), today, schoolViews.get(f.schoolId())))
                .filter(l -> status == null || l.status() == status)
                .toList();
    }

    public List<HeldMatch> held(CurrentAccount account) {
        Map<String, String> names = new LinkedHashMap<>();
        types.all().forEach((code, type) -> names.put(code, type.name()));
        return register.held(account.scope(), names);
    }

    /** Confirms (same person) or rejects a held match in the account's scope, audited. */
    @Transactional
    public void decide(long matchId, boolean samePerson, CurrentAccount account) {
        if (!register.decide(matchId, samePerson, account.username(), account.scope())) {
            throw new ListRefused(Kind.NOT_FOUND, "comparison.match.notFound", matchId);
        }
        audit.record(AuditRecord.of(
                "REVIEW",
                "comparison_match",
                matchId,
                Messages.format("comparison.match.review." + (samePerson ? "CONFIRMED" : "REJECTED"))));
    }

    private RegisterEntry entry(Fact fact, ListType type, LocalDate on) {
        var decision =
                RegisterStatusPolicy.on(on, type, fact.asOf(), fact.endedOn(), Attributes.decode(fact.attributes()));
        return new RegisterEntry(
                fact.studentId(),
                type.code(),
                type.name(),
                fact.department(),
                fact.asOf(),
                decision.status(),
                decision.reason());
    }

    private RegisterLine line(Fact fact, ListType type, LocalDate today, SchoolView school) {
        RegisterEntry entry = entry(fact, type, today);
        return new RegisterLine(
                fact.studentId(),
                fact.studentName(),
                fact.idNumberMasked(),
                fact.schoolId(),
                school == null ? "" : school.name(),
                fact.householdTownshipCode(),
                type.name(),
                fact.department(),
                fact.asOf(),
                Messages.format("comparison.via." + fact.via()),
                shown(type, Attributes.decode(fact.attributes())),
                entry.status(),
                entry.reason());
    }

    /** "脱贫年份：2019；残疾等级：已登记（隐藏）": sensitive attributes are masked like health data. */
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
