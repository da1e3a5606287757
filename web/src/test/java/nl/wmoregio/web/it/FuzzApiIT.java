package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmoregio.shared.Rollen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input over every REST endpoint, generated from the compiled resources (the same scan as
 * {@link RolMatrixApiIT}): path parameters, query parameters, If-Match and JSON bodies get wrong
 * types, 1 MB strings, unicode (emoji, right-to-left override, NUL), nulls, negative and
 * overflowing numbers, unknown fields, 10,000-deep nesting, malformed JSON and wrong content types.
 * Every answer must be below 500, carry no stack trace or exception class name, and every 4xx must
 * be application/problem+json with a title and a detail. Each endpoint is called with a role it
 * allows. Path ids name nothing that exists, so updates change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzApiIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Preferred demo user per role; the first allowed one is used. */
    private static final Map<String, String> USER = new LinkedHashMap<>();

    static {
        USER.put(Rollen.BEHEERDER, "beheerder");
        USER.put(Rollen.CONTROLLER, "controller");
        USER.put(Rollen.INKOOP, "inkoop");
        USER.put(Rollen.CONTRACTMANAGER, "contractmanager");
        USER.put(Rollen.TOEZICHTHOUDER, "toezichthouder");
        USER.put(Rollen.GEMEENTE, "gemeente.oss");
        USER.put(Rollen.MELDER, "melder");
        USER.put(Rollen.AANBIEDER, "aanbieder");
    }

    /** Starting these has real side effects (a Spark run, data generation): only unreadable bodies are sent. */
    private static final Set<String> ONLY_UNREADABLE = Set.of("RunResource.vraagAan", "GeneratorResource.start");

    static final Pattern STACK_TRACE = Pattern.compile(
            "(?s)\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by:|\\b[a-z][\\w$]*(\\.[\\w$]+)+\\.[A-Z][\\w$]*\\b"
                    + "|\\b[A-Z]\\w*(Exception|Error)\\b");

    static final String MEGABYTE = "x".repeat(1 << 20);
    static final String UNICODE = "Ørjan 😀 \u202Egnp.exe \u0000 \uFEFF שלום 𝔘𝔫𝔦";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger containerRefusals = new AtomicInteger();
    private final List<Long> scenarios = new ArrayList<>();
    private final Map<String, Integer> perStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();

    @Test
    void noHostileInputGetsA5xxOrAStackTraceAndEveryRefusalIsAProblem() throws Exception {
        List<RolMatrixApiIT.Endpoint> endpoints = RolMatrixApiIT.endpoints();
        assertTrue(endpoints.size() >= 30, "scan found " + endpoints.size());
        int fuzzed = 0;
        for (RolMatrixApiIT.Endpoint endpoint : endpoints) {
            String user = user(endpoint);
            if (user == null) {
                continue; // @DenyAll: nobody gets in, the role matrix covers it
            }
            fuzzed++;
            pathCases(endpoint, user);
            queryCases(endpoint, user);
            ifMatchCases(endpoint, user);
            if (endpoint.hasBody()) {
                bodyCases(endpoint, user);
            }
        }
        WarehouseSeed.sluitOpenRuns(); // safety net: a run requested by a case above must not block later tests
        // Scenarios need only a name, so some hostile names were stored: remove them (own rows only).
        for (long id : scenarios) {
            Database.update("DELETE FROM wh_scenario WHERE id = ?", id);
        }
        System.out.printf("[fuzz] %d endpoints, %d cases, statuses %s, %d bare 400s from the HTTP layer for %%00 in the path%n",
                fuzzed, cases.get(), perStatus, containerRefusals.get());
        accepted.forEach(a -> System.out.println("[fuzz] accepted (2xx): " + a));
        assertTrue(cases.get() > 1000, "too few cases: " + cases.get());
        assertTrue(failures.isEmpty(), failures.size() + " fuzz failures:\n" + String.join("\n", failures.subList(0, Math.min(80, failures.size()))));
    }

    private void pathCases(RolMatrixApiIT.Endpoint endpoint, String user) throws Exception {
        List<String> names = new ArrayList<>();
        Matcher m = RolMatrixApiIT.TEMPLATE_PARAM.matcher(endpoint.template());
        while (m.find()) {
            names.add(m.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            for (String value : List.of("abc", "-1", "0", "9223372036854775808", "1e309", "%00", "%F0%9F%98%80",
                    "%E2%80%AE", "..%2F..%2Fetc%2Fpasswd", "%27%20or%201%3D1--", "x".repeat(2000))) {
                String path = fillWith(endpoint.template(), i, value);
                send(endpoint, user, path, null, null, null, "path {" + names.get(i) + "}=" + abbreviate(value));
            }
        }
    }

    private void queryCases(RolMatrixApiIT.Endpoint endpoint, String user) throws Exception {
        List<String> names = queryParams(endpoint);
        if (names.isEmpty() || endpoint.hasBody()) {
            return;
        }
        List<String> values = List.of("abc", "", "-1", "-9223372036854775809", "9223372036854775808", "1e309", "NaN",
                "2021-02-30", "99999-01-01", "true", UNICODE, "x".repeat(4000), "[1,2]", "{\"a\":1}");
        for (String name : names) {
            for (String value : values) {
                send(endpoint, user, endpoint.path() + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                        null, null, null, "query " + name + "=" + abbreviate(value));
            }
            send(endpoint, user, endpoint.path() + "?" + name + "=1&" + name + "=2", null, null, null, "query " + name + " twice");
        }
        StringBuilder all = new StringBuilder();
        for (String name : names) {
            all.append(all.isEmpty() ? "?" : "&").append(name).append("=%00%FF");
        }
        send(endpoint, user, endpoint.path() + all, null, null, null, "all query params invalid UTF-8");
    }

    private void ifMatchCases(RolMatrixApiIT.Endpoint endpoint, String user) throws Exception {
        boolean ifMatch = Arrays.stream(endpoint.method().getParameters()).anyMatch(p -> p.isAnnotationPresent(HeaderParam.class)
                && p.getAnnotation(HeaderParam.class).value().equalsIgnoreCase("If-Match"));
        if (!ifMatch || ONLY_UNREADABLE.contains(endpoint.source())) {
            return;
        }
        for (String tag : List.of("abc", "\"-1\"", "W/\"9223372036854775808\"", "*", "\"1\", \"2\"", "\"\u00e9\"", " ")) {
            send(endpoint, user, endpoint.path(), endpoint.hasBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null, endpoint.hasBody() ? "application/json" : null,
                    tag, "If-Match " + tag);
        }
    }

    private void bodyCases(RolMatrixApiIT.Endpoint endpoint, String user) throws Exception {
        String json = "application/json";
        boolean isJson = endpoint.consumes().contains("json");
        // Unreadable bodies, for every endpoint that takes one.
        Map<String, byte[]> unreadable = new LinkedHashMap<>();
        unreadable.put("truncated JSON", "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8));
        unreadable.put("empty body", new byte[0]);
        unreadable.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
        unreadable.put("JSON array", "[]".getBytes(StandardCharsets.UTF_8));
        unreadable.put("JSON string", "\"tekst\"".getBytes(StandardCharsets.UTF_8));
        unreadable.put("JSON number", "1e309".getBytes(StandardCharsets.UTF_8));
        unreadable.put("deep array nesting 10k", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        unreadable.put("deep object nesting 10k", ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        unreadable.put("raw NUL and invalid UTF-8", new byte[] {'{', '"', 0, (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'});
        unreadable.put("binary garbage", garbage(4096));
        unreadable.put("UTF-8 BOM + object", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}".getBytes(StandardCharsets.UTF_8)));
        unreadable.put("1 MB malformed", ("{\"a\":\"" + MEGABYTE).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> body : unreadable.entrySet()) {
            if (ONLY_UNREADABLE.contains(endpoint.source()) && (body.getKey().equals("JSON null") || body.getKey().equals("empty body"))) {
                continue; // a readable request: it would really start a run or a generation
            }
            send(endpoint, user, endpoint.path(), body.getValue(), endpoint.consumes(), ifMatchFor(endpoint), body.getKey());
        }
        // Wrong content types.
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=EBCDIC", "")) {
            if (ONLY_UNREADABLE.contains(endpoint.source()) && type.startsWith("application/json")) {
                continue; // "{}" is a readable request there
            }
            send(endpoint, user, endpoint.path(), "{}".getBytes(StandardCharsets.UTF_8), type, ifMatchFor(endpoint), "content type '" + type + "'");
        }
        if (!isJson || ONLY_UNREADABLE.contains(endpoint.source())) {
            if (ONLY_UNREADABLE.contains(endpoint.source())) {
                for (String field : fields(endpoint).keySet()) {
                    send(endpoint, user, endpoint.path(), ("{\"" + field + "\": {\"x\": [true]}}").getBytes(StandardCharsets.UTF_8),
                            json, null, "wrong type object for " + field);
                }
            }
            return;
        }
        // Readable JSON with hostile values, one field at a time; the other fields are left out.
        send(endpoint, user, endpoint.path(), "{\"onbekendVeld\": 1, \"__proto__\": {\"admin\": true}, \"@class\": \"java.lang.Runtime\"}"
                .getBytes(StandardCharsets.UTF_8), json, ifMatchFor(endpoint), "unknown fields");
        Map<String, Type> fields = fields(endpoint);
        for (Map.Entry<String, Type> field : fields.entrySet()) {
            String name = field.getKey();
            boolean text = field.getValue() == String.class;
            List<String> values = new ArrayList<>(List.of("null", "\"abc\"", "true", "{}", "[]", "[[[[1]]]]", "-1", "0",
                    "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1.5", "\"2021-02-30\"", "\"-999999999-01-01\"",
                    Json.createValue(UNICODE).toString(), "\"<script>alert(1)</script>\"", "\"\\u0000\"", "\"   \""));
            values.add(Json.createValue(text ? MEGABYTE : "y".repeat(10_000)).toString());
            for (String value : values) {
                send(endpoint, user, endpoint.path(), ("{\"" + name + "\": " + value + "}").getBytes(StandardCharsets.UTF_8), json,
                        ifMatchFor(endpoint), name + "=" + abbreviate(value));
            }
            send(endpoint, user, endpoint.path(), ("{\"" + name + "\": 1, \"" + name + "\": \"dubbel\"}").getBytes(StandardCharsets.UTF_8),
                    json, ifMatchFor(endpoint), name + " given twice");
        }
    }

    private static String ifMatchFor(RolMatrixApiIT.Endpoint endpoint) {
        boolean wants = Arrays.stream(endpoint.method().getParameters()).anyMatch(p -> p.isAnnotationPresent(HeaderParam.class)
                && p.getAnnotation(HeaderParam.class).value().equalsIgnoreCase("If-Match"));
        return wants ? "\"0\"" : null;
    }

    private void send(RolMatrixApiIT.Endpoint endpoint, String user, String path, byte[] body, String contentType,
                      String ifMatch, String what) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(endpoint.httpMethod(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException e) {
            return; // the client itself refuses the URL or header: nothing reached the server
        } catch (java.io.IOException e) {
            cases.incrementAndGet();
            perStatus.merge("no answer", 1, Integer::sum);
            failures.add(endpoint.describe() + " as " + user + " [" + what + "]: connection closed without an answer (" + e + ")");
            return;
        }
        send(endpoint, user, what, response);
    }

    private void send(RolMatrixApiIT.Endpoint endpoint, String user, String what, HttpResponse<String> response) {
        cases.incrementAndGet();
        int status = response.statusCode();
        perStatus.merge(status / 100 + "xx", 1, Integer::sum);
        String where = endpoint.describe() + " as " + user + " [" + what + "] -> " + status;
        String body = response.body() == null ? "" : response.body();
        if (status >= 500) {
            failures.add(where + ": " + abbreviate(body));
            return;
        }
        Matcher trace = STACK_TRACE.matcher(body.length() > 20_000 ? body.substring(0, 20_000) : body);
        if (status >= 400 && trace.find()) {
            failures.add(where + " leaks '" + trace.group() + "': " + abbreviate(body));
        }
        if (status == 400 && body.isEmpty() && what.endsWith("=%00")) {
            // A NUL byte in the URL path: Grizzly refuses it with a bare 400 before any servlet or
            // error page runs (docs/security.md, open). Nothing reaches the application.
            containerRefusals.incrementAndGet();
            return;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + " is not problem+json (" + type + "): " + abbreviate(body));
                return;
            }
            try {
                JsonObject problem = Json.createReader(new StringReader(body)).readObject();
                if (problem.getString("title", "").isBlank() || problem.getString("detail", "").isBlank()) {
                    failures.add(where + " has no title or detail: " + abbreviate(body));
                }
            } catch (RuntimeException e) {
                failures.add(where + " is not readable JSON: " + abbreviate(body));
            }
        } else if (status < 300 && !endpoint.httpMethod().equals("GET")) {
            accepted.add(where + ": " + abbreviate(body));
            if (endpoint.source().equals("ScenarioResource.create")) {
                scenarios.add(Json.createReader(new StringReader(body)).readObject().getJsonNumber("id").longValue());
            }
        }
    }

    private static String user(RolMatrixApiIT.Endpoint endpoint) {
        for (Map.Entry<String, String> e : USER.entrySet()) {
            if (endpoint.allows(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    static List<String> queryParams(RolMatrixApiIT.Endpoint endpoint) {
        List<String> names = new ArrayList<>();
        for (Parameter p : endpoint.method().getParameters()) {
            if (p.isAnnotationPresent(QueryParam.class)) {
                names.add(p.getAnnotation(QueryParam.class).value());
            } else if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getDeclaredFields()) {
                    if (f.isAnnotationPresent(QueryParam.class)) {
                        names.add(f.getAnnotation(QueryParam.class).value());
                    }
                }
            }
        }
        return names;
    }

    /** The JSON properties of the body type: record components or declared fields. */
    static Map<String, Type> fields(RolMatrixApiIT.Endpoint endpoint) {
        Map<String, Type> fields = new LinkedHashMap<>();
        for (Parameter p : endpoint.method().getParameters()) {
            if (!RolMatrixApiIT.isEntity(p)) {
                continue;
            }
            Class<?> type = p.getType();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    fields.put(c.getName(), c.getGenericType());
                }
            } else if (!type.getName().startsWith("java.") && !type.isArray()) {
                for (Field f : type.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        fields.put(f.getName(), f.getGenericType());
                    }
                }
            }
        }
        return fields;
    }

    /** The template with the i-th parameter set to a raw (already encoded) value and the rest filled as usual. */
    static String fillWith(String template, int index, String value) {
        Matcher matcher = RolMatrixApiIT.TEMPLATE_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (matcher.find()) {
            String replacement = i++ == index ? value : RolMatrixApiIT.fill(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(2060).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + ")" : s;
    }
}
