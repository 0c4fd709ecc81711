package com.aidloop.award;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.Locale;

/** 校验 writes nothing and reports every problem; 导入 writes all rows or none. */
public enum ImportMode {
    VALIDATE("校验"),
    COMMIT("导入");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "validate" or "commit", as the API and the form send it. */
    public static ImportMode parse(String raw) {
        return switch (Text.compact(raw).toLowerCase(Locale.ROOT)) {
            case "validate", "校验" -> VALIDATE;
            case "commit", "导入" -> COMMIT;
            default -> throw new InvalidValue("award.import.mode", Text.normalize(raw));
        };
    }
}
