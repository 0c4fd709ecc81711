package com.aidloop.award;

import java.util.Collection;
import java.util.Set;

/**
 * Which students the county approved for the special channel (特别通道) in a school year, asked by
 * the roster import: a row may say 特别通道 是 (or name the green channel in its remark) only for
 * them. Implemented by the identification module, which owns the approvals and depends on this
 * one; without it (a module test) nobody is approved.
 */
public interface ApprovedSpecialChannels {

    /** The students among these approved for the school year, named by its autumn year (2025 for 2025–2026). */
    Set<Long> approvedAmong(Collection<Long> studentIds, int schoolYear);
}
