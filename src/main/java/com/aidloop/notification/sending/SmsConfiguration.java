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
        if (properties.gateway() == SmsProperties.GatewayKind.HTTP) {
            HttpSmsGateway http = new HttpSmsGateway(properties.http());
            log.info("SMS gateway: HTTP {} (connect timeout {}, request timeout {})", http.url(),
                    properties.http().connectTimeout(), properties.http().requestTimeout());
            return http;
        }
        log.info("SMS gateway: logging only; messages are written to the log, not sent (set AIDLOOP_SMS_GATEWAY=http)");
        return new LoggingSmsGateway();
    }

    @Bean
    SmsDispatcher smsDispatcher(SmsStore store, SmsGateway gateway, SensitiveData sensitive, SmsProperties properties) {
        SmsProperties.Http http = properties.http();
        if (properties.gateway() == SmsProperties.GatewayKind.HTTP
                && properties.dispatcher().lease().compareTo(http.connectTimeout().plus(http.requestTimeout()).multipliedBy(2)) < 0) {
            throw new IllegalStateException("aidloop.sms.dispatcher.lease must be at least twice the connect and request timeouts, "
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
