package com.aidloop.identification.domain;

/**
 * A group whose students are recognised directly, with the group as the reason, not scored
 * (domain brief §2, "Directly recognised groups"): 脱贫户, 防返贫监测对象, 低保, 特困, 孤儿, 持证残疾人 …
 */
public record DirectGroup(String code, String name) {

    public DirectGroup {
        if (code == null || !code.matches("[A-Za-z0-9_\\-]{1,40}") || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a directly recognised group needs a code and a name: " + code);
        }
        if (name.length() > 100) {
            throw new IllegalArgumentException("a group name has at most 100 characters");
        }
        name = name.strip();
    }
}
