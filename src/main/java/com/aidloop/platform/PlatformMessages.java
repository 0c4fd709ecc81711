package com.aidloop.platform;

import com.aidloop.shared.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractMessageSource;

/**
 * Spring's MessageSource (templates' {@code #{...}}, validation) reads through {@link Messages},
 * the one reader of the bundles, so a page, an API answer and a domain object say the same words.
 */
@Configuration(proxyBeanMethods = false)
class PlatformMessages {

    @Bean
    MessageSource messageSource() {
        return new BundledMessages();
    }

    private static final class BundledMessages extends AbstractMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            return Messages.pattern(code)
                    .map(pattern -> createMessageFormat(pattern, Locale.SIMPLIFIED_CHINESE))
                    .orElse(null);
        }

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return Messages.pattern(code).orElse(null);
        }

        @Override
        protected Object[] resolveArguments(Object[] args, Locale locale) {
            return super.resolveArguments(args == null ? null : Messages.plain(args), locale);
        }
    }
}
