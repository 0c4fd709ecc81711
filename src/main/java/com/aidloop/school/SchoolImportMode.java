package com.aidloop.school;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** What an upload of a school file asks for: check only (校验), or check and write (导入). */
public enum SchoolImportMode {
    VALIDATE("校验"),
    COMMIT("导入");

    private final String label;

    SchoolImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** validate or commit, as the form and the API send it; 校验 and 导入 are read too. */
    public static SchoolImportMode parse(String raw) {
        String wanted = Text.normalize(raw);
        for (SchoolImportMode mode : values()) {
            if (mode.name().equalsIgnoreCase(wanted) || mode.label.equals(wanted)) {
                return mode;
            }
        }
        throw new InvalidValue("school.import.mode", wanted);
    }
}
