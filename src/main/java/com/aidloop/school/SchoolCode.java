package com.aidloop.school;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** The national school identifier (学校标识码): exactly ten digits, unique across the platform. */
public record SchoolCode(String value) {

    public SchoolCode {
        value = Text.compact(value);
        if (value.isEmpty()) {
            throw new InvalidValue("school.code.required");
        }
        if (!value.matches("\\d{10}")) {
            throw new InvalidValue("school.code.format", value.length());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
