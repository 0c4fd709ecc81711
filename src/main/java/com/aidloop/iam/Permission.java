package com.aidloop.iam;

/**
 * What a role may do. Granted to a logged-in account as Spring Security authorities of the same
 * name, so that controllers say {@code @PreAuthorize("hasAuthority('STUDENT_EDIT')")}.
 */
public enum Permission {
    REGION_ADMIN,
    ACCOUNT_ADMIN,
    AUDIT_READ,
    SCHOOL_VIEW,
    SCHOOL_EDIT,
    STUDENT_VIEW,
    STUDENT_EDIT,
    STUDENT_REVEAL,
    /** Approve or reject a change of a student's aid card that someone else asked for (资助卡变更审核, four eyes). */
    AID_CARD_APPROVE,
    /** Editing the aid programme catalogue: programmes, tiers and their standards. */
    PROGRAMME_EDIT,
    /** Import award rosters (资助名单导入) for the schools of the scope. */
    AWARD_IMPORT,
    /** Confirm a school's awards of a programme and term (资助确认) under the paying rules. */
    AWARD_CONFIRM,
    /** Create payout batches, export bank files, upload return files, decide exceptions, reissue. */
    PAYOUT_MANAGE,
    /** Approve a payout batch someone else created (maker–checker). */
    PAYOUT_APPROVE,
    /** See payout batches, payment progress and deadlines, and the money-integrity check. */
    PAYOUT_VIEW,
    /**
     * See, read-only, the payout rounds that pay one's township and the totals of their batches
     * (乡镇: 发放轮次 of its schools' students); nothing else of the payout.
     */
    ROUND_VIEW,
    /**
     * For one's own school: confirm receipt of a transfer (确认到账) and record the meals it served
     * (膳食供应登记). The county makes and records transfers with PAYOUT_MANAGE.
     */
    SCHOOL_RECEIPT,
    /** Adopt, edit, publish, import and export quantified indicator models (量化指标体系) of the own province or county. */
    INDICATOR_MODEL_EDIT,
    /**
     * Enter, change, remove and confirm the days of the holiday calendar (节假日安排) that every
     * working-day deadline counts on: one arrangement for the whole platform, so the system
     * administrator and the province, not each county. County staff read it with IDENTIFICATION_YEAR.
     */
    CALENDAR_EDIT,
    /** Open and close the county's identification year (认定年度) and its window for the county's schools. */
    IDENTIFICATION_YEAR,
    /** For one's own school: print a family's invitation slip (邀请码) and open a late window for one student. */
    FAMILY_INVITE,
    /** Enter a paper identification application on a family's behalf, and decide applications (school). */
    IDENTIFICATION_DECIDE,
    /** Hold a class review of identification applications (class teacher, school). */
    IDENTIFICATION_REVIEW,
    /** Three-party review (三方会审), village's step: confirm a family's facts (属实/不属实) and record a home visit. */
    THREE_PARTY_VILLAGE,
    /** Three-party review, township's step: review and pass on, or return. */
    THREE_PARTY_TOWNSHIP,
    /** Three-party review, county's step: approve (one or many at once), or return. */
    THREE_PARTY_COUNTY,
    /** Choose the stages that go to three-party review and each step's deadline (the county). */
    THREE_PARTY_SETTINGS
}
