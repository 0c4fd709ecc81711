package com.aidloop.notification.sending;

import com.aidloop.notification.domain.SmsContentPolicy;
import com.aidloop.notification.persistence.SmsStore;
import com.aidloop.privacy.SensitiveData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chooses the gateway by {@code aidloop.sms.gateway} and wires the dispatcher and its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    SmsContentPolicy smsContentPolicy(SmsProperties properties) {
        return properties.content().policy();
    }

    @Bean
    SmsGateway smsGateway(SmsProperties properties) {
        return switch (properties.gateway()) {
            case NONE -> {
                log.warn(
                        "No SMS gateway configured (AIDLOOP_SMS_GATEWAY): notices are kept as 未发送 and nothing reaches a phone; "
                                + "set aliyun, tencent or http, then send them from the SMS page");
                yield new NoSmsGateway();
            }
            case LOGGING -> {
                log.warn(
                        "SMS gateway: logging (developers only); messages are written to the log, not sent, and stay 未发送");
                yield new LoggingSmsGateway();
            }
            case HTTP -> {
                HttpSmsGateway http = new HttpSmsGateway(properties.http());
                log.info(
                        "SMS gateway: HTTP {} (connect timeout {}, request timeout {})",
                        http.url(),
                        properties.http().connectTimeout(),
                        properties.http().requestTimeout());
                yield http;
            }
            case ALIYUN -> {
                AliyunSmsGateway aliyun = new AliyunSmsGateway(properties.aliyun(), properties.signature());
                log.info(
                        "SMS gateway: Alibaba Cloud SMS {} (AccessKey ID {}, signature {})",
                        aliyun.endpoint(),
                        properties.aliyun().accessKeyId(),
                        properties.signature());
                yield aliyun;
            }
            case TENCENT -> {
                TencentSmsGateway tencent = new TencentSmsGateway(properties.tencent(), properties.signature());
                log.info(
                        "SMS gateway: Tencent Cloud SMS {} (region {}, SdkAppId {}, signature {})",
                        tencent.endpoint(),
                        tencent.region(),
                        properties.tencent().sdkAppId(),
                        properties.signature());
                yield tencent;
            }
        };
    }

    @Bean
    SmsDispatcher smsDispatcher(SmsStore store, SmsGateway gateway, SensitiveData sensitive, SmsProperties properties) {
        if (properties.dispatcher().lease().compareTo(gateway.longestSend().multipliedBy(2)) < 0) {
            throw new IllegalStateException(
                    "aidloop.sms.dispatcher.lease must be at least twice the connect and request timeouts, "
                            + "or a slow send would be repeated by another dispatcher");
        }
        return new SmsDispatcher(store, gateway, sensitive, properties.dispatcher());
    }

    /** The schedule, only where this instance sends. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "aidloop.sms.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        @Bean
        ScheduledSmsDispatch scheduledSmsDispatch(SmsDispatcher dispatcher) {
            return new ScheduledSmsDispatch(dispatcher);
        }
    }
}
