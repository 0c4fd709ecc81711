package com.aidloop.comparison;

import java.time.LocalDate;

/**
 * A student's entry in the special-difficulty register (特殊困难学生数据库) on a day: the list
 * category that names the family, the department it came from, the list's as-of date
 * (数据截止日期) and the status with the rule that gave it.
 *
 * @param categoryCode the list type, e.g. SUBSISTENCE_ALLOWANCE
 * @param categoryName e.g. 城乡低保
 * @param source the department, e.g. 民政
 * @param reason the rule behind the status, as a sentence for the reviewer
 */
public record RegisterEntry(
        long studentId,
        String categoryCode,
        String categoryName,
        String source,
        LocalDate asOf,
        RegisterStatus status,
        String reason) {}
