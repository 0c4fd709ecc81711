package com.aidloop.programme;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/**
 * What happens to an award of a need-based programme without an identification in force at an
 * allowed level: an error that refuses it, or, in a transition year (过渡期), a warning.
 */
public enum IdentificationRule {
    REQUIRED("必须认定（拒绝）"),
    WARNING("过渡期（仅提示）");

    private final String label;

    IdentificationRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a rule by its name. */
    public static IdentificationRule parse(String raw) {
        String wanted = Text.normalize(raw);
        for (IdentificationRule rule : values()) {
            if (rule.name().equalsIgnoreCase(wanted)) {
                return rule;
            }
        }
        throw new InvalidValue("programme.identificationRule.unknown", wanted);
    }
}
