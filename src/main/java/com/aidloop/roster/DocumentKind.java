package com.aidloop.roster;

import java.util.Optional;

/** The documents the county prints for a term, each with the name its URL and audit records use. */
public enum DocumentKind {
    SUMMARY("summary", "汇总表"),
    REVIEW("review", "评议花名册"),
    PER_PROGRAMME("per-programme", "分项目资助花名册"),
    PUBLIC_NOTICE("public-notice", "公示花名册"),
    CONFIRMATION_FORM("confirmation-forms", "学校学生资助资金确认表"),
    VERIFICATION("verification", "自动校验");

    private final String slug;
    private final String label;

    DocumentKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentKind> bySlug(String slug) {
        for (DocumentKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The three person-by-person rosters. */
    public boolean isRoster() {
        return this == REVIEW || this == PER_PROGRAMME || this == PUBLIC_NOTICE;
    }
}
