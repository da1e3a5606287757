package nl.wmoregio.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the REST tests: real requests against the deployed WAR. */
final class Http {

    static final String DEMO_PASSWORD = "wmo-demo";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URL base;
    private String user;
    private String password = DEMO_PASSWORD;

    Http(URL base) {
        this.base = base;
    }

    Http as(String user) {
        Http http = new Http(base);
        http.user = user;
        return http;
    }

    Http as(String user, String password) {
        Http http = as(user);
        http.password = password;
        return http;
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response getHeader(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String ifMatch, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Response putHeader(String path, String header, String value, String json) {
        return send(request(path).header("Content-Type", "application/json").header(header, value)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return put(path, null, json);
    }

    Response postIfMatch(String path, String ifMatch, String json) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** An absolute path on the server, outside the application (e.g. /health). */
    Response getServer(String absolutePath) {
        return send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + absolutePath)).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            return new Response(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonObject json() {
            return (JsonObject) jsonValue();
        }

        JsonStructure jsonValue() {
            return Json.createReader(new StringReader(raw.body())).read();
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
