package com.aidloop.notification.sending;

import com.aidloop.shared.Masking;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends through an HTTP gateway: {@code POST url} with JSON {@code {"clientMessageId", "phone",
 * "text", "template", "params"}} (the client message id also as header {@code Idempotency-Key});
 * a 2xx answer with {@code {"messageId": "..."}} confirms. A 5xx, 408, 429, 401 or 403, a timeout,
 * a refused connection or an answer without a message id is "not confirmed, try later"; any other
 * 4xx is a refusal of this message. The whole exchange is bounded by the connect and request
 * timeouts, so a gateway that hangs costs one timeout, not a stuck dispatcher.
 */
public class HttpSmsGateway implements SmsGateway, AutoCloseable {

    private static final int LONGEST_ID = 100;

    private final URI url;
    private final String authorization;
    private final BoundedHttp http;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public HttpSmsGateway(SmsProperties.Http settings) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new IllegalStateException("aidloop.sms.gateway=http needs aidloop.sms.http.url (AIDLOOP_SMS_URL)");
        }
        this.url = BoundedHttp.endpoint(settings.url(), "aidloop.sms.http.url");
        this.authorization = authorization(settings);
        this.http = new BoundedHttp(settings.connectTimeout(), settings.requestTimeout());
    }

    @Override
    public String name() {
        return "http";
    }

    /** Where this gateway posts, for the start-up log. */
    public URI url() {
        return url;
    }

    @Override
    public Duration longestSend() {
        return http.longest();
    }

    @Override
    public GatewayAnswer send(OutgoingSms sms) {
        HttpRequest.Builder request = http.request(url)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", sms.clientMessageId())
                .POST(HttpRequest.BodyPublishers.ofString(body(sms), StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        BoundedHttp.Outcome outcome = http.exchange(request.build());
        return outcome.answered() ? answer(outcome) : new GatewayAnswer.Unavailable(outcome.failure());
    }

    private String body(OutgoingSms sms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientMessageId", sms.clientMessageId());
        body.put("phone", sms.phone().value());
        body.put("text", sms.text());
        body.put("template", sms.template());
        body.put("params", sms.params());
        return json.writeValueAsString(body);
    }

    private GatewayAnswer answer(BoundedHttp.Outcome response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            String id = messageId(response.body());
            return id == null
                    ? new GatewayAnswer.Unavailable("HTTP " + status + " without messageId")
                    : new GatewayAnswer.Confirmed(id);
        }
        if (status >= 500 || status == 408 || status == 429 || status == 401 || status == 403) {
            return new GatewayAnswer.Unavailable("HTTP " + status);
        }
        return new GatewayAnswer.Refused("HTTP " + status);
    }

    private String messageId(String body) {
        try {
            Reply reply = json.readValue(body, Reply.class);
            if (reply == null || reply.messageId() == null || reply.messageId().isBlank()) {
                return null;
            }
            String id = Masking.withinText(reply.messageId().strip());
            return id.length() > LONGEST_ID ? id.substring(0, LONGEST_ID) : id;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String authorization(SmsProperties.Http settings) {
        if (settings.token() != null && !settings.token().isBlank()) {
            return "Bearer " + settings.token().strip();
        }
        if (settings.username() != null && !settings.username().isBlank()) {
            String pair = settings.username().strip() + ":" + (settings.password() == null ? "" : settings.password());
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    @Override
    public void close() {
        http.close();
    }

    /** The gateway's answer; other fields are ignored. */
    record Reply(String messageId) {}
}
