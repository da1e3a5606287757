package nl.wmoregio.web.platform.rest.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wmoregio.web.platform.rest.Problem;

/**
 * The OpenAPI document at the API's base (API Design Rules API-51): {@code /wmo/api/v1/openapi.json} and
 * {@code .yaml}, public and readable from any origin (CORS). The content is MicroProfile OpenAPI's document
 * (Payara's /openapi, completed by {@link ApiDocumentFilter}), fetched once over the loopback interface;
 * Payara's own top-level "endpoints" key, which OpenAPI 3.0 does not allow, is left out.
 */
@WebServlet(urlPatterns = {ApiVersie.BASIS + "/openapi.json", ApiVersie.BASIS + "/openapi.yaml"})
public class OpenApiDocumentServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OpenApiDocumentServlet.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private volatile JsonObject document;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", ApiVersie.HEADER);
        ApiVersie.zet(request, response);
        JsonObject doc;
        try {
            doc = document(request);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "OpenAPI document not available", e);
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(503, "Tijdelijk niet beschikbaar",
                    "Het OpenAPI-document kon niet worden opgebouwd; probeer het zo opnieuw", "OPENAPI_ONBESCHIKBAAR", null));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.setStatus(503);
            return;
        }
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().endsWith(".yaml")) {
            response.setContentType("application/yaml");
            StringBuilder yaml = new StringBuilder();
            Yaml.write(doc, 0, yaml);
            response.getWriter().write(yaml.toString());
        } else {
            response.setContentType("application/json");
            response.getWriter().write(doc.toString());
        }
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept");
        response.setHeader("Allow", "GET, HEAD, OPTIONS");
        ApiVersie.zet(request, response);
        response.setStatus(204);
    }

    private JsonObject document(HttpServletRequest request) throws IOException, InterruptedException {
        JsonObject cached = document;
        if (cached != null) {
            return cached;
        }
        URI uri = URI.create((request.isSecure() ? "https" : "http") + "://127.0.0.1:" + request.getLocalPort() + "/openapi");
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + answer.statusCode());
        }
        JsonObject raw;
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            raw = reader.readObject();
        }
        var clean = Json.createObjectBuilder();
        raw.forEach((key, value) -> {
            if (!key.equals("endpoints")) { // Payara's own key: not OpenAPI 3.0
                clean.add(key, value);
            }
        });
        JsonObject built = clean.build();
        document = built;
        return built;
    }

    /** JSON to block-style YAML; every string double-quoted (JSON escapes are valid YAML escapes). */
    static final class Yaml {

        private Yaml() {
        }

        static void write(JsonValue value, int indent, StringBuilder out) {
            switch (value.getValueType()) {
                case OBJECT -> {
                    JsonObject object = value.asJsonObject();
                    if (object.isEmpty()) {
                        out.append(" {}\n");
                        return;
                    }
                    if (indent > 0 || out.length() > 0) {
                        out.append('\n');
                    }
                    for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                        out.append("  ".repeat(indent)).append(Json.createValue(e.getKey())).append(':');
                        writeChild(e.getValue(), indent + 1, out);
                    }
                }
                case ARRAY -> {
                    JsonArray array = value.asJsonArray();
                    if (array.isEmpty()) {
                        out.append(" []\n");
                        return;
                    }
                    out.append('\n');
                    for (JsonValue item : array) {
                        out.append("  ".repeat(indent)).append('-');
                        writeChild(item, indent + 1, out);
                    }
                }
                default -> out.append(' ').append(scalar(value)).append('\n');
            }
        }

        private static void writeChild(JsonValue value, int indent, StringBuilder out) {
            write(value, indent, out);
        }

        private static String scalar(JsonValue value) {
            return value instanceof JsonString s ? Json.createValue(s.getString()).toString() : value.toString();
        }
    }
}
