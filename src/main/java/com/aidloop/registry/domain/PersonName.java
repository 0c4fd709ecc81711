package com.aidloop.registry.domain;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** Checks a person's name (姓名): Chinese, with the middle dot of minority names, or Latin letters. */
public final class PersonName {

    public static final int MAX_LENGTH = 30;

    private PersonName() {}

    public static String check(String raw, String codePrefix) {
        String name = Text.normalize(raw).replaceAll("\\s+", " ").replace('.', '·').replace('•', '·');
        if (name.isEmpty()) {
            throw new InvalidValue(codePrefix + ".name.required");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidValue(codePrefix + ".name.length", MAX_LENGTH);
        }
        if (!name.matches("[\\p{IsHan}·A-Za-z ]+")) {
            throw new InvalidValue(codePrefix + ".name.characters");
        }
        return name;
    }
}
