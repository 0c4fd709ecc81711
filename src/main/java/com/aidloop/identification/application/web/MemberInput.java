package com.aidloop.identification.application.web;

/** A member row; all fields as typed. */
public class MemberInput {
    private String name = "";
    private String relation = "";
    private String age = "";
    private String job = "";
    private String employer = "";
    private String income = "";
    private String health = "健康";

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String v) {
        relation = v;
    }

    public String getAge() {
        return age;
    }

    public void setAge(String v) {
        age = v;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String v) {
        job = v;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String v) {
        employer = v;
    }

    public String getIncome() {
        return income;
    }

    public void setIncome(String v) {
        income = v;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String v) {
        health = v;
    }
}
