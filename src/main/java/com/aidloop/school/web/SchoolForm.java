package com.aidloop.school.web;

import com.aidloop.school.SchoolInput;
import com.aidloop.school.SchoolView;
import java.util.ArrayList;
import java.util.List;

/** The school form as the page binds it. */
public class SchoolForm {

    private String code;
    private String name;
    private List<String> stages = new ArrayList<>();
    private String ownership = "PUBLIC";
    private String townshipCode;
    private Integer version;
    private String address;
    private String contactName;
    private String contactPhone;
    private boolean clearContactPhone;

    static SchoolForm of(SchoolView school) {
        SchoolForm form = new SchoolForm();
        SchoolInput input = SchoolInput.of(school);
        form.code = input.code();
        form.name = input.name();
        form.stages = new ArrayList<>(input.stages());
        form.ownership = input.ownership();
        form.townshipCode = input.townshipCode();
        form.version = school.version();
        form.address = school.address();
        form.contactName = school.contactName();
        return form;
    }

    /**
     * Address and contact person are shown and sent back whole (blank clears them); the phone is
     * never shown, so a blank phone keeps the registered one unless it is to be deleted.
     */
    SchoolInput toInput() {
        String phone = clearContactPhone ? "" : contactPhone == null || contactPhone.isBlank() ? null : contactPhone;
        return new SchoolInput(
                code,
                name,
                stages,
                ownership,
                townshipCode,
                address == null ? "" : address,
                contactName == null ? "" : contactName,
                phone);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages == null ? new ArrayList<>() : stages;
    }

    public String getOwnership() {
        return ownership;
    }

    public void setOwnership(String ownership) {
        this.ownership = ownership;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public void setTownshipCode(String townshipCode) {
        this.townshipCode = townshipCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isClearContactPhone() {
        return clearContactPhone;
    }

    public void setClearContactPhone(boolean clearContactPhone) {
        this.clearContactPhone = clearContactPhone;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
