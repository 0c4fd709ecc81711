package com.aidloop.school.internal;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.school.ContactPhone;
import com.aidloop.school.Ownership;
import com.aidloop.school.SchoolCode;
import com.aidloop.school.SchoolContact;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.Stage;
import com.aidloop.shared.FieldChecks;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.RegionCode;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a school is described by, checked: what a form, the API or an import may set. The
 * contact (address, contact person, phone) is optional.
 */
public record SchoolFacts(
        SchoolCode code,
        String name,
        Set<Stage> stages,
        Ownership ownership,
        RegionCode township,
        SchoolContact contact) {

    public static final int NAME_MAX = 60;

    public SchoolFacts {
        Objects.requireNonNull(code);
        Objects.requireNonNull(ownership);
        name = Text.normalize(name);
        if (name.isEmpty()) {
            throw new InvalidValue("school.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidValue("school.name.length", NAME_MAX);
        }
        if (stages == null || stages.isEmpty()) {
            throw new InvalidValue("school.stages.required");
        }
        stages = Set.copyOf(EnumSet.copyOf(stages));
        if (township == null || township.level() != RegionLevel.TOWNSHIP) {
            throw new InvalidValue("school.township.format");
        }
        contact = contact == null ? SchoolContact.NONE : contact;
    }

    public SchoolFacts(SchoolCode code, String name, Set<Stage> stages, Ownership ownership, RegionCode township) {
        this(code, name, stages, ownership, township, SchoolContact.NONE);
    }

    /** Checks every field of a new school's input at once; a refused input lists all its problems. */
    public static SchoolFacts parse(SchoolInput input) {
        return parse(input, SchoolContact.NONE);
    }

    /**
     * Checks every field at once, keeping from {@code kept} each contact field the input leaves
     * out (null); a refused input lists all its problems.
     */
    public static SchoolFacts parse(SchoolInput input, SchoolContact kept) {
        FieldChecks checks = new FieldChecks();
        SchoolCode code = checks.field("code", () -> new SchoolCode(input.code()));
        String name = checks.field("name", () -> checkedName(input.name()));
        Set<Stage> stages = checks.field("stages", () -> stages(input.stages()));
        Ownership ownership = checks.field("ownership", () -> Ownership.parse(input.ownership()));
        RegionCode township = checks.field("townshipCode", () -> township(input.townshipCode()));
        SchoolContact contact = contact(input, kept, checks);
        checks.throwIfAny();
        return new SchoolFacts(code, name, stages, ownership, township, contact);
    }

    private static SchoolContact contact(SchoolInput input, SchoolContact kept, FieldChecks checks) {
        String address = input.address() == null
                ? kept.address()
                : checks.field("address", () -> SchoolContact.address(input.address()));
        String contactName = input.contactName() == null
                ? kept.contactName()
                : checks.field("contactName", () -> SchoolContact.contactName(input.contactName()));
        ContactPhone phone = input.contactPhone() == null
                ? kept.phone()
                : checks.optional("contactPhone", input.contactPhone(), () -> new ContactPhone(input.contactPhone()));
        return new SchoolContact(address, contactName, phone);
    }

    private static String checkedName(String raw) {
        String name = Text.normalize(raw);
        if (name.isEmpty()) {
            throw new InvalidValue("school.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidValue("school.name.length", NAME_MAX);
        }
        if (SchoolContact.startsLikeAFormula(name)) {
            throw new InvalidValue("school.text.formula");
        }
        return name;
    }

    private static Set<Stage> stages(List<String> raw) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (String s : raw) {
            if (!Text.normalize(s).isEmpty()) {
                stages.add(Stage.parse(s));
            }
        }
        if (stages.isEmpty()) {
            throw new InvalidValue("school.stages.required");
        }
        return stages;
    }

    private static RegionCode township(String raw) {
        String code = Text.compact(raw);
        if (code.isEmpty()) {
            throw new InvalidValue("school.township.required");
        }
        if (!code.matches("\\d{9}")) {
            throw new InvalidValue("school.township.format");
        }
        return new RegionCode(code);
    }

    /** The fields that differ from {@code before}, with Chinese field names, for the audit trail. */
    public List<FieldChange> changesSince(SchoolFacts before) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "学校标识码", before == null ? null : before.code.value(), code.value());
        compare(changes, "学校名称", before == null ? null : before.name, name);
        compare(changes, "学段", before == null ? null : labels(before.stages), labels(stages));
        compare(changes, "办学性质", before == null ? null : before.ownership.label(), ownership.label());
        compare(changes, "所在乡镇", before == null ? null : before.township.value(), township.value());
        SchoolContact was = before == null ? SchoolContact.NONE : before.contact;
        compare(changes, "地址", was.address(), contact.address());
        compare(changes, "联系人", was.contactName(), contact.contactName());
        // the audit trail keeps phones masked; a change of digits behind the mask still counts
        if (!Objects.equals(was.phone(), contact.phone())) {
            changes.add(new FieldChange("联系电话", blankToNull(was.maskedPhone()), blankToNull(contact.maskedPhone())));
        }
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String labels(Set<Stage> stages) {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }
}
