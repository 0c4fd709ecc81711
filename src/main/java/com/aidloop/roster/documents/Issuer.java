package com.aidloop.roster.documents;

import com.aidloop.roster.DocumentKind;
import com.aidloop.shared.Signatures;
import com.aidloop.shared.Term;

/**
 * Who a document is for and who stamps it: the reader's division or school, e.g. 平江县 and
 * 平江县学生资助管理中心, or 平江县三市镇中心小学 for both.
 *
 * @param name what the title starts with
 * @param unit what follows 填报单位（盖章）
 * @param signatures the names on the signature line (经办人, 审核人, 负责人), blank until {@link #signed}
 */
public record Issuer(String name, String unit, Signatures signatures) {

    public Issuer {
        signatures = signatures == null ? Signatures.blank() : signatures;
    }

    public Issuer(String name, String unit) {
        this(name, unit, Signatures.blank());
    }

    /** The same issuer with the names of who made and confirmed what it issues. */
    public Issuer signed(Signatures names) {
        return new Issuer(name, unit, names);
    }

    /** A county, city or province aid centre. */
    public static Issuer aidCentre(String regionName) {
        return new Issuer(regionName, regionName + "学生资助管理中心");
    }

    /** A township or village, which reviews rather than issues. */
    public static Issuer reviewer(String regionName) {
        return new Issuer(regionName, regionName);
    }

    public static Issuer school(String schoolName) {
        return new Issuer(schoolName, schoolName);
    }

    /** The same issuer narrowed to one of its schools: the school names the document, the issuer still stamps it. */
    public Issuer forSchool(String schoolName) {
        return new Issuer(schoolName, unit, signatures);
    }

    /**
     * The printed title, e.g. 平江县2026年秋季学期国家助学金发放花名册 or
     * 平江县2026年秋季学期学生资助评议花名册.
     */
    public String title(DocumentKind kind, Term term, String programmeName) {
        String programme = programmeName == null || programmeName.isBlank() ? null : programmeName;
        return name
                + term.label()
                + switch (kind) {
                    case SUMMARY -> "学生资助汇总表";
                    case REVIEW -> programme == null ? "学生资助评议花名册" : programme + "评议花名册";
                    case PER_PROGRAMME -> (programme == null ? "学生资助" : programme) + "发放花名册";
                    case PUBLIC_NOTICE -> programme == null ? "学生资助公示花名册" : programme + "公示花名册";
                    case CONFIRMATION_FORM -> "学校学生资助资金确认表";
                    case VERIFICATION -> "学生资助数据校验结果";
                };
    }
}
