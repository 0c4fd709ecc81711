package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.util.concurrent.atomic.AtomicLong;

/** Award lines for unit tests, in the demo county 平江县 unless told otherwise. */
public final class Awards {

    private static final AtomicLong IDS = new AtomicLong(1);
    public static final Term TERM = new Term(2026, Term.Semester.AUTUMN);

    private Awards() {}

    /**
     * @param village a 12-digit village code (its township is the first 9 digits), or a 9-digit township for an award without village
     */
    public static AwardLine award(String village, long schoolId, String programme, String stage, String yuan) {
        String township = village.substring(0, 9);
        String villageCode = village.length() == 12 ? village : null;
        long id = IDS.getAndIncrement();
        return new AwardLine(
                id,
                TERM,
                programme,
                programme + "名称",
                stage,
                "一档",
                Money.yuan(yuan),
                1000 + id,
                "学生" + id,
                "FEMALE",
                "430626********" + (1000 + id % 9000),
                schoolId,
                "21430626" + String.format("%02d", schoolId % 100),
                "学校" + schoolId,
                "三年级",
                "1班",
                township,
                villageCode,
                "低保家庭",
                "比较困难",
                false,
                "监护人" + id,
                "138****1234",
                "平江县农村商业银行",
                "***************2444",
                null);
    }
}
