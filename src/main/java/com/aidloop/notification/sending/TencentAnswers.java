package com.aidloop.notification.sending;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tencent Cloud's SendSms answer means for the message. The answer is
 * {@code {"Response": {...}}} with either {@code Error.Code} (the whole call failed: signature,
 * throttling, parameters) or one {@code SendStatusSet} entry per number whose {@code Code} is
 * {@code Ok} with a {@code SerialNo}, or an error code; codes are mapped onto a
 * {@link ProviderReason} (腾讯云短信 "错误码").
 */
final class TencentAnswers {

    private static final int LONGEST_ID = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, ProviderReason> REASONS = Map.ofEntries(
            Map.entry("LimitExceeded.DeliveryFrequencyLimit", ProviderReason.NUMBER_THROTTLED),
            Map.entry("LimitExceeded.AppDailyLimit", ProviderReason.DAILY_LIMIT),
            Map.entry("LimitExceeded.DailyLimit", ProviderReason.DAILY_LIMIT),
            Map.entry("LimitExceeded.AppGlobalDailyLimit", ProviderReason.DAILY_LIMIT),
            Map.entry("LimitExceeded.AppMainlandChinaDailyLimit", ProviderReason.DAILY_LIMIT),
            Map.entry("FailedOperation.InsufficientBalanceInSmsPackage", ProviderReason.BALANCE),
            Map.entry("InvalidParameterValue.IncorrectPhoneNumber", ProviderReason.INVALID_NUMBER),
            Map.entry("FailedOperation.PhoneNumberParseFail", ProviderReason.INVALID_NUMBER),
            Map.entry("FailedOperation.PhoneNumberInBlacklist", ProviderReason.BLOCKED_NUMBER),
            Map.entry("FailedOperation.TemplateIncorrectOrUnapproved", ProviderReason.TEMPLATE_NOT_APPROVED),
            Map.entry("FailedOperation.TemplateUnapprovedOrNotExist", ProviderReason.TEMPLATE_NOT_APPROVED),
            Map.entry("FailedOperation.SignatureIncorrectOrUnapproved", ProviderReason.SIGN_NOT_APPROVED),
            Map.entry("FailedOperation.MissingSignature", ProviderReason.SIGN_NOT_APPROVED),
            Map.entry("FailedOperation.TemplateParamSetNotMatchApprovedTemplate", ProviderReason.TEMPLATE_PARAMS),
            Map.entry("InvalidParameterValue.TemplateParameterFormatError", ProviderReason.TEMPLATE_PARAMS),
            Map.entry("InvalidParameterValue.TemplateParameterLengthLimit", ProviderReason.TEMPLATE_PARAMS),
            Map.entry("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter", ProviderReason.TEMPLATE_PARAMS),
            Map.entry("FailedOperation.ContainSensitiveWord", ProviderReason.FORBIDDEN_CONTENT));

    private TencentAnswers() {}

    static GatewayAnswer of(int status, String body) {
        JsonNode response;
        try {
            response = JSON.readTree(body).path("Response");
        } catch (RuntimeException unreadable) {
            return new GatewayAnswer.Unavailable("HTTP " + status + " unreadable answer");
        }
        String error = response.path("Error").path("Code").stringValue("");
        if (!error.isEmpty()) {
            return reason(error, status).answer(error);
        }
        JsonNode sent = response.path("SendStatusSet").path(0);
        String code = sent.path("Code").stringValue("");
        if ("Ok".equalsIgnoreCase(code)) {
            String id = sent.path("SerialNo").stringValue("").strip();
            return id.isEmpty()
                    ? new GatewayAnswer.Unavailable("HTTP " + status + " Ok without SerialNo")
                    : new GatewayAnswer.Confirmed(id.length() > LONGEST_ID ? id.substring(0, LONGEST_ID) : id);
        }
        return reason(code, status).answer(code.isEmpty() ? "HTTP " + status : code);
    }

    /** The reason of a code; unknown ones by their family (AuthFailure.*, RequestLimitExceeded.*, …) or HTTP status. */
    static ProviderReason reason(String code, int status) {
        ProviderReason known = REASONS.get(code);
        if (known != null) {
            return known;
        }
        if (code.startsWith("LimitExceeded.PhoneNumber")) {
            return ProviderReason.NUMBER_THROTTLED;
        }
        if (code.startsWith("RequestLimitExceeded")) {
            return ProviderReason.API_THROTTLED;
        }
        if (code.startsWith("AuthFailure") || code.startsWith("UnauthorizedOperation")) {
            return ProviderReason.CREDENTIALS;
        }
        if (code.startsWith("InternalError")) {
            return ProviderReason.PROVIDER_ERROR;
        }
        return status >= 500 || code.isEmpty() ? ProviderReason.PROVIDER_ERROR : ProviderReason.OTHER;
    }
}
