package com.aidloop.programme.domain;

import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.programme.FundingLevel;
import com.aidloop.programme.ProgrammeInput;
import com.aidloop.programme.ProgrammeKind;
import com.aidloop.programme.Semesters;
import com.aidloop.school.Stage;
import com.aidloop.shared.FieldChecks;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything a programme is described by, checked: what the programme form or the API may set. */
public record ProgrammeFacts(
        String code,
        String name,
        List<String> aliases,
        Set<Stage> stages,
        Semesters semesters,
        ProgrammeKind kind,
        FundingLevel fundingLevel,
        Term firstTerm,
        String source,
        String note) {

    public static final int NAME_MAX = 40;
    public static final int ALIASES_MAX = 30;
    public static final int SOURCE_MAX = 200;
    public static final int NOTE_MAX = 500;

    public ProgrammeFacts {
        Objects.requireNonNull(code);
        Objects.requireNonNull(semesters);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(fundingLevel);
        Objects.requireNonNull(firstTerm);
        name = checkedName(name);
        aliases = List.copyOf(aliases);
        if (stages == null || stages.isEmpty()) {
            throw new InvalidValue("programme.stages.required");
        }
        stages = Set.copyOf(EnumSet.copyOf(stages));
        source = Text.normalize(source);
        note = Text.normalize(note);
    }

    /** Checks every field at once; a refused input lists all its problems. */
    public static ProgrammeFacts parse(ProgrammeInput input) {
        FieldChecks checks = new FieldChecks();
        String code = checks.field("code", () -> checkedCode(input.code()));
        String name = checks.field("name", () -> checkedName(input.name()));
        List<String> aliases = checks.field("aliases", () -> aliases(input.aliases(), name));
        Set<Stage> stages = checks.field("stages", () -> stages(input.stages()));
        Semesters semesters = checks.field("semesters", () -> Semesters.parse(input.semesters()));
        ProgrammeKind kind = checks.field("kind", () -> ProgrammeKind.parse(input.kind()));
        FundingLevel level = checks.field("fundingLevel", () -> FundingLevel.parse(input.fundingLevel()));
        Term first = checks.field("firstTerm", () -> term(input.firstTerm()));
        String source = checks.field("source", () -> limited(input.source(), SOURCE_MAX, "programme.source.length"));
        String note = checks.field("note", () -> limited(input.note(), NOTE_MAX, "programme.note.length"));
        checks.throwIfAny();
        return new ProgrammeFacts(code, name, aliases, stages, semesters, kind, level, first, source, note);
    }

    /** Every name a roster may use for the programme: its name and its aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    static String checkedCode(String raw) {
        String code = Text.compact(raw).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidValue("programme.code.required");
        }
        if (!code.matches("[A-Z][A-Z0-9_]{2,59}")) {
            throw new InvalidValue("programme.code.format");
        }
        return code;
    }

    private static String checkedName(String raw) {
        String name = Text.normalize(raw);
        if (name.isEmpty()) {
            throw new InvalidValue("programme.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidValue("programme.name.length", NAME_MAX);
        }
        return name;
    }

    private static List<String> aliases(String raw, String name) {
        Set<String> aliases = new LinkedHashSet<>();
        for (String part : Text.normalize(raw).split("[,，、;；\\n\\r]+")) {
            String alias = Text.normalize(part);
            if (!alias.isEmpty() && (name == null || !NameKey.of(alias).equals(NameKey.of(name)))) {
                if (alias.length() > NAME_MAX) {
                    throw new InvalidValue("programme.alias.length", alias, NAME_MAX);
                }
                if (NameKey.of(alias).isEmpty()) {
                    throw new InvalidValue("programme.alias.empty", alias);
                }
                aliases.add(alias);
            }
        }
        if (aliases.size() > ALIASES_MAX) {
            throw new InvalidValue("programme.aliases.tooMany", ALIASES_MAX);
        }
        return List.copyOf(aliases);
    }

    private static Set<Stage> stages(List<String> raw) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (String s : raw) {
            if (!Text.normalize(s).isEmpty()) {
                stages.add(Stage.parse(s));
            }
        }
        if (stages.isEmpty()) {
            throw new InvalidValue("programme.stages.required");
        }
        return stages;
    }

    static Term term(String raw) {
        if (Text.compact(raw).isEmpty()) {
            throw new InvalidValue("programme.term.required");
        }
        return Term.parse(raw);
    }

    private static String limited(String raw, int max, String code) {
        String text = Text.normalize(raw);
        if (text.length() > max) {
            throw new InvalidValue(code, max);
        }
        return text;
    }

    /** The fields that differ from {@code before}, with Chinese field names, for the audit trail. */
    public List<FieldChange> changesSince(ProgrammeFacts before) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "项目代码", before == null ? null : before.code, code);
        compare(changes, "项目名称", before == null ? null : before.name, name);
        compare(changes, "别名", before == null ? null : String.join("、", before.aliases), String.join("、", aliases));
        compare(changes, "学段", before == null ? null : labels(before.stages), labels(stages));
        compare(changes, "发放学期", before == null ? null : before.semesters.label(), semesters.label());
        compare(changes, "项目类别", before == null ? null : before.kind.label(), kind.label());
        compare(changes, "资金层级", before == null ? null : before.fundingLevel.label(), fundingLevel.label());
        compare(changes, "起始学期", before == null ? null : before.firstTerm.label(), firstTerm.label());
        compare(changes, "依据", before == null ? null : before.source, source);
        compare(changes, "说明", before == null ? null : before.note, note);
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        boolean blankBefore = before == null || before.isEmpty();
        if (!Objects.equals(before, after) && !(blankBefore && after.isEmpty())) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    static String labels(Set<Stage> stages) {
        return stages.stream().sorted().map(Stage::label).collect(Collectors.joining("、"));
    }

    @Override
    public String toString() {
        return "ProgrammeFacts[" + code + " " + name + " " + Arrays.toString(stages.toArray()) + "]";
    }
}
