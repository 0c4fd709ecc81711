package com.aidloop.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.aidloop.shared.Masking;

/**
 * Logback's {@code %m}, with every ID number, card number and mobile in the message masked by
 * the shared rules, so that personal numbers never reach a log file whoever wrote the log call.
 * Registered for {@code m}, {@code msg} and {@code message} in {@code logback-spring.xml}.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Masking.withinText(super.convert(event));
    }
}
