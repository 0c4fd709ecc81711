package com.aidloop.registry.domain;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Text;
import java.util.regex.Pattern;

/**
 * The national K-12 student number (全国学籍号), 19 characters: {@code G} + ID number, {@code J}
 * + an ID-style code for pupils without an ID, or {@code L} + region, birth date and four digits
 * (temporary). Only the shape is checked: a G number may keep an ID that has since changed.
 * It embeds the ID number, so it is sealed and masked like one.
 */
public record StudentNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[GJ]\\d{17}[\\dX]|L\\d{18}");

    public StudentNumber {
        value = Text.compact(value).toUpperCase();
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValue("student.studentNumber.format");
        }
    }

    public String masked() {
        return value.charAt(0) + Masking.idNumber(value.substring(1));
    }

    @Override
    public String toString() {
        return masked();
    }
}
