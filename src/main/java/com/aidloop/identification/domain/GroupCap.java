package com.aidloop.identification.domain;

import java.math.BigDecimal;

/** The most points a group of indicators (一级指标) may give together, e.g. Jiangsu's 家庭类型 "合并最高得100分". */
public record GroupCap(String group, BigDecimal cap, String rule) {

    public GroupCap {
        if (group == null || group.isBlank() || group.length() > 40 || cap == null) {
            throw new IllegalArgumentException("a group cap needs a group name and a cap");
        }
        group = group.strip();
        Points.checked(cap, "cap");
        rule = rule == null || rule.isBlank() ? group + "合并最高" + Points.words(cap) : rule.strip();
    }
}
