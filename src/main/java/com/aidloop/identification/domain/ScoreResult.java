package com.aidloop.identification.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A score that explains itself: each indicator's answer, points and rule, the group caps that
 * took points off, the total, and the rule that gave the suggested level (a cut-off or the
 * directly recognised groups), or why no level is suggested. The score suggests; people decide.
 *
 * @param level the suggested level, null when none can be suggested (see {@code unresolved})
 * @param levelRule the words of the cut-off or the direct recognition that gave the level
 * @param unresolved why no level is suggested (cut-offs not set, points not given, a setting missing)
 */
public record ScoreResult(
        Outcome outcome,
        List<IndicatorLine> lines,
        List<CapApplied> caps,
        BigDecimal total,
        DifficultyLevel level,
        String levelRule,
        List<String> unresolved) {

    /** How the level came about. */
    public enum Outcome {
        /** Recognised directly as a member of a group, not scored. */
        DIRECT,
        /** Scored, and the total met a cut-off (or none: 不困难). */
        LEVELLED,
        /** Scored, but the model cannot suggest a level yet. */
        NO_LEVEL
    }

    /** A group whose points were cut to its cap. */
    public record CapApplied(String group, BigDecimal before, BigDecimal cap, String rule) {}

    public ScoreResult {
        lines = List.copyOf(lines);
        caps = List.copyOf(caps);
        unresolved = List.copyOf(unresolved);
    }

    /** The explanation as one text, line by line, the same for the same answers and model version. */
    public String explanation() {
        List<String> out = new ArrayList<>();
        for (IndicatorLine line : lines) {
            out.add(line.explained());
        }
        for (CapApplied cap : caps) {
            out.add(cap.group() + "｜小计" + Points.words(cap.before()) + "｜按" + Points.words(cap.cap()) + "计｜"
                    + cap.rule());
        }
        out.add("总分｜" + Points.words(total));
        out.add("建议档次｜" + (level == null ? "未给出" : level.label()) + "｜" + levelRule);
        for (String reason : unresolved) {
            out.add("未给出档次的原因｜" + reason);
        }
        return String.join("\n", out);
    }

    /** SHA-256 of the explanation: two scores agree when their fingerprints do. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(explanation().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
