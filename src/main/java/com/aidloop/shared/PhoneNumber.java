package com.aidloop.shared;

/** A mainland mobile number (手机号码): 11 digits starting 13–19. */
public record PhoneNumber(String value) {

    public PhoneNumber {
        value = Text.compact(value);
        if (value.startsWith("+86")) {
            value = value.substring(3);
        }
        if (!value.matches("1[3-9]\\d{9}")) {
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
