package com.aidloop.registry.domain;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.List;

/**
 * A household member's health (健康状况): one of the usual categories, or a short description
 * in the person's words. Sensitive: sealed at rest and never shown in lists.
 */
public record Health(String value) {

    public static final List<String> CATEGORIES = List.of("健康", "慢性病", "大病", "残疾");
    public static final int MAX_LENGTH = 50;

    public Health {
        value = Text.normalize(value);
        if (value.isEmpty()) {
            throw new InvalidValue("member.health.required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue("member.health.length", MAX_LENGTH);
        }
    }

    /** Whether the value names illness or disability, which later weighs in difficulty scoring. */
    public boolean isImpaired() {
        return !value.equals("健康");
    }

    @Override
    public String toString() {
        return "******";
    }
}
