package com.aidloop.registry.web;

import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.registry.StudentView.MemberView;

/**
 * One household row of the student form. The masked values of a stored member travel as hidden
 * fields, only to show as placeholders: the full values are never put into the page.
 */
public class MemberForm {

    private Long id;
    private String name;
    private String relation;
    private boolean guardian;
    private String idType;
    private String idNumber;
    private String phone;
    private String employer;
    private String annualIncome;
    private String health;
    private String idNumberMasked;
    private String phoneMasked;
    private boolean incomeGiven;
    private boolean healthGiven;

    static MemberForm of(MemberView m) {
        MemberForm form = new MemberForm();
        form.id = m.id();
        form.name = m.name();
        form.relation = m.relation().name();
        form.guardian = m.guardian();
        form.idType = m.idType() == null ? null : m.idType().name();
        form.employer = m.employer();
        form.idNumberMasked = m.idNumberMasked();
        form.phoneMasked = m.phoneMasked();
        form.incomeGiven = m.incomeGiven();
        form.healthGiven = m.healthGiven();
        return form;
    }

    /** A row nobody filled in: the spare rows at the end of the form. */
    boolean isBlank() {
        return id == null
                && blank(name)
                && blank(relation)
                && blank(idNumber)
                && blank(phone)
                && blank(employer)
                && blank(annualIncome)
                && blank(health);
    }

    MemberInput toInput() {
        return new MemberInput(id, name, relation, guardian, idType, idNumber, phone, employer, annualIncome, health);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }

    public boolean isGuardian() {
        return guardian;
    }

    public void setGuardian(boolean guardian) {
        this.guardian = guardian;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getAnnualIncome() {
        return annualIncome;
    }

    public void setAnnualIncome(String annualIncome) {
        this.annualIncome = annualIncome;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public void setIdNumberMasked(String idNumberMasked) {
        this.idNumberMasked = idNumberMasked;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public void setPhoneMasked(String phoneMasked) {
        this.phoneMasked = phoneMasked;
    }

    public boolean isIncomeGiven() {
        return incomeGiven;
    }

    public void setIncomeGiven(boolean incomeGiven) {
        this.incomeGiven = incomeGiven;
    }

    public boolean isHealthGiven() {
        return healthGiven;
    }

    public void setHealthGiven(boolean healthGiven) {
        this.healthGiven = healthGiven;
    }
}
