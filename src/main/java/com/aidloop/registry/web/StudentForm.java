package com.aidloop.registry.web;

import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.registry.StudentView;
import java.util.ArrayList;
import java.util.List;

/**
 * The student form as the page binds it: the student, the household rows and the aid card. On
 * an edit the sensitive inputs start empty and show the masked value as a placeholder; left
 * empty, they keep the stored value.
 */
public class StudentForm {

    /** Spare household rows offered after the filled ones. */
    static final int SPARE_ROWS = 2;

    private String name;
    private String gender;
    private String idType = "RESIDENT_ID_CARD";
    private String idNumber;
    private String studentNumber;
    private Long schoolId;
    private String grade;
    private String className;
    private String householdTownship;
    private String householdVillage;
    private String residence = "RURAL";
    private List<MemberForm> members = new ArrayList<>();
    private String cardBank;
    private String cardNumber;
    private Integer version;

    static StudentForm of(StudentView s) {
        StudentForm form = new StudentForm();
        form.name = s.name();
        form.gender = s.gender().name();
        form.idType = s.idType().name();
        form.schoolId = s.schoolId();
        form.grade = s.grade();
        form.className = s.className();
        form.householdTownship = s.householdTownship();
        form.householdVillage = s.householdVillage();
        form.residence = s.residence().name();
        form.members =
                new ArrayList<>(s.household().stream().map(MemberForm::of).toList());
        form.cardBank = s.aidCard() == null ? null : s.aidCard().bank();
        form.version = s.version();
        return form;
    }

    /** Adds empty rows so that the page always offers {@value #SPARE_ROWS} rows for new members. */
    StudentForm withSpareRows() {
        while (members.size() < filledRows().size() + SPARE_ROWS) {
            members.add(new MemberForm());
        }
        return this;
    }

    /** The indexes of the rows that hold a member, in order: {@code household[k]} is row {@code filledRows().get(k)}. */
    List<Integer> filledRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (!members.get(i).isBlank()) {
                rows.add(i);
            }
        }
        return rows;
    }

    StudentInput toInput() {
        List<MemberInput> household =
                filledRows().stream().map(i -> members.get(i).toInput()).toList();
        return new StudentInput(
                name,
                gender,
                idType,
                idNumber,
                studentNumber,
                schoolId,
                grade,
                className,
                householdTownship,
                householdVillage,
                residence,
                household,
                new CardInput(cardBank, cardNumber));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getIdType() {
        return idType;
    }

    public void setIdType(String idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public String getHouseholdTownship() {
        return householdTownship;
    }

    public void setHouseholdTownship(String householdTownship) {
        this.householdTownship = householdTownship;
    }

    public String getHouseholdVillage() {
        return householdVillage;
    }

    public void setHouseholdVillage(String householdVillage) {
        this.householdVillage = householdVillage;
    }

    public String getResidence() {
        return residence;
    }

    public void setResidence(String residence) {
        this.residence = residence;
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    public String getCardBank() {
        return cardBank;
    }

    public void setCardBank(String cardBank) {
        this.cardBank = cardBank;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
