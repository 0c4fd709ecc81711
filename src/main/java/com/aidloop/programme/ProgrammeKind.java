package com.aidloop.programme;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** What sort of aid a programme gives (项目类别). */
public enum ProgrammeKind {
    NATIONAL_GRANT("国家助学金"),
    SCHOLARSHIP("奖学金"),
    FEE_WAIVER("免学（杂）费"),
    LIVING_SUBSIDY("生活补助"),
    NUTRITION("营养改善"),
    PRESCHOOL_AID("学前资助"),
    LOCAL_AID("地方项目"),
    SOCIAL_AID("社会资助"),
    OTHER("其他");

    private final String label;

    ProgrammeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a kind by its name or its Chinese label. */
    public static ProgrammeKind parse(String raw) {
        String wanted = Text.normalize(raw);
        if (wanted.isEmpty()) {
            throw new InvalidValue("programme.kind.required");
        }
        for (ProgrammeKind kind : values()) {
            if (kind.name().equalsIgnoreCase(wanted) || kind.label.equals(wanted)) {
                return kind;
            }
        }
        throw new InvalidValue("programme.kind.unknown", wanted);
    }
}
