package com.aidloop.demo;

import org.springframework.core.Ordered;

/**
 * The order in which the demo county's late steps run at start, in one place: each step finds
 * what the steps before it made. Listeners of equal order would run in an unspecified order, so
 * every late step has its own. The loader, the instalments and the indicator model run at an
 * explicit higher precedence before all of these.
 */
final class DemoOrder {

    /** About 1,500 applications of the school year in every state. */
    static final int REVIEW_WORK = Ordered.LOWEST_PRECEDENCE - 100;

    /** Sends decided applications on to three-party review. */
    static final int THREE_PARTY_WORK = REVIEW_WORK + 10;

    /** Adjusts one finally decided application. */
    static final int ADJUSTMENT = REVIEW_WORK + 20;

    /** The department lists; the worklists and the exchange name their families. */
    static final int LISTS = REVIEW_WORK + 30;

    static final int EXCHANGE = REVIEW_WORK + 40;

    static final int FAMILY = REVIEW_WORK + 50;

    /** Publishes a class of the finally decided applications. */
    static final int NOTICE = REVIEW_WORK + 60;

    /** A family's appeal of a 不困难 decision waits for the county. */
    static final int APPEAL = REVIEW_WORK + 65;

    /** A school's special channel request waits for the county. */
    static final int SPECIAL_CHANNEL = REVIEW_WORK + 67;

    static final int WORKLISTS = REVIEW_WORK + 70;

    /** Validates a registration list of the students as the steps before left them. */
    static final int REGISTRATION_IMPORT = REVIEW_WORK + 80;

    static final int SCHOOL_ACCOUNTS = REVIEW_WORK + 90;

    private DemoOrder() {}
}
