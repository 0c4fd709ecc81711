package com.aidloop.programme;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;

/**
 * A school's quota (名额, how many awards) and budget (预算, how much money) for a programme and
 * term; either may be null, meaning no limit.
 */
public record SchoolQuota(
        long schoolId,
        String programmeCode,
        Term term,
        Integer quota,
        Money budget,
        Instant recordedAt,
        String recordedBy) {}
