package com.aidloop.shared;

import java.util.regex.Pattern;

/** A mainland mobile number (手机号码): 11 digits starting 13–19; a +86 or 0086 prefix is dropped. */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public PhoneNumber {
        value = Text.compact(value);
        if (value.startsWith("+86")) {
            value = value.substring(3);
        } else if (value.startsWith("0086")) {
            value = value.substring(4);
        } else if (value.length() == 13 && value.startsWith("861")) {
            value = value.substring(2);
        }
        if (!MOBILE.matcher(value).matches()) {
            throw new InvalidValue("phone.format");
        }
    }

    public String masked() {
        return Masking.phone(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
