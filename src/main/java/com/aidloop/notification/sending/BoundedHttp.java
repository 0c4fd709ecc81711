package com.aidloop.notification.sending;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange with an SMS provider, bounded as a whole by the connect and request timeouts:
 * a provider that hangs costs one timeout, not a stuck dispatcher. HTTP/1.1, no redirects. The
 * outcome names the failure (timeout, refused connection), never the request.
 */
final class BoundedHttp implements AutoCloseable {

    private final Duration requestTimeout;
    private final Duration overallTimeout;
    private final HttpClient client;

    BoundedHttp(Duration connectTimeout, Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.overallTimeout = connectTimeout.plus(requestTimeout).plusSeconds(1);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The longest an exchange can take. */
    Duration longest() {
        return overallTimeout;
    }

    /** A request to {@code uri} with the request timeout set. */
    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout);
    }

    /** What the provider answered, or why there is no answer. */
    Outcome exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = exchange.get(overallTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(response.statusCode(), response.body(), null);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Outcome.none("timeout after " + overallTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.none("interrupted");
        } catch (ExecutionException e) {
            return Outcome.none(failure(e.getCause()));
        }
    }

    /**
     * The Host header the JDK client sends for {@code uri}, which signatures must cover: the host,
     * with the port only when it is not the scheme's default.
     */
    static String host(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) ? port == 443 : port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /** An http or https URI without a query, for a setting named {@code setting}. */
    static URI endpoint(String value, String setting) {
        URI uri = URI.create(value.strip());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException(setting + " must be an http or https URL");
        }
        return uri;
    }

    private static String failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timeout";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof IOException) {
            return "I/O error (" + cause.getClass().getSimpleName() + ")";
        }
        return "error (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")";
    }

    @Override
    public void close() {
        client.close();
    }

    /**
     * An exchange's end: the status and body of an answer, or {@code failure} when none came.
     */
    record Outcome(int status, String body, String failure) {

        static Outcome none(String failure) {
            return new Outcome(0, "", failure);
        }

        boolean answered() {
            return failure == null;
        }
    }
}
