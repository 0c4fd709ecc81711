package com.aidloop.identification.threeparty;

import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.ReviewStep;

/**
 * What a reviewer's queue shows: one step, optionally of one school, village and decided level.
 *
 * @param onlyRoutedBySchool the village step as a township sees it: only the students without a village
 */
public record QueueFilter(
        ReviewStep step, Long schoolId, String villageCode, DifficultyLevel level, boolean onlyRoutedBySchool) {

    public QueueFilter {
        villageCode = villageCode == null || villageCode.isBlank() ? null : villageCode.strip();
    }
}
