package com.aidloop.comparison.domain;

/**
 * What a department's category name means: a list type and, for names such as
 * 脱贫户(继续享受政策), the attribute value the name implies (null when it implies none).
 */
public record CategoryChoice(String typeCode, String attributeKey, String attributeValue) {

    public boolean impliesAttribute() {
        return attributeKey != null && attributeValue != null;
    }
}
