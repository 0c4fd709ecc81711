package com.aidloop.notification.sending;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default gateway for trial installations: writes each message to the log, the phone
 * masked, and confirms it at once with a generated id. Nothing reaches a phone.
 */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public String name() {
        return "logging";
    }

    @Override
    public GatewayAnswer send(OutgoingSms sms) {
        String id = "log-" + UUID.randomUUID();
        log.info("SMS {} to {} (not sent, logging gateway): {}", sms.clientMessageId(), sms.phone().masked(), sms.text());
        return new GatewayAnswer.Confirmed(id);
    }
}
