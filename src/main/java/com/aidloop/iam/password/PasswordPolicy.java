package com.aidloop.iam.password;

import com.aidloop.iam.account.Decision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a password is good enough: at least 10 characters, at least three of upper case, lower
 * case, digits and symbols, not containing the username, and not a common password (nor a
 * common password with digits or symbols stuck on the end, such as {@code Woaini1314!}).
 * At most 64 characters and 72 bytes, the limit of bcrypt.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    static final int MIN_CLASSES = 3;
    private static final int MAX_BYTES = 72;
    private static final int MIN_COMMON_STEM = 5;
    private static final String BLOCKLIST = "/iam/password-blocklist.txt";

    private final Set<String> blocklist;

    public PasswordPolicy(Set<String> blocklist) {
        this.blocklist =
                blocklist.stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The policy with the blocklist shipped in the platform. */
    public static PasswordPolicy withBundledBlocklist() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(BLOCKLIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BLOCKLIST);
            }
            Set<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first problem with the password, or allow. */
    public Decision check(String username, String password) {
        return problems(username, password).stream().findFirst().orElse(Decision.allow());
    }

    /** Every problem with the password, each saying what to do, in the order to fix them. */
    public List<Decision> problems(String username, String password) {
        List<Decision> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Decision.reject("password.required"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Decision.reject("password.tooShort", MIN_LENGTH, length));
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(Decision.reject("password.tooLong", MAX_LENGTH));
        }
        int classes = characterClasses(password);
        if (classes < MIN_CLASSES) {
            problems.add(Decision.reject("password.classes", MIN_CLASSES, classes));
        }
        if (containsUsername(username, password)) {
            problems.add(Decision.reject("password.containsUsername"));
        }
        if (isCommon(password)) {
            problems.add(Decision.reject("password.common"));
        }
        return problems;
    }

    static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static boolean containsUsername(String username, String password) {
        if (username == null || username.isBlank()) {
            return false;
        }
        return password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT));
    }

    private boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (blocklist.contains(lower)) {
            return true;
        }
        String stem = lower.replaceFirst("[^a-z]+$", "");
        return stem.length() >= MIN_COMMON_STEM && blocklist.contains(stem);
    }
}
