package com.aidloop.award.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The facts an award is confirmed with, as one SHA-256 digest, so that importing the same facts
 * again is recognised as no change. Card and phone enter only as their blind indexes (keyed), so
 * the digest cannot be used to guess them.
 */
public final class AwardDigest {

    private AwardDigest() {}

    public static String of(CheckedRow row, String cardIndex, String phoneIndex) {
        String facts = String.join(
                "\u001f",
                row.programmeCode,
                row.tier,
                row.amount.toString(),
                row.stage.name(),
                Long.toString(row.school.id()),
                row.grade,
                nz(row.className),
                row.studentName,
                row.gender == null ? "" : row.gender.name(),
                row.townshipCode,
                nz(row.villageCode),
                nz(row.difficultyType),
                nz(row.difficultyLevel),
                Boolean.toString(row.specialChannel),
                nz(row.guardianName),
                nz(phoneIndex),
                nz(row.bank),
                nz(cardIndex),
                nz(row.remark));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
