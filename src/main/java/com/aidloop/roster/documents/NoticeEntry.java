package com.aidloop.roster.documents;

import com.aidloop.award.AwardLine;
import com.aidloop.spreadsheet.Column;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of a public notice (公示花名册), and everything a notice may say about a student: the
 * allow-list of 教财〔2018〕16号 and the privacy rules (name, school, grade, class, programme,
 * tier). Notices are built only from this record, never from an award, so no ID number, phone,
 * address, birth date, card, difficulty type or reason, income or remark can reach one by accident;
 * a field added here is a decision to publish it.
 */
public record NoticeEntry(String name, String school, String grade, String className, String programme, String tier) {

    public static final List<Column> COLUMNS = List.of(
            Column.text("姓名").withWidth(12),
            Column.text("学校").withWidth(30),
            Column.text("年级").withWidth(10),
            Column.text("班级").withWidth(8),
            Column.text("资助项目").withWidth(24),
            Column.text("资助档次").withWidth(12));

    /**
     * The notice line of an award; students who came through the special channel (特别通道) have
     * none: their awards are paid but never published.
     */
    public static Optional<NoticeEntry> of(AwardLine award, RowNames names) {
        if (award.specialChannel()) {
            return Optional.empty();
        }
        return Optional.of(new NoticeEntry(
                award.studentName(),
                award.schoolName(),
                award.grade(),
                award.className(),
                names.programme(award),
                names.tier(award)));
    }

    /** The values in the order of {@link #COLUMNS}. */
    public List<Object> cells() {
        return Arrays.asList(name, school, grade, className, programme, tier);
    }
}
