package com.aidloop.notification.sending;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What Alibaba Cloud's SendSms answer means for the message. The answer is JSON with a
 * {@code Code}: {@code OK} with a {@code BizId} is accepted; other codes are mapped onto a
 * {@link ProviderReason} (阿里云短信 error codes, "API错误码"). Gateway errors (signature, key,
 * throttling) come with an HTTP error status and the same fields.
 */
final class AliyunAnswers {

    private static final ProviderCodes CODES = new ProviderCodes(
            Map.ofEntries(
                    Map.entry("isv.BUSINESS_LIMIT_CONTROL", ProviderReason.NUMBER_THROTTLED),
                    Map.entry("isv.DAY_LIMIT_CONTROL", ProviderReason.DAILY_LIMIT),
                    Map.entry("isv.AMOUNT_NOT_ENOUGH", ProviderReason.BALANCE),
                    Map.entry("isv.OUT_OF_SERVICE", ProviderReason.BALANCE),
                    Map.entry("isv.PRODUCT_UN_SUBSCRIPT", ProviderReason.CREDENTIALS),
                    Map.entry("isv.PRODUCT_UNSUBSCRIBE", ProviderReason.CREDENTIALS),
                    Map.entry("isv.ACCOUNT_NOT_EXISTS", ProviderReason.CREDENTIALS),
                    Map.entry("isv.ACCOUNT_ABNORMAL", ProviderReason.CREDENTIALS),
                    Map.entry("isp.RAM_PERMISSION_DENY", ProviderReason.CREDENTIALS),
                    Map.entry("SignatureDoesNotMatch", ProviderReason.CREDENTIALS),
                    Map.entry("IncompleteSignature", ProviderReason.CREDENTIALS),
                    Map.entry("SignatureNonceUsed", ProviderReason.CREDENTIALS),
                    Map.entry("InvalidTimeStamp.Expired", ProviderReason.CREDENTIALS),
                    Map.entry("isp.SYSTEM_ERROR", ProviderReason.PROVIDER_ERROR),
                    Map.entry("isp.GATEWAY_ERROR", ProviderReason.PROVIDER_ERROR),
                    Map.entry("ServiceUnavailable", ProviderReason.PROVIDER_ERROR),
                    Map.entry("InternalError", ProviderReason.PROVIDER_ERROR),
                    Map.entry("isv.MOBILE_NUMBER_ILLEGAL", ProviderReason.INVALID_NUMBER),
                    Map.entry("isv.MOBILE_COUNT_OVER_LIMIT", ProviderReason.INVALID_NUMBER),
                    Map.entry("isv.SMS_TEMPLATE_ILLEGAL", ProviderReason.TEMPLATE_NOT_APPROVED),
                    Map.entry("isv.SMS_SIGNATURE_ILLEGAL", ProviderReason.SIGN_NOT_APPROVED),
                    Map.entry("isv.SMS_SIGN_ILLEGAL", ProviderReason.SIGN_NOT_APPROVED),
                    Map.entry("isv.TEMPLATE_MISSING_PARAMETERS", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("isv.INVALID_JSON_PARAM", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("isv.PARAM_LENGTH_LIMIT", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("isv.PARAM_NOT_SUPPORT_URL", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("isv.INVALID_PARAMETERS", ProviderReason.TEMPLATE_PARAMS),
                    Map.entry("isv.BLACK_KEY_CONTROL_LIMIT", ProviderReason.FORBIDDEN_CONTENT),
                    Map.entry("isv.SMS_CONTENT_ILLEGAL", ProviderReason.FORBIDDEN_CONTENT)),
            List.of(
                    Map.entry("Throttling", ProviderReason.API_THROTTLED),
                    Map.entry("InvalidAccessKeyId", ProviderReason.CREDENTIALS),
                    Map.entry("Forbidden", ProviderReason.CREDENTIALS)));

    private AliyunAnswers() {}

    static GatewayAnswer of(int status, String body) {
        JsonNode answer = ProviderCodes.json(body);
        if (answer == null) {
            return ProviderCodes.unreadable(status);
        }
        String code = answer.path("Code").stringValue("");
        if ("OK".equalsIgnoreCase(code)) {
            return ProviderCodes.accepted(status, "OK", answer, "BizId");
        }
        return CODES.refused(code, status);
    }
}
