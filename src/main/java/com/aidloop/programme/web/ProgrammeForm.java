package com.aidloop.programme.web;

import com.aidloop.programme.ProgrammeInput;
import com.aidloop.programme.ProgrammeView;
import java.util.ArrayList;
import java.util.List;

/** The programme form as the page binds it. */
public class ProgrammeForm {

    private String code;
    private String name;
    private String aliases;
    private List<String> stages = new ArrayList<>();
    private String semesters = "BOTH";
    private String kind;
    private String fundingLevel;
    private String firstTerm;
    private String source;
    private String note;
    private Integer version;
    /** For a new programme of province staff: blank for their province, NATIONAL for the whole country. */
    private String owner;

    static ProgrammeForm of(ProgrammeView programme) {
        ProgrammeInput input = ProgrammeInput.of(programme);
        ProgrammeForm form = new ProgrammeForm();
        form.code = input.code();
        form.name = input.name();
        form.aliases = input.aliases();
        form.stages = new ArrayList<>(input.stages());
        form.semesters = input.semesters();
        form.kind = input.kind();
        form.fundingLevel = input.fundingLevel();
        form.firstTerm = input.firstTerm();
        form.source = input.source();
        form.note = input.note();
        form.version = programme.version();
        return form;
    }

    ProgrammeInput toInput() {
        return new ProgrammeInput(code, name, aliases, stages, semesters, kind, fundingLevel, firstTerm, source, note);
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

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages == null ? new ArrayList<>() : stages;
    }

    public String getSemesters() {
        return semesters;
    }

    public void setSemesters(String semesters) {
        this.semesters = semesters;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFundingLevel() {
        return fundingLevel;
    }

    public void setFundingLevel(String fundingLevel) {
        this.fundingLevel = fundingLevel;
    }

    public String getFirstTerm() {
        return firstTerm;
    }

    public void setFirstTerm(String firstTerm) {
        this.firstTerm = firstTerm;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
