package com.aidloop.roster.documents;

import com.aidloop.award.AwardLine;
import com.aidloop.shared.Gender;
import com.aidloop.shared.InvalidValue;
import com.aidloop.spreadsheet.Column;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of the staff rosters and how an award fills them. Personal values are the masked
 * ones the award carries (ID number 430626********2385, phone 138****1234, card last four).
 */
public final class RosterLayouts {

    /** The amount column, whose 合计 every roster prints and the cross-check reads. */
    public static final String AMOUNT = "资助金额（元）";

    /** 评议花名册: for the democratic and three-party review, with the facts reviewers weigh. */
    public static final List<Column> REVIEW = List.of(
            Column.text("户籍乡镇").withWidth(12),
            Column.text("户籍村（社区）").withWidth(16),
            Column.text("学校").withWidth(28),
            Column.text("年级").withWidth(10),
            Column.text("班级").withWidth(6),
            Column.text("姓名").withWidth(10),
            Column.text("性别").withWidth(5),
            Column.text("身份证号码").withWidth(20),
            Column.text("监护人").withWidth(10),
            Column.text("联系电话").withWidth(13),
            Column.text("困难类型").withWidth(14),
            Column.text("困难等级").withWidth(10),
            Column.text("资助项目").withWidth(22),
            Column.text("资助档次").withWidth(10),
            Column.money(AMOUNT),
            Column.text("备注").withWidth(16));

    /**
     * 分项目资助花名册: one programme's payout list, with the aid card the money goes to; for a
     * programme paid to the school or in kind no card: the bank column says how it is paid.
     */
    public static final List<Column> PER_PROGRAMME = List.of(
            Column.text("学校").withWidth(28),
            Column.text("年级").withWidth(10),
            Column.text("班级").withWidth(6),
            Column.text("姓名").withWidth(10),
            Column.text("性别").withWidth(5),
            Column.text("身份证号码").withWidth(20),
            Column.text("户籍乡镇").withWidth(12),
            Column.text("户籍村（社区）").withWidth(16),
            Column.text("资助档次").withWidth(10),
            Column.money(AMOUNT),
            Column.text("开户银行").withWidth(18),
            Column.text("资助卡号").withWidth(22),
            Column.text("备注").withWidth(14));

    private RosterLayouts() {}

    public static List<Object> review(AwardLine a, RowNames names) {
        return Arrays.asList(
                names.place(a.householdTownshipCode()),
                names.place(a.householdVillageCode()),
                a.schoolName(),
                a.grade(),
                a.className(),
                a.studentName(),
                gender(a.gender()),
                a.idNumberMasked(),
                a.guardianName(),
                a.phoneMasked(),
                a.difficultyType(),
                a.difficultyLevel(),
                names.programme(a),
                names.tier(a),
                a.amount(),
                a.remark());
    }

    public static List<Object> perProgramme(AwardLine a, RowNames names) {
        return Arrays.asList(
                a.schoolName(),
                a.grade(),
                a.className(),
                a.studentName(),
                gender(a.gender()),
                a.idNumberMasked(),
                names.place(a.householdTownshipCode()),
                names.place(a.householdVillageCode()),
                names.tier(a),
                a.amount(),
                names.channel(a).settledWithSchool() ? names.channel(a).label() : a.cardBank(),
                names.channel(a).settledWithSchool() ? "—" : a.cardNumberMasked(),
                a.remark());
    }

    /** 男/女 for MALE/FEMALE (or the Chinese itself); anything else as written. */
    static String gender(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        if (raw.equals("MALE") || raw.equals("FEMALE")) {
            return Gender.valueOf(raw).label();
        }
        try {
            return Gender.fromLabel(raw).label();
        } catch (InvalidValue unknown) {
            return raw;
        }
    }
}
