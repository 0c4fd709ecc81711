package com.aidloop.identification.specialchannel.domain;

/** Why a school asks for the special channel, as the county sorts requests; the details are in the free reason. */
public enum ReasonCategory {
    ORPHAN("孤儿或事实无人抚养"),
    MAJOR_MISHAP("家庭突发重大变故"),
    FAMILY_PRIVACY("涉及家庭隐私"),
    OTHER("其他特殊情况");

    private final String label;

    ReasonCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
