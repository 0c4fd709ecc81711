package com.aidloop.identification.application.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where an application stands; the family and reviewers see the label step by step. A school's
 * decision on a stage outside three-party review (三方会审) is final at DECIDED; on a stage inside
 * it the application goes on to THREE_PARTY_REVIEW (village, township, county) and is final once
 * the county APPROVED it. {@link #finallyDecided()} is the one question "is the identification in
 * force?".
 */
public enum ApplicationStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    CLASS_REVIEWED("班级已评议"),
    DECIDED("学校已认定"),
    RETURNED("已退回"),
    WITHDRAWN("已撤回"),
    /** The school decided; the village, township and county review it (三方会审). */
    THREE_PARTY_REVIEW("三方会审中"),
    /** The county approved the school's decision after three-party review. */
    APPROVED("县级已审批");

    /** The statuses in which an identification is in force: decided outside three-party review, or approved by the county. */
    public static final Set<ApplicationStatus> FINALLY_DECIDED = EnumSet.of(DECIDED, APPROVED);

    /**
     * The statuses of an application handed in and waiting for its final decision: with the class,
     * with the school, returned to the family, or in three-party review. With {@link
     * #FINALLY_DECIDED} they are every application handed in (all but drafts and withdrawn ones).
     */
    public static final Set<ApplicationStatus> PENDING =
            EnumSet.of(SUBMITTED, CLASS_REVIEWED, RETURNED, THREE_PARTY_REVIEW);

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the application is finally decided, its identification in force: DECIDED for a stage
     * outside three-party review, APPROVED (by the county) for a stage inside it.
     */
    public boolean finallyDecided() {
        return FINALLY_DECIDED.contains(this);
    }

    /** The stored names of {@link #FINALLY_DECIDED}, for SQL ({@code status = ANY(:finallyDecided)}). */
    public static List<String> finallyDecidedNames() {
        return FINALLY_DECIDED.stream().map(Enum::name).toList();
    }

    /** The stored names of {@link #PENDING}, for SQL ({@code status = ANY(:pending)}). */
    public static List<String> pendingNames() {
        return PENDING.stream().map(Enum::name).toList();
    }

    /** The application may still be withdrawn: it is not decided, in review after the school, or withdrawn. */
    public boolean withdrawable() {
        return this == DRAFT || this == SUBMITTED || this == CLASS_REVIEWED || this == RETURNED;
    }

    /** A family may still change the form: a draft, or an application returned to it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
