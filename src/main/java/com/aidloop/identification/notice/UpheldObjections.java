package com.aidloop.identification.notice;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.domain.IdentificationStanding;
import com.aidloop.identification.notice.domain.ObjectionAnswer;
import com.aidloop.identification.notice.domain.ObjectionDecision;
import org.springframework.stereotype.Component;

/**
 * What an upheld objection does to the identification it is about: it is adjusted like a semester
 * adjustment ({@link AdjustingIdentification#adjustOnObjection}), so the application's decided
 * level stays the one level in force for every reader (调整等级: the new level; 取消认定: 不困难), the
 * history keeps the objection, and an identification the county approved goes back to three-party
 * review. The notice's lines follow: the new level, or the student leaves the notice.
 */
@Component
class UpheldObjections {

    private final FinallyDecided decided;
    private final AdjustingIdentification adjusting;
    private final NoticeStore notices;

    UpheldObjections(FinallyDecided decided, AdjustingIdentification adjusting, NoticeStore notices) {
        this.decided = decided;
        this.adjusting = adjusting;
        this.notices = notices;
    }

    /** Where the identification of the student an objection is about stands; null when it names none or none is decided. */
    IdentificationStanding standing(Objection objection) {
        return objection.applicationId() == null
                ? null
                : decided.standing(objection.applicationId()).orElse(null);
    }

    /** Changes the identification as the upheld answer says; answers the change in words for the audit. */
    String uphold(Objection objection, ObjectionAnswer answer, IdentificationStanding before, CurrentAccount account) {
        DifficultyLevel to =
                answer.decision() == ObjectionDecision.ADJUST_LEVEL ? answer.newLevel() : DifficultyLevel.NOT_DIFFICULT;
        adjusting.adjustOnObjection(objection.applicationId(), objection.id(), to, answer.reason(), account);
        notices.changeLines(objection.applicationId(), to == DifficultyLevel.NOT_DIFFICULT ? null : to);
        return objection.studentName() + " " + before.level().label() + " → "
                + (to == DifficultyLevel.NOT_DIFFICULT ? "取消认定（不困难）" : to.label());
    }
}
