package com.aidloop.notification.sending;

import com.aidloop.notification.domain.RetrySchedule;
import com.aidloop.notification.domain.SmsContentPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code aidloop.sms} (docs/notifications.md).
 *
 * @param gateway NONE (the default: nothing is sent, messages are 未发送), ALIYUN, TENCENT, HTTP, or
 *     LOGGING (developers: written to the log, still 未发送)
 * @param signature the signature (签名) registered with the provider, put in 【】 before every text;
 *     the Alibaba and Tencent Cloud gateways send it as their SignName
 */
@ConfigurationProperties("aidloop.sms")
public record SmsProperties(
        @DefaultValue("NONE") GatewayKind gateway,
        @DefaultValue("学生资助") String signature,
        @DefaultValue Http http,
        @DefaultValue Aliyun aliyun,
        @DefaultValue Tencent tencent,
        @DefaultValue Dispatcher dispatcher,
        @DefaultValue Content content) {

    public enum GatewayKind {
        /** No gateway: messages are kept as 未发送（未配置短信网关）. */
        NONE,
        /** Developers only: messages are written to the log (phone masked) and stay 未发送. */
        LOGGING,
        /** A generic HTTP gateway (docs/notifications.md, "The HTTP contract"). */
        HTTP,
        /** Alibaba Cloud SMS (阿里云短信服务), SendSms with the V3 signature. */
        ALIYUN,
        /** Tencent Cloud SMS (腾讯云短信), SendSms 2021-01-11 with the TC3 signature. */
        TENCENT
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
    }

    /**
     * Alibaba Cloud SMS (阿里云短信服务, API Dysmsapi 2017-05-25).
     *
     * @param endpoint the service address; blank for https://dysmsapi.aliyuncs.com
     * @param accessKeyId the RAM user's AccessKey ID
     * @param accessKeySecret its secret; never logged
     * @param templates the registered template code (SMS_…) for each template name (PAYOUT, PAYOUT_PLAIN)
     */
    public record Aliyun(
            String endpoint,
            String accessKeyId,
            String accessKeySecret,
            Map<String, String> templates,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration requestTimeout) {

        @Override
        public String toString() {
            return "Aliyun[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + ", accessKeySecret="
                    + (blank(accessKeySecret) ? "" : "******") + ", templates=" + templates + ", connectTimeout="
                    + connectTimeout
                    + ", requestTimeout=" + requestTimeout + "]";
        }
    }

    /**
     * Tencent Cloud SMS (腾讯云短信, API SendSms 2021-01-11).
     *
     * @param endpoint the service address; blank for https://sms.tencentcloudapi.com
     * @param secretId the API key's SecretId
     * @param secretKey its SecretKey; never logged
     * @param sdkAppId the SMS application's SdkAppId (e.g. 1400…)
     * @param region the region the request names (ap-guangzhou, ap-beijing or ap-nanjing); blank for ap-guangzhou
     * @param templates the registered template id for each template name (PAYOUT, PAYOUT_PLAIN)
     */
    public record Tencent(
            String endpoint,
            String secretId,
            String secretKey,
            String sdkAppId,
            String region,
            Map<String, String> templates,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration requestTimeout) {

        @Override
        public String toString() {
            return "Tencent[endpoint=" + endpoint + ", secretId=" + secretId + ", secretKey="
                    + (blank(secretKey) ? "" : "******")
                    + ", sdkAppId=" + sdkAppId + ", region=" + region + ", templates=" + templates + ", connectTimeout="
                    + connectTimeout + ", requestTimeout=" + requestTimeout + "]";
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
