package com.aidloop.identification.specialchannel.domain;

/**
 * Where a special channel request stands: waiting for the county, approved, refused (final for
 * that request), or approved and later withdrawn by the county (final too).
 */
public enum SpecialChannelStatus {
    REQUESTED("待县级审批"),
    APPROVED("已批准"),
    REFUSED("未批准"),
    WITHDRAWN("已撤销");

    private final String label;

    SpecialChannelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the request still counts for its student and school year (a refused or withdrawn one
     * may be followed by another).
     */
    public boolean live() {
        return this == REQUESTED || this == APPROVED;
    }
}
