package com.aidloop.privacy;

import ch.qos.logback.classic.spi.IThrowableProxy;
import com.aidloop.shared.Masking;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} stack traces, masked like {@link MaskingMessageConverter}: exception
 * messages quote what they failed on ("For input string: ..."), which may be a personal number.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return Masking.withinText(super.throwableProxyToString(throwable));
    }
}
