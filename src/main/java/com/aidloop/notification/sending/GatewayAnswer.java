package com.aidloop.notification.sending;

/**
 * What a gateway said to one send. Only {@link Confirmed} marks a message sent; error texts name
 * the failure (HTTP status, timeout, refused connection), never the phone or the text.
 */
public sealed interface GatewayAnswer permits GatewayAnswer.Confirmed, GatewayAnswer.Unavailable, GatewayAnswer.Refused {

    /** Accepted; the gateway's own id for the message. */
    record Confirmed(String gatewayMessageId) implements GatewayAnswer {}

    /** No confirmation (timeout, 5xx, no connection, unreadable answer): try again later. */
    record Unavailable(String error) implements GatewayAnswer {}

    /** The gateway refused this message for good (e.g. 400, an unreachable number): fail it now. */
    record Refused(String error) implements GatewayAnswer {}
}
