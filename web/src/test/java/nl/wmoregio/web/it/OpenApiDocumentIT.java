package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wmoregio.shared.Rollen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19: the OpenAPI document the server serves at /wmo/api/v1/openapi.json is valid OpenAPI 3.0 for a real
 * parser (swagger-parser), complete for every resource method the code has, and documents every status the
 * REST tests saw: this class probes each endpoint (anonymous, a refused role, an allowed role with an unknown id
 * and a malformed body) and, because it runs after the other ITs ({@link Order}, before ZzBsnGrepIT), reads the
 * HTTP access log of the whole run. It saves the document to target/openapi/openapi.json, from which the build
 * generates and compiles a Java client (web/pom.xml, profile api-client).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(Integer.MAX_VALUE - 1)
class OpenApiDocumentIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern ACCESS = Pattern.compile("\"(GET|POST|PUT|DELETE|PATCH) (/[^ \"]*) HTTP/[0-9.]+\"\\s+\"?(\\d{3})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployed;

    URL base;

    @org.junit.jupiter.api.BeforeEach
    void base() throws Exception {
        // Under heavy load the Payara Micro connector sometimes misses the deployment line and hands out the
        // server root; the application's context root is fixed (/wmo, ADR 0002).
        String url = deployed.toString();
        base = new URL(url.matches("https?://[^/]+/?") ? url.replaceFirst("/?$", "/wmo/") : url.endsWith("/") ? url : url + "/");
    }

    @Test
    void theDocumentIsValidCompleteAndDocumentsEveryStatusTheTestsSaw() throws Exception {
        HttpResponse<String> json = get("api/v1/openapi.json", null, Map.of("Origin", "https://elders.example"));
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), json.headers().toString());
        assertEquals("*", json.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "CORS-readable");
        Path saved = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, json.body(), StandardCharsets.UTF_8);

        OpenAPI api = parse(json.body(), "openapi.json");
        HttpResponse<String> yaml = get("api/v1/openapi.yaml", null, Map.of());
        assertEquals(200, yaml.statusCode(), yaml.body());
        OpenAPI fromYaml = parse(yaml.body(), "openapi.yaml");
        assertEquals(api.getPaths().keySet(), fromYaml.getPaths().keySet(), "the YAML and JSON documents describe the same paths");

        // The validator is not blind: Payara's own /openapi still carries its non-standard "endpoints" key.
        SwaggerParseResult raw = new OpenAPIV3Parser().readContents(get("/openapi", null, Map.of("Accept", "application/json")).body(), null, options());
        assertTrue(raw.getMessages().stream().anyMatch(m -> m.contains("endpoints")), "the parser reports Payara's endpoints key: " + raw.getMessages());

        // info, version, server base, security (API-56, API-57, API-51)
        assertTrue(SEMVER.matcher(api.getInfo().getVersion()).matches(), api.getInfo().getVersion());
        assertEquals(api.getInfo().getVersion(), json.headers().firstValue("API-Version").orElse(null), "API-Version equals info.version");
        assertNotNull(api.getInfo().getContact(), "contact in info");
        assertNotNull(api.getInfo().getContact().getEmail());
        assertFalse(api.getInfo().getDescription().contains("(later)"), api.getInfo().getDescription());
        assertFalse(api.getServers().isEmpty());
        api.getServers().forEach(s -> assertTrue(s.getUrl().endsWith("/api/v1"), "server base with the major version: " + s.getUrl()));
        assertTrue(api.getComponents().getSecuritySchemes().containsKey("basic"));
        assertFalse(api.getSecurity().isEmpty());

        List<String> failures = new ArrayList<>();
        Map<String, Operation> operations = new TreeMap<>();
        Map<String, List<String>> ids = new TreeMap<>();
        Set<String> declaredTags = api.getTags().stream().map(t -> t.getName()).collect(Collectors.toSet());
        api.getPaths().forEach((path, item) -> {
            if (path.contains(":") || path.endsWith("/") && path.length() > 1) {
                failures.add("path key is not an OpenAPI template: " + path);
            }
            item.readOperationsMap().forEach((verb, op) -> {
                String key = verb + " " + path;
                operations.put(key, op);
                ids.computeIfAbsent(String.valueOf(op.getOperationId()), k -> new ArrayList<>()).add(key);
                if (op.getOperationId() == null || !op.getOperationId().matches("[a-z][A-Za-z0-9]*")) {
                    failures.add(key + ": operationId " + op.getOperationId());
                }
                if (op.getTags() == null || op.getTags().size() != 1 || !declaredTags.contains(op.getTags().get(0))) {
                    failures.add(key + ": one declared tag, not " + op.getTags());
                }
                checkResponses(api, key, op, failures);
                for (String name : templateNames(path)) {
                    boolean declared = op.getParameters() != null && op.getParameters().stream().map(p -> resolve(api, p))
                            .anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
                    if (!declared) {
                        failures.add(key + ": path parameter {" + name + "} not declared as required");
                    }
                }
            });
        });
        ids.forEach((id, keys) -> {
            if (keys.size() > 1) {
                failures.add("operationId " + id + " used " + keys.size() + " times: " + keys);
            }
        });
        assertEquals(declaredTags.size(), api.getTags().size(), "tags are unique");

        // Complete: every resource method the code has is in the document (the same scan as the role matrix).
        List<RolMatrixApiIT.Endpoint> endpoints = RolMatrixApiIT.endpoints();
        for (RolMatrixApiIT.Endpoint e : endpoints) {
            if (!operations.containsKey(e.httpMethod() + " " + docPath(e.template()))) {
                failures.add("not in the document: " + e.describe() + " as " + docPath(e.template()));
            }
        }
        assertTrue(endpoints.size() >= 30 && operations.size() >= endpoints.size(),
                operations.size() + " operations for " + endpoints.size() + " endpoints");

        // Statuses: this test's own probes, then everything the run's access log holds.
        Map<String, Set<Integer>> seen = new TreeMap<>();
        int probes = probe(endpoints, seen);
        Thread.sleep(2500); // the access log is written every second (arquillian.xml --accessLogInterval 1)
        int logged = accessLog(api, seen);
        Map<String, Set<Integer>> undocumented = new TreeMap<>();
        seen.forEach((key, statuses) -> {
            Operation op = operations.get(key);
            if (op == null) {
                return;
            }
            for (int status : statuses) {
                if (!op.getResponses().containsKey(Integer.toString(status)) && !op.getResponses().containsKey("default")) {
                    undocumented.computeIfAbsent(key + " (" + op.getOperationId() + ")", k -> new TreeSet<>()).add(status);
                }
            }
        });
        undocumented.forEach((key, statuses) -> failures.add("undocumented status " + statuses + " seen at " + key));
        System.out.printf("[openapi] %d paths, %d operations, %d schemas; %d probes, %d API requests from the access log; "
                        + "%d operations with an observed status%n", api.getPaths().size(), operations.size(),
                api.getComponents().getSchemas().size(), probes, logged, seen.size());
        long withoutSchema = operations.entrySet().stream().filter(o -> failures.stream()
                .anyMatch(f -> f.startsWith(o.getKey() + " 2") && f.contains("a success without"))).count();
        System.out.printf("[openapi] %d operations with a success schema (or 204/202 only), %d without%n",
                operations.size() - withoutSchema, withoutSchema);
        assertTrue(probes >= endpoints.size(), "probes ran");
        // The status check is live: every operation was probed anonymously, so 401 is seen for each.
        List<String> without401 = operations.keySet().stream().filter(k -> !seen.getOrDefault(k, Set.of()).contains(401)).toList();
        assertTrue(without401.isEmpty(), "probes not matched to their operation: " + without401);
        if (System.getProperty("wmo.it.logs") != null) {
            assertTrue(logged >= probes, "the access log of this run holds at least this test's probes: " + logged);
        }
        assertTrue(failures.isEmpty(), failures.size() + " OpenAPI failures:\n" + String.join("\n", failures));
    }

    @Test
    void everyApiAnswerCarriesTheVersionAndATrailingSlashIsNotFound() throws Exception {
        HttpResponse<String> ok = get("api/v1/gemeenten", "beheerder", Map.of());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("1.0.0", ok.headers().firstValue("API-Version").orElse(null), "API-Version on a 200");

        HttpResponse<String> anonymous = get("api/v1/gemeenten", null, Map.of());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals("1.0.0", anonymous.headers().firstValue("API-Version").orElse(null), "API-Version on a 401 of the authentication");

        HttpResponse<String> refused = get("api/v1/beheer/verwerkingen", "inkoop", Map.of());
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("1.0.0", refused.headers().firstValue("API-Version").orElse(null), "API-Version on a 403");

        for (String path : List.of("api/v1/gemeenten/", "api/v1/regio/", "api/v1/")) {
            HttpResponse<String> slash = get(path, "beheerder", Map.of());
            assertEquals(404, slash.statusCode(), path + " -> " + slash.body());
            assertTrue(slash.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertTrue(slash.body().contains("\"status\":404"), slash.body());
            assertEquals("1.0.0", slash.headers().firstValue("API-Version").orElse(null), path);
        }

        HttpResponse<String> unknown = get("api/v1/bestaat-niet", "beheerder", Map.of());
        assertEquals(404, unknown.statusCode());
        assertEquals("1.0.0", unknown.headers().firstValue("API-Version").orElse(null), "API-Version on a 404 of JAX-RS");
    }

    private void checkResponses(OpenAPI api, String key, Operation op, List<String> failures) {
        if (op.getResponses() == null || op.getResponses().isEmpty()) {
            failures.add(key + ": no responses");
            return;
        }
        if (op.getResponses().containsKey("default")) {
            failures.add(key + ": a default response instead of the statuses");
        }
        if (op.getResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            failures.add(key + ": no success response");
        }
        for (String code : List.of("400", "401", "403", "500", "503")) {
            if (!op.getResponses().containsKey(code)) {
                failures.add(key + ": no " + code);
            }
        }
        op.getResponses().forEach((code, response) -> {
            ApiResponse r = resolve(api, response);
            if (r.getHeaders() == null || !r.getHeaders().containsKey("API-Version")) {
                failures.add(key + " " + code + ": no API-Version header");
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                boolean problem = r.getContent() != null && r.getContent().containsKey("application/problem+json");
                if (!problem && !(r.getContent() != null && r.getContent().containsKey("application/json"))) {
                    failures.add(key + " " + code + ": an error without application/problem+json");
                }
            }
        });
        // Request and response schemas (issue 19): a success with a body names its type; a bare {type: object}
        // is what the filter writes for a jakarta.ws.rs.core.Response whose entity it cannot see.
        op.getResponses().forEach((code, response) -> {
            if (!code.startsWith("2")) {
                return;
            }
            ApiResponse r = resolve(api, response);
            if (r.getContent() == null || r.getContent().isEmpty()) {
                if (!code.equals("204") && !code.equals("202")) {
                    failures.add(key + " " + code + ": a success without a content schema");
                }
                return;
            }
            r.getContent().forEach((media, type) -> {
                if (!hasSchema(type.getSchema())) {
                    failures.add(key + " " + code + " " + media + ": a success without a schema (only " + brief(type.getSchema()) + ")");
                }
            });
        });
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody().getContent().forEach((media, type) -> {
                if (!hasSchema(type.getSchema())) {
                    failures.add(key + " request " + media + ": a body without a schema");
                }
            });
        }
        boolean ifMatch = op.getParameters() != null && op.getParameters().stream().map(p -> resolve(api, p))
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()));
        if (ifMatch && !(op.getResponses().containsKey("412") && op.getResponses().containsKey("428"))) {
            failures.add(key + ": If-Match without 412 and 428");
        }
    }

    /**
     * A schema that says something: a $ref to a component, a scalar or string (a file, CSV, XML), an array with
     * such items, a map with typed values or an object with properties. Not null, not a bare {type: object}.
     */
    @SuppressWarnings("rawtypes")
    private static boolean hasSchema(io.swagger.v3.oas.models.media.Schema schema) {
        if (schema == null) {
            return false;
        }
        if (schema.get$ref() != null) {
            return true;
        }
        if ("array".equals(schema.getType())) {
            return hasSchema(schema.getItems());
        }
        if (schema.getType() == null || "object".equals(schema.getType())) {
            boolean properties = schema.getProperties() != null && !schema.getProperties().isEmpty();
            boolean map = schema.getAdditionalProperties() instanceof io.swagger.v3.oas.models.media.Schema<?> values && hasSchema(values);
            return properties || map || (schema.getAllOf() != null && !schema.getAllOf().isEmpty())
                    || (schema.getOneOf() != null && !schema.getOneOf().isEmpty());
        }
        return true;
    }

    @SuppressWarnings("rawtypes")
    private static String brief(io.swagger.v3.oas.models.media.Schema schema) {
        if (schema == null) {
            return "no schema";
        }
        return "array".equals(schema.getType()) ? "array of " + brief(schema.getItems()) : "type: " + schema.getType();
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        return response.get$ref() == null ? response
                : api.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }

    private static Parameter resolve(OpenAPI api, Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : api.getComponents().getParameters().get(parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1));
    }

    /** Anonymous, a refused role, and an allowed role with an unknown id and (for writes) a malformed body. */
    private int probe(List<RolMatrixApiIT.Endpoint> endpoints, Map<String, Set<Integer>> seen) throws Exception {
        int calls = 0;
        for (RolMatrixApiIT.Endpoint e : endpoints) {
            String key = e.httpMethod() + " " + docPath(e.template());
            List<String> users = new ArrayList<>();
            users.add(null);
            Rollen.ALLE.stream().filter(r -> !e.allows(r)).findFirst().ifPresent(r -> users.add(user(r)));
            boolean writes = !e.httpMethod().equals("GET");
            if (!writes || e.hasBody()) {
                Rollen.ALLE.stream().filter(e::allows).findFirst().ifPresent(r -> users.add(user(r)));
            }
            for (String user : users) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + e.path())).timeout(Duration.ofSeconds(30));
                if (user != null) {
                    request.header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                if (e.hasBody()) {
                    request.header("Content-Type", e.consumes()).method(e.httpMethod(), HttpRequest.BodyPublishers.ofString("{\"<onvolledig"));
                } else {
                    request.method(e.httpMethod(), HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                seen.computeIfAbsent(key, k -> new TreeSet<>()).add(response.statusCode());
                calls++;
            }
        }
        return calls;
    }

    private static String user(String role) {
        return role.equals(Rollen.GEMEENTE) ? "gemeente.oss" : role.toLowerCase();
    }

    /** Every API request of this failsafe run (all ITs so far), matched to the most literal path template. */
    private int accessLog(OpenAPI api, Map<String, Set<Integer>> seen) throws Exception {
        String dir = System.getProperty("wmo.it.logs");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            return 0;
        }
        List<Map.Entry<Pattern, String>> templates = new ArrayList<>();
        api.getPaths().keySet().stream()
                .sorted(Comparator.comparing((String p) -> templateNames(p).size()).thenComparing(Comparator.reverseOrder()))
                .forEach(p -> templates.add(Map.entry(Pattern.compile(
                        Pattern.quote(p).replaceAll("\\{\\w[\\w.-]*}", "\\\\E[^/]+\\\\Q")), p)));
        String prefix = URI.create(base.toString()).getPath() + "api/v1";
        int count = 0;
        List<Path> logs;
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            logs = files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().contains("access")).toList();
        }
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                Matcher m = ACCESS.matcher(line);
                if (!m.find()) {
                    continue;
                }
                String url = m.group(2);
                int query = url.indexOf('?');
                String path = query < 0 ? url : url.substring(0, query);
                if (!path.startsWith(prefix + "/")) {
                    continue;
                }
                String relative = path.substring(prefix.length());
                count++;
                for (Map.Entry<Pattern, String> t : templates) {
                    if (t.getKey().matcher(relative).matches()) {
                        PathItem item = api.getPaths().get(t.getValue());
                        if (item.readOperationsMap().containsKey(PathItem.HttpMethod.valueOf(m.group(1)))) {
                            seen.computeIfAbsent(m.group(1) + " " + t.getValue(), k -> new TreeSet<>()).add(Integer.parseInt(m.group(3)));
                        }
                        break;
                    }
                }
            }
        }
        return count;
    }

    /** "api/v1/warehouse/{tabel: a|b}" as the document names it: "/warehouse/{tabel}". */
    static String docPath(String template) {
        Matcher m = RolMatrixApiIT.TEMPLATE_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("{" + m.group(1) + "}"));
        }
        m.appendTail(out);
        String path = "/" + out.toString().replaceAll("^/+|/+$", "");
        return path.startsWith("/api/v1/") ? path.substring("/api/v1".length()) : path;
    }

    private static List<String> templateNames(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w[\\w.-]*)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static ParseOptions options() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return options;
    }

    private static OpenAPI parse(String body, String what) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(body, null, options());
        assertNotNull(result.getOpenAPI(), what + " is not OpenAPI: " + result.getMessages());
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), what + " is not valid OpenAPI 3.0: " + result.getMessages());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3.0."), result.getOpenAPI().getOpenapi());
        return result.getOpenAPI();
    }

    private HttpResponse<String> get(String path, String user, Map<String, String> headers) throws Exception {
        String url = path.startsWith("/") ? base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path : base + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
