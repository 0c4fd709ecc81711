package com.aidloop.notification.sending;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A cloud SMS provider on 127.0.0.1 and a random port, for the adapters' tests: it checks each
 * request's signature as the provider documents it, recomputed here from the raw request with the
 * test secret, and answers as told — accepted, throttled, or refused. A request whose signature
 * does not match gets the provider's signature error, whatever the mode.
 */
abstract class CloudSmsStub implements AutoCloseable {

    /** How the provider answers a correctly signed request. */
    enum Mode {
        ACCEPT,
        /** The provider's per-number frequency limit. */
        THROTTLE,
        /** An invalid mobile number. */
        INVALID_NUMBER,
        /** A template code that is unknown or not approved. */
        TEMPLATE_NOT_APPROVED
    }

    /** A request as the stub received it. */
    record Received(String method, String path, String query, HeaderLookup headers, String body) {}

    /** Header look-up by any case, as HTTP has it. */
    interface HeaderLookup {
        String get(String name);
    }

    private final HttpServer server;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ACCEPT);
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> rejections = new CopyOnWriteArrayList<>();

    CloudSmsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(Mode newMode) {
        mode.set(newMode);
    }

    /** The bodies of the correctly signed requests. */
    List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** Why requests were refused as badly signed. */
    List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** Null if the signature is right, else what is wrong with it. */
    abstract String signatureProblem(Received request);

    /** The HTTP status and JSON body the provider answers with its signature error. */
    abstract Answer signatureError();

    abstract Answer answer(Mode mode, Received request);

    record Answer(int status, String json) {}

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    name -> exchange.getRequestHeaders().getFirst(name),
                    body);
            String problem = signatureProblem(request);
            Answer answer;
            if (problem != null) {
                rejections.add(problem);
                answer = signatureError();
            } else {
                bodies.add(body);
                answer = answer(mode.get(), request);
            }
            byte[] out = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
