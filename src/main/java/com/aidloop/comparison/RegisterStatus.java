package com.aidloop.comparison;

/** A register entry's status on a day: 在册, 过渡期 (still recognised), 已退出. */
public enum RegisterStatus {
    IN_REGISTER("在册"),
    TRANSITION("过渡期"),
    EXITED("已退出");

    private final String label;

    RegisterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** In the register or its transition period: identification recognises the group. */
    public boolean recognised() {
        return this != EXITED;
    }
}
