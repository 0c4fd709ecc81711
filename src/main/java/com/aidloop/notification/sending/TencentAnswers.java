package com.aidloop.notification.sending;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What Tencent Cloud's SendSms answer means for the message. The answer is
 * {@code {"Response": {...}}} with either {@code Error.Code} (the whole call failed: signature,
 * throttling, parameters) or one {@code SendStatusSet} entry per number whose {@code Code} is
 * {@code Ok} with a {@code SerialNo}, or an error code; codes are mapped onto a
 * {@link ProviderReason} (腾讯云短信 "错误码").
 */
final class TencentAnswers {

    private static final ProviderCodes CODES = new ProviderCodes(
            Map.ofEntries(
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
                    Map.entry(
                            "FailedOperation.TemplateParamSetNotMatchApprovedTemplate", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("InvalidParameterValue.TemplateParameterFormatError", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("InvalidParameterValue.TemplateParameterLengthLimit", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry(
                            "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
                            ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("FailedOperation.ContainSensitiveWord", ProviderReason.FORBIDDEN_CONTENT)),
            List.of(
                    Map.entry("LimitExceeded.PhoneNumber", ProviderReason.NUMBER_THROTTLED),
                    Map.entry("RequestLimitExceeded", ProviderReason.API_THROTTLED),
                    Map.entry("AuthFailure", ProviderReason.CREDENTIALS),
                    Map.entry("UnauthorizedOperation", ProviderReason.CREDENTIALS),
                    Map.entry("InternalError", ProviderReason.PROVIDER_ERROR)));

    private TencentAnswers() {}

    static GatewayAnswer of(int status, String body) {
        JsonNode answer = ProviderCodes.json(body);
        if (answer == null) {
            return ProviderCodes.unreadable(status);
        }
        JsonNode response = answer.path("Response");
        String error = response.path("Error").path("Code").stringValue("");
        if (!error.isEmpty()) {
            return CODES.refused(error, status);
        }
        JsonNode sent = response.path("SendStatusSet").path(0);
        String code = sent.path("Code").stringValue("");
        if ("Ok".equalsIgnoreCase(code)) {
            return ProviderCodes.accepted(status, "Ok", sent, "SerialNo");
        }
        return CODES.refused(code, status);
    }
}
