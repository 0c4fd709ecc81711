package com.aidloop.iam;

/**
 * A county's student aid centre (学生资助管理中心) as its documents name it.
 *
 * @param countyCode the county's 6-digit division code
 * @param name e.g. 平江县学生资助管理中心
 * @param headName the centre's head (负责人), e.g. 周国平; blank when not yet set
 */
public record AidCentre(String countyCode, String name, String headName) {}
