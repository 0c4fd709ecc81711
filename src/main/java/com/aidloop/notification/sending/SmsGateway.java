package com.aidloop.notification.sending;

/**
 * Delivers one message to an SMS provider. Implementations answer within a bounded time (their
 * own connect and request timeouts) and report trouble as an answer rather than an exception;
 * an exception counts as {@link GatewayAnswer.Unavailable}.
 */
public interface SmsGateway {

    /** A short name kept with each message, e.g. "logging" or "http". */
    String name();

    GatewayAnswer send(OutgoingSms sms);
}
