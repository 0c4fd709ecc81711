package com.aidloop.notification;

import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The words of a message, built from a named template so that callers never compose free text.
 * The outbox puts the installation's signature in front (【平江县学生资助】) and checks the whole
 * text against the content policy before storing it.
 *
 * <p>An SMS provider (阿里云, 腾讯云) sends only texts of templates registered with it, so each
 * message also keeps the values it filled into its template, by name and in order: Alibaba Cloud
 * takes them by name (${name}), Tencent Cloud by position ({1}, {2}, …).
 *
 * @param template the template's name, kept with the message (e.g. PAYOUT)
 * @param body the text without the signature
 * @param params the template's values, in the order the template uses them
 * @param secret a value that must never stay readable (an initial password), or null: body and
 *     params hold {@link #SECRET_MASK} in its place; the outbox keeps it sealed and puts it in
 *     only for the gateway, and erases it once the message is sent
 */
public record SmsMessage(String template, String body, Map<String, String> params, String secret) {

    /** What stands for the secret in the stored text and params, in lists, the API and logs. */
    public static final String SECRET_MASK = "********";

    /** Longer texts are split into several charged messages by the carrier; a notice needs far less. */
    public static final int MAX_LENGTH = 300;

    /**
     * The templates a provider needs a registered code for. INITIAL_PASSWORD is optional: without
     * its code the provider refuses it, and the printed slip remains the way to hand a password over.
     * So are LOGIN_CODE (families then use the school's invitation slip, still confirmed by SMS, so
     * register it before opening family login) and IDENTIFICATION_WINDOW (schools tell families
     * themselves), OBJECTION_HANDLED, SPECIAL_CHANNEL_DECIDED and APPEAL_RULED (the outcome waits
     * on the school's or the family's page all the same): without their codes the provider refuses
     * those messages and the outbox shows them failed.
     */
    public static final List<String> TEMPLATES = List.of("PAYOUT", "PAYOUT_PLAIN");

    /** The template of a family's one-time login code: the code is the message's secret. */
    public static final String LOGIN_CODE = "LOGIN_CODE";

    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public SmsMessage {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(body, "body");
        body = body.strip();
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
        if (secret != null && (secret.isBlank() || !body.contains(SECRET_MASK))) {
            throw new IllegalArgumentException("a secret needs its mask in the body");
        }
    }

    /** A message without a secret. */
    public SmsMessage(String template, String body, Map<String, String> params) {
        this(template, body, params, null);
    }

    /**
     * The initial password of a school's new account, to the school's contact:
     * "平江县三市镇中心小学：资助系统账号2143062401已开通，初始密码********，首次登录须修改密码。" The
     * password is the message's secret: stored sealed, shown masked, erased once sent.
     */
    public static SmsMessage initialPassword(String schoolName, String username, String oneTimePassword) {
        SmsMessage masked = fill(
                "INITIAL_PASSWORD",
                List.of("school", "username", "password"),
                required(schoolName, "schoolName"),
                required(username, "username"),
                SECRET_MASK);
        return new SmsMessage(masked.template(), masked.body(), masked.params(), required(oneTimePassword, "password"));
    }

    /**
     * A family's one-time login code: "您的家庭登录验证码为********，5分钟内有效，请勿告诉他人。" The code
     * is the message's secret: stored sealed, shown masked, erased once sent.
     */
    public static SmsMessage loginCode(String code) {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException("a login code is six digits");
        }
        SmsMessage masked = fill(LOGIN_CODE, List.of("code"), SECRET_MASK);
        return new SmsMessage(masked.template(), masked.body(), masked.params(), code);
    }

    /**
     * The notice of an identification window, free of any word of hardship: "平江县2026学年学生资助认定
     * 申请于2026年9月1日至2026年9月30日开放，家长可用本手机号登录资助平台家庭入口办理。"
     */
    public static SmsMessage identificationWindow(String countyName, String yearLabel, String startsOn, String endsOn) {
        return fill(
                "IDENTIFICATION_WINDOW",
                List.of("county", "year", "start", "end"),
                required(countyName, "countyName"),
                required(yearLabel, "yearLabel"),
                required(startsOn, "startsOn"),
                required(endsOn, "endsOn"));
    }

    /**
     * To a named objector whose objection to a public notice was answered, free of any word of
     * hardship and of the student concerned: "您向三市镇中心小学提出的公示意见已处理完毕，结果已登记备查，感谢您的监督。"
     */
    public static SmsMessage objectionHandled(String schoolName) {
        return fill("OBJECTION_HANDLED", List.of("school"), required(schoolName, "schoolName"));
    }

    /**
     * To a school's contact when the county approved, refused or withdrew one of its special
     * channel requests, naming neither the student nor the outcome nor any reason:
     * "三市镇中心小学：贵校一份2026学年特别通道申请有新的县级处理结果，请登录资助系统查看。"
     */
    public static SmsMessage specialChannelDecided(String schoolName, String yearLabel) {
        return fill(
                "SPECIAL_CHANNEL_DECIDED",
                List.of("school", "year"),
                required(schoolName, "schoolName"),
                required(yearLabel, "yearLabel"));
    }

    /**
     * To the family when the county ruled on its appeal, naming no student, no level and no word
     * of hardship, only that there is an outcome to read:
     * "您提出的2026学年学生资助认定申诉已有处理结果，请登录资助平台家庭入口查看，或向学校咨询。"
     */
    public static SmsMessage appealRuled(String yearLabel) {
        return fill("APPEAL_RULED", List.of("year"), required(yearLabel, "yearLabel"));
    }

    /** The text with the secret put back in place of its mask, for the gateway only. */
    public static String reveal(String text, String secret) {
        return secret == null ? text : text.replace(SECRET_MASK, secret);
    }

    @Override
    public String toString() {
        return "SmsMessage[" + template + ": " + body + "]";
    }

    /**
     * A payout notice: "李明同学：2026年秋季学期国家助学金1250.00元已发放至尾号1234的资助卡，请查收。"
     *
     * @param cardLast4 the last four digits of the aid card; never the full number
     */
    public static SmsMessage payout(
            String studentName, String programmeName, Money amount, String cardLast4, Term term) {
        return fill(
                "PAYOUT",
                List.of("name", "term", "programme", "amount", "card"),
                name(studentName),
                term.label(),
                required(programmeName, "programmeName"),
                positive(amount),
                lastFour(cardLast4));
    }

    /**
     * The same notice without the programme's name, for a programme whose name itself reveals
     * hardship (e.g. a local "残疾学生资助"): "…2026年秋季学期学生资助金1250.00元已发放至…".
     */
    public static SmsMessage payoutWithoutProgramme(String studentName, Money amount, String cardLast4, Term term) {
        return fill(
                "PAYOUT_PLAIN",
                List.of("name", "term", "amount", "card"),
                name(studentName),
                term.label(),
                positive(amount),
                lastFour(cardLast4));
    }

    /** The template's text with the values, and the values by their names in the template. */
    private static SmsMessage fill(String template, List<String> names, String... values) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), values[i]);
        }
        return new SmsMessage(template, Messages.format("sms.template." + template, (Object[]) values), params);
    }

    /** The text as sent: the signature in 【】 followed by the body. */
    public String signedBy(String signature) {
        String s = Text.normalize(signature);
        return s.isEmpty() ? body : "【" + s + "】" + body;
    }

    private static String name(String studentName) {
        return required(studentName, "studentName");
    }

    private static String required(String value, String what) {
        String s = Text.normalize(value);
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " is required for an SMS");
        }
        return s;
    }

    private static String positive(Money amount) {
        if (amount == null || amount.compareTo(Money.ZERO) <= 0) {
            throw new IllegalArgumentException("a payout notice needs a positive amount");
        }
        return amount.toString();
    }

    private static String lastFour(String cardLast4) {
        String s = Text.compact(cardLast4);
        if (!LAST_FOUR.matcher(s).matches()) {
            throw new IllegalArgumentException("cardLast4 must be exactly the last four digits of the card");
        }
        return s;
    }
}
