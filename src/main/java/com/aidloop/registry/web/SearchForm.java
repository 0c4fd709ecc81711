package com.aidloop.registry.web;

import com.aidloop.registry.StudentSearch;
import java.util.LinkedHashMap;
import java.util.Map;

/** The search form above the student list, plus the tree node and the paging it came with. */
public class SearchForm {

    private String q;
    private String idNumber;
    private Long schoolId;
    private String township;
    private String village;
    private String region;
    private Integer page;
    private Integer size;

    StudentSearch toSearch() {
        return new StudentSearch(q, idNumber, schoolId, township, village, region);
    }

    /** The search as query parameters, for the paging links. */
    Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("idNumber", idNumber);
        query.put("schoolId", schoolId == null ? null : schoolId.toString());
        query.put("township", township);
        query.put("village", village);
        query.put("region", region);
        return query;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
