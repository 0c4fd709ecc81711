package com.aidloop.notification.sending;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an SMS provider's answer is read, whichever provider: its JSON, the message id of an
 * accepted message (kept to 100 characters), and the {@link ProviderReason} of a refusal code,
 * found among the provider's known codes, then by the code's family (its prefix), then by the
 * HTTP status. Each gateway's answer reader names only its codes and where its fields are.
 */
final class ProviderCodes {

    private static final int LONGEST_ID = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, ProviderReason> known;
    private final List<Map.Entry<String, ProviderReason>> families;

    /** {@code families} are code prefixes, tried in order after the known codes. */
    ProviderCodes(Map<String, ProviderReason> known, List<Map.Entry<String, ProviderReason>> families) {
        this.known = Map.copyOf(known);
        this.families = List.copyOf(families);
    }

    /** The answer's JSON, or null when the body is not JSON. */
    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    static GatewayAnswer unreadable(int status) {
        return new GatewayAnswer.Unavailable("HTTP " + status + " unreadable answer");
    }

    /** A message the provider accepted: its id from {@code idField}, or unavailable when the id is missing. */
    static GatewayAnswer accepted(int status, String okCode, JsonNode entry, String idField) {
        String id = entry.path(idField).stringValue("").strip();
        return id.isEmpty()
                ? new GatewayAnswer.Unavailable("HTTP " + status + " " + okCode + " without " + idField)
                : new GatewayAnswer.Confirmed(id.length() > LONGEST_ID ? id.substring(0, LONGEST_ID) : id);
    }

    /** A message the provider did not take, by its code (or only the HTTP status when there is none). */
    GatewayAnswer refused(String code, int status) {
        return reason(code, status).answer(code.isEmpty() ? "HTTP " + status : code);
    }

    /** The reason of a code: a known one, else its family's, else by the HTTP status. */
    ProviderReason reason(String code, int status) {
        ProviderReason reason = known.get(code);
        if (reason != null) {
            return reason;
        }
        for (Map.Entry<String, ProviderReason> family : families) {
            if (code.startsWith(family.getKey())) {
                return family.getValue();
            }
        }
        return status >= 500 || code.isEmpty() ? ProviderReason.PROVIDER_ERROR : ProviderReason.OTHER;
    }
}
