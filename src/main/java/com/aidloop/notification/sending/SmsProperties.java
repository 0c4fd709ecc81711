package com.aidloop.notification.sending;

import com.aidloop.notification.domain.RetrySchedule;
import com.aidloop.notification.domain.SmsContentPolicy;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code aidloop.sms} (docs/notifications.md).
 *
 * @param gateway LOGGING (the default: messages are only logged) or HTTP
 * @param signature the sender's name the carrier registered, put in 【】 before every text
 */
@ConfigurationProperties("aidloop.sms")
public record SmsProperties(
        @DefaultValue("LOGGING") GatewayKind gateway,
        @DefaultValue("学生资助") String signature,
        @DefaultValue Http http,
        @DefaultValue Dispatcher dispatcher,
        @DefaultValue Content content) {

    public enum GatewayKind {
        LOGGING,
        HTTP
    }

    /**
     * The HTTP gateway: a JSON POST to {@code url}, authenticated with a bearer {@code token} if
     * given, else with HTTP basic {@code username} and {@code password}.
     */
    public record Http(
            String url,
            String username,
            String password,
            String token,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration requestTimeout) {

        @Override
        public String toString() {
            return "Http[url=" + url + ", username=" + username + ", password=" + (blank(password) ? "" : "******")
                    + ", token=" + (blank(token) ? "" : "******") + ", connectTimeout=" + connectTimeout
                    + ", requestTimeout=" + requestTimeout + "]";
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /**
     * The dispatcher.
     *
     * @param enabled whether this instance sends at all (tests switch it off)
     * @param delay the pause between two runs
     * @param batchSize messages claimed and sent together (concurrently) in one round
     * @param maxBatchesPerRun rounds per run before the dispatcher pauses
     * @param lease how long a claimed message stays invisible to other dispatchers; longer than a send can take
     */
    public record Dispatcher(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5s") Duration delay,
            @DefaultValue("20") int batchSize,
            @DefaultValue("10") int maxBatchesPerRun,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("12") int maxAttempts,
            @DefaultValue("30s") Duration initialBackoff,
            @DefaultValue("2.0") double backoffMultiplier,
            @DefaultValue("1h") Duration maxBackoff) {

        public RetrySchedule retrySchedule() {
            return new RetrySchedule(initialBackoff, backoffMultiplier, maxBackoff, maxAttempts);
        }
    }

    /** @param hardshipWords words no message may contain; empty for the built-in list */
    public record Content(List<String> hardshipWords) {

        public SmsContentPolicy policy() {
            return hardshipWords == null || hardshipWords.isEmpty()
                    ? SmsContentPolicy.withDefaultWords()
                    : new SmsContentPolicy(hardshipWords);
        }
    }
}
