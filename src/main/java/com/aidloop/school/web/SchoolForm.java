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

    static SchoolForm of(SchoolView school) {
        SchoolForm form = new SchoolForm();
        SchoolInput input = SchoolInput.of(school);
        form.code = input.code();
        form.name = input.name();
        form.stages = new ArrayList<>(input.stages());
        form.ownership = input.ownership();
        form.townshipCode = input.townshipCode();
        form.version = school.version();
        return form;
    }

    SchoolInput toInput() {
        return new SchoolInput(code, name, stages, ownership, townshipCode);
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

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
