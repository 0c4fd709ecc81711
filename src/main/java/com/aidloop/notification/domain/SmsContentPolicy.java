package com.aidloop.notification.domain;

import com.aidloop.notification.SmsContentRefused;
import com.aidloop.notification.SmsContentRule;
import com.aidloop.notification.SmsMessage;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses a message text that carries an ID-like number, a full card number, a mobile number or a
 * word revealing hardship. Digits written full-width or split by spaces or dashes count too.
 * The list of hardship words is configurable ({@code aidloop.sms.content.hardship-words}).
 */
public final class SmsContentPolicy {

    /** The words refused when nothing is configured. */
    public static final List<String> DEFAULT_HARDSHIP_WORDS = List.of(
            "低保", "特困", "建档立卡", "脱贫", "监测户", "贫困", "残疾", "残障", "孤儿", "事实无人抚养", "困难等级", "特别困难", "比较困难", "一般困难", "大病",
            "重病");

    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{16,}");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    private final List<String> hardshipWords;

    public SmsContentPolicy(List<String> hardshipWords) {
        this.hardshipWords = hardshipWords.stream()
                .map(Text::normalize)
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
    }

    public static SmsContentPolicy withDefaultWords() {
        return new SmsContentPolicy(DEFAULT_HARDSHIP_WORDS);
    }

    public List<String> hardshipWords() {
        return hardshipWords;
    }

    /** The first rule the text breaks, if any. */
    public Optional<SmsContentRefused> check(String text) {
        String normal = Text.normalize(text);
        if (normal.isEmpty() || normal.length() > SmsMessage.MAX_LENGTH) {
            return refused(SmsContentRule.LENGTH, null);
        }
        for (String digits : List.of(normal, Text.compact(normal))) {
            if (ID_LIKE.matcher(digits).find()) {
                return refused(SmsContentRule.ID_NUMBER, null);
            }
            if (LONG_DIGITS.matcher(digits).find()) {
                return refused(SmsContentRule.CARD_NUMBER, null);
            }
            if (MOBILE.matcher(digits).find()) {
                return refused(SmsContentRule.PHONE_NUMBER, null);
            }
        }
        String plain = Text.compact(normal);
        for (String word : hardshipWords) {
            if (plain.contains(Text.compact(word))) {
                return refused(SmsContentRule.HARDSHIP_WORD, word);
            }
        }
        return Optional.empty();
    }

    /** Throws {@link SmsContentRefused} with a Chinese reason if the text breaks a rule. */
    public void require(String text) {
        Optional<SmsContentRefused> refusal = check(text);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static Optional<SmsContentRefused> refused(SmsContentRule rule, String word) {
        return Optional.of(new SmsContentRefused(rule, word));
    }
}
