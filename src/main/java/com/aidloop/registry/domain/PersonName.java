package com.aidloop.registry.domain;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.regex.Pattern;

/** Checks a person's name (姓名): Chinese, with the middle dot of minority names, or Latin letters. */
public final class PersonName {

    public static final int MAX_LENGTH = 30;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonName() {}

    public static String check(String raw, String codePrefix) {
        String name = SPACES.matcher(Text.normalize(raw))
                .replaceAll(" ")
                .replace('.', '·')
                .replace('•', '·');
        if (name.isEmpty()) {
            throw new InvalidValue(codePrefix + ".name.required");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidValue(codePrefix + ".name.length", MAX_LENGTH);
        }
        if (!allowed(name)) {
            throw new InvalidValue(codePrefix + ".name.characters");
        }
        return name;
    }

    /** Chinese characters, the middle dot, Latin letters and spaces: the class [\p{IsHan}·A-Za-z ]. */
    private static boolean allowed(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean ok = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || c == ' '
                    || c == '·'
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
