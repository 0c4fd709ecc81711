package com.aidloop.award.domain;

import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.Gender;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A roster row after the checks that need no database look-up: the values it resolved to and
 * the problems found. Values a check could not resolve stay null; a row with an error is never
 * written. Holds personal data: {@link #toString()} masks it.
 */
public final class CheckedRow {

    final int rowNumber;
    final List<RowProblem> problems = new ArrayList<>();

    SchoolView school;
    Stage stage;
    String townshipCode;
    String villageCode;
    String programmeCode;
    String programmeName;
    String tier;
    /** The tier's stable code (TIER_1, BOARDER …) beside its label, for rules keyed by tier. */
    String tierCode;

    Money amount;
    String studentName;
    Gender gender;
    String idType;
    /** Compact and upper case, as the blind index takes it. */
    String idNumber;

    String studentNumber;
    String grade;
    String className;
    String difficultyType;
    String difficultyLevel;
    boolean specialChannel;
    /** Whether only the remark said so (特别通道 left blank, the remark naming the special or green channel). */
    boolean specialChannelByRemark;

    String guardianName;
    String phone;
    String bank;
    String cardNumber;
    String remark;
    /** The student as the registry would register it, when the student turns out to be new. */
    StudentInput student;

    CheckedRow(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        for (RowProblem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    void error(RosterColumn column, String code, Object... args) {
        problems.add(RowProblem.error(rowNumber, column, code, args));
    }

    void warning(RosterColumn column, String code, Object... args) {
        problems.add(RowProblem.warning(rowNumber, column, code, args));
    }

    /** An error when {@code refuses}, else a warning. */
    void problem(boolean refuses, RosterColumn column, String code, Object... args) {
        if (refuses) {
            error(column, code, args);
        } else {
            warning(column, code, args);
        }
    }

    void notice(RosterColumn column, String code, Object... args) {
        problems.add(RowProblem.notice(rowNumber, column, code, args));
    }

    public SchoolView school() {
        return school;
    }

    public Stage stage() {
        return stage;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String villageCode() {
        return villageCode;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String programmeName() {
        return programmeName;
    }

    public String tier() {
        return tier;
    }

    public String tierCode() {
        return tierCode;
    }

    public Money amount() {
        return amount;
    }

    public String studentName() {
        return studentName;
    }

    public Gender gender() {
        return gender;
    }

    public String idType() {
        return idType;
    }

    public String idNumber() {
        return idNumber;
    }

    public String studentNumber() {
        return studentNumber;
    }

    public String grade() {
        return grade;
    }

    public String className() {
        return className;
    }

    public String difficultyType() {
        return difficultyType;
    }

    public String difficultyLevel() {
        return difficultyLevel;
    }

    public boolean specialChannel() {
        return specialChannel;
    }

    public String guardianName() {
        return guardianName;
    }

    public String phone() {
        return phone;
    }

    public String bank() {
        return bank;
    }

    public String cardNumber() {
        return cardNumber;
    }

    public String remark() {
        return remark;
    }

    public StudentInput student() {
        return student;
    }

    @Override
    public String toString() {
        return "CheckedRow[" + rowNumber + " " + Masking.idNumber(idNumber) + " " + programmeCode + " " + tier + " "
                + amount + " problems " + problems.size() + "]";
    }
}
