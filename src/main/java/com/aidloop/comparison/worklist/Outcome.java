package com.aidloop.comparison.worklist;

/** How an item is closed: the four outcomes of 应助未助, the three decisions of 四项比对. */
public enum Outcome {
    AIDED(WorklistKind.UNAIDED, "已认定并资助"),
    ELSEWHERE(WorklistKind.UNAIDED, "已在外地就读"),
    NOT_NEEDED(WorklistKind.UNAIDED, "家庭不需要"),
    OTHER(WorklistKind.UNAIDED, "其他"),
    VERIFIED(WorklistKind.SUSPECT, "核实无误"),
    CANCELLED(WorklistKind.SUSPECT, "取消认定"),
    RECOVERED(WorklistKind.SUSPECT, "追回资金");

    private final WorklistKind kind;
    private final String label;

    Outcome(WorklistKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public WorklistKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** Reads an outcome by its name or label; null when it is neither. */
    public static Outcome parse(String raw) {
        for (Outcome o : values()) {
            if (o.name().equals(raw) || o.label.equals(raw)) {
                return o;
            }
        }
        return null;
    }
}
