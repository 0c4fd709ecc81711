package com.aidloop.identification.threeparty.domain;

/** Where an application stands in three-party review; the names are stored in {@code identification_three_party_review.step}. */
public enum ReviewStep {
    VILLAGE("村级核实"),
    TOWNSHIP("乡镇审核"),
    COUNTY("县级审批"),
    APPROVED("县级已审批"),
    RETURNED_TO_SCHOOL("已退回学校");

    private final String label;

    ReviewStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether someone must act: the three working steps. */
    public boolean waiting() {
        return this == VILLAGE || this == TOWNSHIP || this == COUNTY;
    }

    /** The steps the township's pass starts from (the set-based pass keeps to them). */
    public static java.util.Set<ReviewStep> passableFrom() {
        return java.util.EnumSet.of(TOWNSHIP);
    }

    /** The steps the county's approval starts from (set-based approval keeps to them). */
    public static java.util.Set<ReviewStep> approvableFrom() {
        return java.util.EnumSet.of(COUNTY);
    }
}
