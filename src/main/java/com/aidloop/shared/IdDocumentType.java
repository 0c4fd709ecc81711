package com.aidloop.shared;

/** The kinds of identity document a student or household member may hold (证件类型). */
public enum IdDocumentType {
    RESIDENT_ID_CARD("居民身份证"),
    HMT_RESIDENCE_PERMIT("港澳台居民居住证"),
    HK_MACAO_PERMIT("港澳居民来往内地通行证"),
    TAIWAN_PERMIT("台湾居民来往大陆通行证"),
    FOREIGN_PASSPORT("外国护照"),
    OTHER("其他");

    private final String label;

    IdDocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds a type by its Chinese label as written in spreadsheets; blank means 居民身份证. */
    public static IdDocumentType fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return RESIDENT_ID_CARD;
        }
        String wanted = Text.normalize(label);
        for (IdDocumentType type : values()) {
            if (type.label.equals(wanted) || type.name().equalsIgnoreCase(wanted)) {
                return type;
            }
        }
        if (wanted.equals("身份证")) {
            return RESIDENT_ID_CARD;
        }
        throw new InvalidValue("id.type.unknown", wanted);
    }

    /** Whether numbers of this type follow GB 11643 (18 characters with a check digit). */
    public boolean followsGb11643() {
        return this == RESIDENT_ID_CARD || this == HMT_RESIDENCE_PERMIT;
    }
}
