package com.aidloop.notification.sending;

import com.aidloop.notification.SmsMessage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The code or id under which a provider registered each of our message templates (e.g. PAYOUT →
 * SMS_154950909 at Alibaba Cloud, 1234567 at Tencent Cloud). Every template needs one: a missing
 * code stops the start, rather than failing every payout notice later.
 */
final class TemplateCodes {

    private final Map<String, String> codes;

    private TemplateCodes(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    /**
     * The codes as configured under {@code setting} (e.g. aidloop.sms.aliyun.templates); keys are
     * template names in any case, {@code -} or {@code .} taken for {@code _}.
     */
    static TemplateCodes of(Map<String, String> configured, String setting, String environmentPrefix) {
        Map<String, String> codes = new HashMap<>();
        if (configured != null) {
            configured.forEach((template, code) -> {
                if (code != null && !code.isBlank()) {
                    codes.put(
                            template.strip()
                                    .toUpperCase(Locale.ROOT)
                                    .replace('-', '_')
                                    .replace('.', '_'),
                            code.strip());
                }
            });
        }
        for (String template : SmsMessage.TEMPLATES) {
            if (!codes.containsKey(template)) {
                throw new IllegalStateException(setting + "." + template + " (" + environmentPrefix + template
                        + ") is required: the code of the registered template for " + template);
            }
        }
        return new TemplateCodes(codes);
    }

    /** The provider's code for a template, or null for a template nobody registered. */
    String codeOf(String template) {
        return template == null ? null : codes.get(template);
    }
}
