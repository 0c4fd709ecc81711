package com.aidloop.notification.sending;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP SMS gateway on 127.0.0.1 and a random port, as the contract in
 * docs/notifications.md describes it: it counts requests per client message id, delivers each id
 * once (a repeated id gets the first answer again) and can be told to fail, hang or refuse.
 */
public final class StubSmsGateway implements AutoCloseable {

    public enum Mode {
        /** 200 with a message id. */
        ACCEPT,
        /** 500, nothing delivered. */
        FAIL,
        /** Delivers, then answers only after {@link #hang} — longer than the client waits. */
        HANG,
        /** 400: the message is refused for good. */
        REFUSE,
        /** 200 without a message id. */
        NO_ID
    }

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ACCEPT);
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> delivered = new ConcurrentHashMap<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile long hangMillis = 3_000;
    private volatile long delayMillis;

    public StubSmsGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/sms/send", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send";
    }

    void answer(Mode newMode) {
        mode.set(newMode);
    }

    void hang(long millis) {
        hangMillis = millis;
    }

    /** Every answer comes this much later, so that concurrent dispatchers overlap. */
    public void delay(long millis) {
        delayMillis = millis;
    }

    public int requestsFor(String clientMessageId) {
        AtomicInteger n = requests.get(clientMessageId);
        return n == null ? 0 : n.get();
    }

    public int totalRequests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    boolean delivered(String clientMessageId) {
        return delivered.containsKey(clientMessageId);
    }

    String messageIdOf(String clientMessageId) {
        return delivered.get(clientMessageId);
    }

    List<String> bodies() {
        return bodies;
    }

    List<String> authorizations() {
        return authorizations;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            JsonNode request = json.readTree(body);
            String id = request.get("clientMessageId").asString();
            if (!id.equals(exchange.getRequestHeaders().getFirst("Idempotency-Key"))) {
                respond(exchange, 400, "{\"error\":\"Idempotency-Key differs\"}");
                return;
            }
            requests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            pause(delayMillis);
            switch (mode.get()) {
                case ACCEPT ->
                    respond(exchange, 200, "{\"messageId\":\"" + deliver(id) + "\",\"status\":\"accepted\"}");
                case FAIL -> respond(exchange, 500, "{\"error\":\"internal\"}");
                case REFUSE -> respond(exchange, 400, "{\"error\":\"bad phone\"}");
                case NO_ID -> respond(exchange, 200, "{\"status\":\"queued\"}");
                case HANG -> {
                    String messageId = deliver(id);
                    pause(hangMillis);
                    respond(exchange, 200, "{\"messageId\":\"" + messageId + "\"}");
                }
            }
        } catch (IOException closedByClient) {
            // the client gave up waiting; nothing to answer
        }
    }

    /** Delivers an id once; a repeated id is the same message and gets its first id back. */
    private String deliver(String clientMessageId) {
        return delivered.computeIfAbsent(clientMessageId, k -> "gw-" + ids.incrementAndGet());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
