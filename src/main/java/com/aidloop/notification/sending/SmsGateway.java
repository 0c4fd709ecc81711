package com.aidloop.notification.sending;

import java.time.Duration;

/**
 * Delivers one message to an SMS provider. Implementations answer within a bounded time (their
 * own connect and request timeouts) and report trouble as an answer rather than an exception;
 * an exception counts as {@link GatewayAnswer.Unavailable}.
 */
public interface SmsGateway {

    /** A short name kept with each message, e.g. "none", "logging", "http", "aliyun" or "tencent". */
    String name();

    GatewayAnswer send(OutgoingSms sms);

    /** The longest one send can take (connect plus request timeout); the dispatcher's lease must cover it twice. */
    default Duration longestSend() {
        return Duration.ZERO;
    }
}
