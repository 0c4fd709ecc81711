package com.aidloop.school.internal;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.school.Ownership;
import com.aidloop.school.SchoolCode;
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

/** Everything a school is described by, checked: what a form or the API may set. */
public record SchoolFacts(SchoolCode code, String name, Set<Stage> stages, Ownership ownership, RegionCode township) {

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
    }

    /** Checks every field of the input at once; a refused input lists all its problems. */
    public static SchoolFacts parse(SchoolInput input) {
        FieldChecks checks = new FieldChecks();
        SchoolCode code = checks.field("code", () -> new SchoolCode(input.code()));
        String name = checks.field("name", () -> checkedName(input.name()));
        Set<Stage> stages = checks.field("stages", () -> stages(input.stages()));
        Ownership ownership = checks.field("ownership", () -> Ownership.parse(input.ownership()));
        RegionCode township = checks.field("townshipCode", () -> township(input.townshipCode()));
        checks.throwIfAny();
        return new SchoolFacts(code, name, stages, ownership, township);
    }

    private static String checkedName(String raw) {
        String name = Text.normalize(raw);
        if (name.isEmpty()) {
            throw new InvalidValue("school.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidValue("school.name.length", NAME_MAX);
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
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String labels(Set<Stage> stages) {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }
}
