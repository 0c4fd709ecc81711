package com.aidloop.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A citizen identity number (居民身份证号码) checked per GB 11643-1999: six-digit address code,
 * birth date, three-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 * Also used for Hong Kong, Macao and Taiwan residence permits (address code 810000, 820000,
 * 830000). Address codes are not checked against today's divisions: codes change, IDs don't.
 * Birth dates from 1800 are accepted, as the standard's own example 440524188001010014 shows;
 * whether a person's age fits a purpose is a business rule, not a format rule.
 */
public record IdNumber(String value) {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);
    /** Birth dates in IDs are Beijing dates; a server on UTC would call today's newborns unborn. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** A day surely past: reading the clock for each of a million birth dates before it costs more than the check. */
    private static final LocalDate SURELY_PAST = LocalDate.of(2020, 1, 1);

    public IdNumber {
        value = check(Text.compact(value).toUpperCase(Locale.ROOT));
    }

    /** Parses what a person typed: full-width digits, spaces and a lowercase x are accepted. */
    public static IdNumber parse(String raw) {
        return new IdNumber(raw);
    }

    private static String check(String id) {
        if (id.isEmpty()) {
            throw new InvalidValue("id.required");
        }
        if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
            throw new InvalidValue("id.fifteenDigits");
        }
        if (id.indexOf('E') >= 0 && SCIENTIFIC.matcher(id).matches()) {
            throw new InvalidValue("id.scientificNotation");
        }
        if (id.length() != 18) {
            throw new InvalidValue("id.length", id.length());
        }
        if (!shaped(id)) {
            throw new InvalidValue("id.characters");
        }
        LocalDate birth = birthDateOf(id);
        if (birth == null) {
            throw new InvalidValue("id.birthDate", id.substring(6, 14));
        }
        if (birth.isBefore(EARLIEST_BIRTH) || (birth.isAfter(SURELY_PAST) && birth.isAfter(LocalDate.now(CHINA)))) {
            throw new InvalidValue("id.birthDateOutOfRange", id.substring(6, 14));
        }
        if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
            throw new InvalidValue(looksTruncatedBySpreadsheet(id) ? "id.excelTruncated" : "id.checkDigit");
        }
        return id;
    }

    /** 17 ASCII digits and a digit or X: the class \d{17}[\dX], checked without a regular expression. */
    private static boolean shaped(String id) {
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char last = id.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    /**
     * The birth date in characters 7–14, or null when no such day exists. Read digit by digit: an
     * import checks hundreds of thousands of numbers, and a formatter's parse costs more than all
     * the rest of the check.
     */
    private static LocalDate birthDateOf(String id) {
        int year = digits(id, 6, 4);
        int month = digits(id, 10, 2);
        int day = digits(id, 12, 2);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /**
     * Excel keeps 15 significant digits of a number, so an ID typed into a number cell comes back
     * with its last three digits as 000. A real ID may end in 000, but then its check digit fits.
     */
    private static boolean looksTruncatedBySpreadsheet(String id) {
        return id.endsWith("000");
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The six-digit address code of the place of first registration. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
