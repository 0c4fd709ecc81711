package com.aidloop.notification.sending;

/**
 * What a gateway said to one send. Only {@link Confirmed} marks a message sent; error texts name
 * the failure (HTTP status, timeout, refused connection, the provider's code with its meaning in
 * Chinese), never the phone or the text.
 */
public sealed interface GatewayAnswer
        permits GatewayAnswer.Confirmed, GatewayAnswer.Unavailable, GatewayAnswer.Refused, GatewayAnswer.NotSent {

    /** Accepted; the gateway's own id for the message. */
    record Confirmed(String gatewayMessageId) implements GatewayAnswer {}

    /** No confirmation (timeout, 5xx, no connection, throttled, unreadable answer): try again later. */
    record Unavailable(String error) implements GatewayAnswer {}

    /** The gateway refused this message for good (e.g. 400, an invalid number, a template not approved): fail it now. */
    record Refused(String error) implements GatewayAnswer {}

    /**
     * Nothing was handed to an SMS provider (no gateway is configured, or the logging gateway only
     * wrote it down): the message is 未发送, neither sent nor failed, and waits for staff.
     */
    record NotSent(String reason) implements GatewayAnswer {}
}
