package com.aidloop.notification.sending;

import com.aidloop.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A developers' gateway ({@code aidloop.sms.gateway=logging}): writes each message to the log, the
 * phone masked, and sends nothing. The message is therefore 未发送（仅写入日志）, never 已发送.
 */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public String name() {
        return "logging";
    }

    @Override
    public GatewayAnswer send(OutgoingSms sms) {
        log.info(
                "SMS {} to {} (not sent, logging gateway): {}",
                sms.clientMessageId(),
                sms.phone().masked(),
                sms.loggableText());
        return new GatewayAnswer.NotSent(Messages.format("sms.notSent.logging"));
    }
}
