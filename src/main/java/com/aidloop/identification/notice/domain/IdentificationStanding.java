package com.aidloop.identification.notice.domain;

import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;

/**
 * Where the identification an objection is about stands: the application's decided level (the one
 * level in force, changed by adjustments and upheld objections alike) and its status. It is in
 * force while finally decided at a level of difficulty; 不困难 is a cancelled identification, and an
 * approved one adjusted since waits in three-party review for the county's approval again.
 */
public record IdentificationStanding(DifficultyLevel level, ApplicationStatus status) {

    /** The level in force, or null when the identification is cancelled (不困难) or not final (re-reviewed). */
    public DifficultyLevel inForce() {
        return status.finallyDecided() && level != DifficultyLevel.NOT_DIFFICULT ? level : null;
    }

    /** As the school reads it on the objection: 一般困难; 已取消认定（不困难）; 一般困难，三方会审中 while not final. */
    public String label() {
        String what = level == DifficultyLevel.NOT_DIFFICULT ? "已取消认定（不困难）" : level.label();
        return status.finallyDecided() ? what : what + "，" + status.label();
    }
}
