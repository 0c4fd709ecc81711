package com.aidloop.comparison.domain;

import java.util.List;
import java.util.Optional;

/**
 * A kind of department list (名单类型), configurable: its department, what it is for, its
 * attributes, and how many months a student keeps the register status after leaving it (过渡期).
 */
public record ListType(
        String code,
        String name,
        ListKind kind,
        String department,
        int transitionMonths,
        List<ListAttribute> attributes) {

    public ListType {
        attributes = List.copyOf(attributes);
        if (transitionMonths < 0) {
            throw new IllegalArgumentException("transition months must not be negative");
        }
    }

    public Optional<ListAttribute> attribute(String key) {
        return attributes.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    public boolean supports() {
        return kind == ListKind.SUPPORT;
    }
}
