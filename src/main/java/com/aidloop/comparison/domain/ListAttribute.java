package com.aidloop.comparison.domain;

import java.util.Objects;

/**
 * One attribute a list type carries besides the person (脱贫年份, 残疾等级 …).
 *
 * @param key the stored name, e.g. {@code grade}
 * @param label the column header departments use, e.g. 残疾等级
 * @param sensitive masked in lists and exports like health data
 */
public record ListAttribute(String key, String label, AttributeKind kind, boolean sensitive) {

    public ListAttribute {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        Objects.requireNonNull(kind);
    }
}
