package com.aidloop.comparison.domain;

import com.aidloop.shared.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of one private exchange with a department: 32 random bytes, written as 64 hexadecimal
 * characters in groups of eight for the department's staff to copy. A person's match code is
 * HMAC-SHA256 under the key of the 18-character ID number (upper-case X), in lower-case hex; the
 * key's check is the first eight hex characters of the HMAC of {@link #CHECK_TEXT}, so the
 * department's tool can tell a mistyped key. The department's tool (tools/department-exchange)
 * computes exactly the same.
 */
public final class ExchangeKey {

    public static final String CHECK_TEXT = "aidloop-exchange-key-check";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;

    private ExchangeKey(byte[] key) {
        this.key = key;
    }

    public static ExchangeKey generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new ExchangeKey(key);
    }

    /** A key as staff write it: 64 hex characters, spaces and dashes ignored. */
    public static ExchangeKey parse(String written) {
        String hex = written == null ? "" : written.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new InvalidValue("comparison.exchange.keyFormat");
        }
        return new ExchangeKey(HEX.parseHex(hex));
    }

    /** The key as shown once: eight groups of eight hex characters joined by dashes. */
    public String written() {
        String hex = HEX.formatHex(key);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 8) {
            out.append(i == 0 ? "" : "-").append(hex, i, i + 8);
        }
        return out.toString();
    }

    /** The match code of a normalised (18-character) ID number. */
    public String matchCode(String idNumber) {
        return matchCode(mac(), idNumber);
    }

    /** The match code made with a MAC of {@link #mac()}, for loops over many numbers. */
    public static String matchCode(Mac mac, String idNumber) {
        return HEX.formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
    }

    public String check() {
        return matchCode(CHECK_TEXT).substring(0, 8);
    }

    /** A fresh MAC for a loop of many codes (a MAC is not thread-safe). */
    public Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Reads a match code from an answer's cell: 64 hex characters, case and spaces ignored. */
    public static String readCode(String cell) {
        String code = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[0-9a-f]{64}")) {
            throw new InvalidValue(
                    "comparison.exchange.codeFormat", code.length() > 20 ? code.substring(0, 20) + "…" : code);
        }
        return code;
    }
}
