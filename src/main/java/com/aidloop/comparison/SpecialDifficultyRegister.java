package com.aidloop.comparison;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The special-difficulty register (特殊困难学生数据库) as identification reads it: whether a
 * student's family is on a support list, and with which status, on a day.
 */
public interface SpecialDifficultyRegister {

    /**
     * The student's strongest entry on that day (在册 before 过渡期 before 已退出, then the latest
     * as-of date), or empty when no support list names the family (held matches do not count).
     */
    Optional<RegisterEntry> of(long studentId, LocalDate on);
}
