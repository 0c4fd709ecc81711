package com.aidloop.award;

import com.aidloop.shared.Money;

/**
 * The money recovered from a term's awards in a scope (追回资金): what a second staff member
 * confirmed (recovered money) and, apart, what still waits for that review (待复核); counted in
 * award parts (a recording spread over two awards is two).
 */
public record RecoveryTotals(long recoveredCount, Money recovered, long pendingCount, Money pending) {}
