package com.aidloop.shared;

import java.util.Locale;

/** What an upload asks for, in every import: 校验 writes nothing and reports every problem; 导入 writes all rows or none. */
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

    /** validate or commit, as the forms and the API send it; 校验 and 导入 are read too. */
    public static ImportMode parse(String raw) {
        return switch (Text.compact(raw).toLowerCase(Locale.ROOT)) {
            case "validate", "校验" -> VALIDATE;
            case "commit", "导入" -> COMMIT;
            default -> throw new InvalidValue("import.mode", Text.normalize(raw));
        };
    }
}
