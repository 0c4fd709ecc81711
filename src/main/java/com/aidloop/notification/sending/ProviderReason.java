package com.aidloop.notification.sending;

import com.aidloop.shared.Messages;
import java.util.regex.Pattern;

/**
 * Why a cloud SMS provider did not accept a message, as staff can act on it, and what the
 * dispatcher does about it: try again later (throttled, the provider's trouble, an account or key
 * problem staff can fix) or fail the message now (this number or this template cannot work).
 * Each adapter maps its provider's error codes onto these; the Chinese wording is in
 * {@code messages/notification.properties} ({@code sms.provider.*}).
 */
enum ProviderReason {
    /** The provider's limit for one number (e.g. one message a minute, a few an hour). */
    NUMBER_THROTTLED(true),
    /** The provider's limit on calls of its API. */
    API_THROTTLED(true),
    /** The account's daily limit is reached. */
    DAILY_LIMIT(true),
    /** No balance or no package left on the SMS account. */
    BALANCE(true),
    /** The access key is unknown, disabled or lacks permission, or the signature was wrong (a clock far off). */
    CREDENTIALS(true),
    /** The provider failed internally. */
    PROVIDER_ERROR(true),
    /** The number is not a valid mobile number for the provider. */
    INVALID_NUMBER(false),
    /** The number refuses messages (blacklisted or unsubscribed). */
    BLOCKED_NUMBER(false),
    /** The template code is unknown or the template is not approved. */
    TEMPLATE_NOT_APPROVED(false),
    /** The signature (签名) is unknown or not approved. */
    SIGN_NOT_APPROVED(false),
    /** The values do not fit the registered template (missing, too long, wrong kind). */
    TEMPLATE_PARAMS(false),
    /** The provider's content check refused the text. */
    FORBIDDEN_CONTENT(false),
    /** The message has no template values (stored before they were kept), so no template can be filled. */
    NO_TEMPLATE_VALUES(false),
    /** Any other refusal the adapter does not know. */
    OTHER(false);

    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9._ -]{1,80}");

    private final boolean retry;

    ProviderReason(boolean retry) {
        this.retry = retry;
    }

    boolean retry() {
        return retry;
    }

    /**
     * The dispatcher's answer for this reason, the text in Chinese with the provider's code, e.g.
     * "手机号码无效（isv.MOBILE_NUMBER_ILLEGAL）".
     */
    GatewayAnswer answer(String providerCode) {
        String code = providerCode != null && SAFE_CODE.matcher(providerCode).matches() ? providerCode : "?";
        String text = Messages.format("sms.provider." + name()) + "（" + code + "）";
        return retry ? new GatewayAnswer.Unavailable(text) : new GatewayAnswer.Refused(text);
    }
}
