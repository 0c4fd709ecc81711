package com.aidloop.school;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Masking;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school's contact phone (联系电话): a mobile (13800138000) or a landline with its area code,
 * kept as {@code 0730-5221234} or {@code 0730-5221234-801} with an extension. It is often the
 * contact person's own mobile, so it is sealed at rest and masked in lists like every phone.
 */
public record ContactPhone(String value) {

    private static final Pattern EXTENSION = Pattern.compile("^(.*?)(?:转|分机|ext\\.?|EXT\\.?|#)\\s*(\\d{1,6})$");
    private static final Pattern DASHED_EXTENSION = Pattern.compile("^(0\\d{2,3}-\\d{7,8})-(\\d{1,6})$");

    public ContactPhone {
        value = normalized(value);
    }

    /** The number as the school's form and the API show it to someone who may see it whole. */
    public String masked() {
        return Masking.phone(value);
    }

    /** The number as a mobile that can take a text message; empty for a landline. */
    public Optional<PhoneNumber> mobile() {
        return isMobile(value) ? Optional.of(new PhoneNumber(value)) : Optional.empty();
    }

    private static String normalized(String raw) {
        String text = Text.normalize(raw).replace("（", "(").replace("）", ")");
        if (text.isEmpty()) {
            throw new InvalidValue("school.contactPhone.format");
        }
        String extension = null;
        Matcher dashed = DASHED_EXTENSION.matcher(text.replace(" ", ""));
        Matcher ext = EXTENSION.matcher(text);
        if (dashed.matches()) {
            text = dashed.group(1);
            extension = dashed.group(2);
        } else if (ext.matches()) {
            text = ext.group(1);
            extension = ext.group(2);
        }
        String digits = Text.compact(text).replace("(", "").replace(")", "");
        if (extension == null && isMobile(digits)) {
            return new PhoneNumber(digits).value();
        }
        String landline = landline(digits);
        return extension == null ? landline : landline + "-" + extension;
    }

    private static boolean isMobile(String digits) {
        try {
            new PhoneNumber(digits);
            return true;
        } catch (InvalidValue notMobile) {
            return false;
        }
    }

    private static String landline(String digits) {
        if (!digits.matches("\\d+")) {
            throw new InvalidValue("school.contactPhone.format");
        }
        if (digits.length() == 7 || digits.length() == 8) {
            throw new InvalidValue("school.contactPhone.areaCode");
        }
        if (!digits.startsWith("0")) {
            if (digits.length() >= 9 && digits.length() <= 11 && digits.charAt(0) != '1') {
                throw new InvalidValue("school.contactPhone.leadingZeroLost");
            }
            throw new InvalidValue("school.contactPhone.format");
        }
        // 010 and 020–029 are the three-digit area codes; every other one has four digits
        int area = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
        String local = digits.substring(Math.min(area, digits.length()));
        if (local.length() < 7 || local.length() > 8 || local.startsWith("0")) {
            throw new InvalidValue("school.contactPhone.format");
        }
        return digits.substring(0, area) + "-" + local;
    }

    @Override
    public String toString() {
        return masked();
    }
}
