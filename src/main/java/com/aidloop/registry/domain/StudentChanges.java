package com.aidloop.registry.domain;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.shared.Masking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The differences between two states of a student, field by field with Chinese field names, for
 * the audit trail. Sensitive values are compared in full but written masked; income and health
 * are written as ****** so that the trail shows that they changed, not what they are.
 */
final class StudentChanges {

    private static final UnaryOperator<String> PLAIN = v -> v;
    private static final UnaryOperator<String> HIDDEN = Masking::hidden;

    private final List<FieldChange> changes = new ArrayList<>();

    private StudentChanges() {}

    static List<FieldChange> between(
            Student before, StudentFacts facts, List<HouseholdMember> household, AidCard card) {
        StudentChanges diff = new StudentChanges();
        diff.facts(before == null ? null : before.facts(), facts);
        diff.card(before == null ? null : before.aidCard(), card);
        diff.household(before == null ? List.of() : before.household(), household);
        return List.copyOf(diff.changes);
    }

    /** The aid card alone, old → new, masked. */
    static List<FieldChange> ofCard(AidCard old, AidCard now) {
        StudentChanges diff = new StudentChanges();
        diff.card(old, now);
        return List.copyOf(diff.changes);
    }

    private void facts(StudentFacts old, StudentFacts now) {
        compare("姓名", old, now, StudentFacts::name, PLAIN);
        compare("性别", old, now, f -> f.gender().label(), PLAIN);
        compare("证件类型", old, now, f -> f.document().type().label(), PLAIN);
        compare("证件号码", old, now, f -> f.document().normalized(), Masking::idNumber);
        compare(
                "学籍号",
                old,
                now,
                f -> f.studentNumber() == null ? null : f.studentNumber().value(),
                v -> new StudentNumber(v).masked());
        compare("学校", old, now, f -> Long.toString(f.schoolId()), PLAIN);
        compare("年级", old, now, StudentFacts::grade, PLAIN);
        compare("班级", old, now, StudentFacts::className, PLAIN);
        compare("户籍乡镇", old, now, f -> f.householdTownship().value(), PLAIN);
        compare(
                "户籍村",
                old,
                now,
                f -> f.householdVillage() == null ? null : f.householdVillage().value(),
                PLAIN);
        compare("城乡", old, now, f -> f.residence().label(), PLAIN);
    }

    private void card(AidCard old, AidCard now) {
        compare("开户银行", old, now, AidCard::bank, PLAIN);
        compare("资助卡号", old, now, c -> c.number().value(), Masking::bankCard);
    }

    private void household(List<HouseholdMember> old, List<HouseholdMember> now) {
        Map<Long, HouseholdMember> byId =
                old.stream().filter(m -> m.id() != null).collect(Collectors.toMap(HouseholdMember::id, m -> m));
        for (HouseholdMember member : now) {
            HouseholdMember previous = member.id() == null ? null : byId.remove(member.id());
            if (previous == null) {
                add("家庭成员", null, summary(member));
            } else {
                member(previous, member);
            }
        }
        old.stream()
                .filter(m -> m.id() == null || byId.containsKey(m.id()))
                .forEach(m -> add("家庭成员", summary(m), null));
    }

    private void member(HouseholdMember old, HouseholdMember now) {
        String prefix = "家庭成员（" + old.name() + "）";
        compare(prefix + "姓名", old, now, HouseholdMember::name, PLAIN);
        compare(prefix + "关系", old, now, m -> m.relation().label(), PLAIN);
        compare(prefix + "监护人", old, now, m -> m.guardian() ? "是" : "否", PLAIN);
        compare(
                prefix + "证件号码",
                old,
                now,
                m -> m.document() == null ? null : m.document().normalized(),
                Masking::idNumber);
        compare(
                prefix + "联系电话",
                old,
                now,
                m -> m.phone() == null ? null : m.phone().value(),
                Masking::phone);
        compare(prefix + "工作单位", old, now, HouseholdMember::employer, PLAIN);
        compare(
                prefix + "年收入",
                old,
                now,
                m -> m.annualIncome() == null ? null : m.annualIncome().toString(),
                HIDDEN);
        compare(
                prefix + "健康状况",
                old,
                now,
                m -> m.health() == null ? null : m.health().value(),
                HIDDEN);
    }

    /** A member in one masked line, for members added or removed. */
    static String summary(HouseholdMember m) {
        StringBuilder s = new StringBuilder(m.relation().label()).append(' ').append(m.name());
        if (m.guardian()) {
            s.append("（监护人）");
        }
        if (m.document() != null) {
            s.append(' ').append(m.document().masked());
        }
        if (m.phone() != null) {
            s.append(' ').append(m.phone().masked());
        }
        return s.toString();
    }

    private <T> void compare(String field, T old, T now, Function<T, String> value, UnaryOperator<String> mask) {
        String before = old == null ? null : value.apply(old);
        String after = now == null ? null : value.apply(now);
        if (!Objects.equals(before, after)) {
            add(field, before == null ? null : mask.apply(before), after == null ? null : mask.apply(after));
        }
    }

    private void add(String field, String before, String after) {
        changes.add(new FieldChange(field, before, after));
    }
}
