package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HeaderParam;
import java.io.StringReader;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import nl.wmoregio.shared.Rollen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gemeente isolation, generated from the endpoint list: gemeente.oss calls every endpoint its role
 * allows with the ids of Bernheze's client data (client, indicatie, doel, CEO round) in every path
 * parameter, Bernheze's id / CBS code in every gemeente filter, and, for writes, bodies that name
 * Bernheze. No answer may carry Bernheze's client data (pseudoniemen, CEO respondent keys, rows of
 * Bernheze in client-level or warehouse tables), and no Bernheze row may be created or changed.
 * Own data: Bernheze client + indicatie + doel in year 2060 and a Bernheze CEO round 2060.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GemeenteIsolatieApiIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Reference data every role may see (gemeenten, regio, products, contracts, aanbieders): no client data. */
    private static final List<String> REFERENTIE = List.of("api/v1/gemeenten", "api/v1/regio", "api/v1/productgroepen",
            "api/v1/contracten", "api/v1/aanbieders", "api/v1/producten", "api/v1/tarieven", "api/v1/procedures",
            "api/v1/toezicht/toetsingskaders", "api/v1/toezicht/instelling", "api/v1/ceo/vragen", "api/v1/warehouse/keuzes");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    long bernheze;
    long client;
    long indicatie;
    long doel;
    long ronde;
    final Set<String> geheim = new LinkedHashSet<>();

    @Test
    void gemeenteOssReachesNoClientDataOfBernhezeThroughAnyEndpoint() throws Exception {
        fixture();
        Map<String, Long> voor = bernhezeCounts();
        List<RolMatrixApiIT.Endpoint> endpoints = RolMatrixApiIT.endpoints().stream().filter(e -> e.allows(Rollen.GEMEENTE)).toList();
        assertTrue(endpoints.size() >= 15, "GEMEENTE endpoints found: " + endpoints.size());
        List<String> failures = new ArrayList<>();
        int calls = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<Long> ids = List.of(client, indicatie, doel, ronde, bernheze);
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        for (RolMatrixApiIT.Endpoint endpoint : endpoints) {
            List<String> paths = new ArrayList<>();
            List<Integer> idParams = idParams(endpoint.template());
            if (idParams.isEmpty()) {
                paths.add(endpoint.path());
            }
            for (int i : idParams) {
                for (long id : ids) {
                    paths.add(FuzzApiIT.fillWith(endpoint.template(), i, Long.toString(id)));
                }
            }
            List<String> gemeenteFilters = FuzzApiIT.queryParams(endpoint).stream().filter(q -> q.toLowerCase().contains("gemeente")).toList();
            List<String> queries = new ArrayList<>();
            queries.add("");
            for (String q : gemeenteFilters) {
                for (String value : List.of(Long.toString(bernheze), "GM1721", "1721", "Bernheze")) {
                    queries.add(q + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            if (FuzzApiIT.queryParams(endpoint).contains("pseudoniem")) {
                queries.add("pseudoniem=" + geheim.iterator().next().substring(0, 12));
            }
            // issue 16: parameters combined - every gemeente filter at once, the own gemeente and Bernheze in one
            // parameter given twice (either order), and a Bernheze filter together with each other query parameter
            if (!gemeenteFilters.isEmpty()) {
                queries.add(String.join("&", gemeenteFilters.stream().map(q -> q + "=" + bernheze).toList()));
                for (String q : gemeenteFilters) {
                    queries.add(q + "=" + oss + "&" + q + "=" + bernheze);
                    queries.add(q + "=" + bernheze + "&" + q + "=" + oss);
                    for (String ander : FuzzApiIT.queryParams(endpoint)) {
                        if (ander.equals(q) || gemeenteFilters.contains(ander)) {
                            continue;
                        }
                        String waarde = ander.equals("pseudoniem") ? geheim.iterator().next().substring(0, 12)
                                : ander.toLowerCase().contains("jaar") ? "2023"
                                : ander.toLowerCase().endsWith("id") ? Long.toString(client) : "2023-01-01";
                        queries.add(q + "=" + bernheze + "&" + ander + "=" + URLEncoder.encode(waarde, StandardCharsets.UTF_8));
                    }
                }
            }
            queries.add("jaar=2060");
            for (String path : paths) {
                for (String query : queries) {
                    String url = path + (query.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + query);
                    HttpResponse<String> r = call(endpoint, url);
                    calls++;
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    check(endpoint, url, r, failures);
                }
            }
        }
        Map<String, Long> na = bernhezeCounts();
        assertEquals(voor, na, "Bernheze's rows changed through gemeente.oss");
        System.out.printf("[isolatie] %d GEMEENTE endpoints, %d calls as gemeente.oss with Bernheze ids/filters, statuses %s%n",
                endpoints.size(), calls, statuses);
        assertTrue(failures.isEmpty(), failures.size() + " isolation failures:\n" + String.join("\n", failures));
    }

    private void check(RolMatrixApiIT.Endpoint endpoint, String url, HttpResponse<String> r, List<String> failures) {
        String where = endpoint.httpMethod() + " " + url + " -> " + r.statusCode();
        String body = r.body() == null ? "" : r.body();
        if (r.statusCode() >= 500) {
            failures.add(where + ": " + FuzzApiIT.abbreviate(body));
        }
        for (String s : geheim) {
            if (body.contains(s)) {
                failures.add(where + " shows Bernheze client data " + s + ": " + FuzzApiIT.abbreviate(body));
            }
        }
        boolean referentie = REFERENTIE.stream().anyMatch(p -> url.startsWith(p + "?") || url.equals(p) || url.startsWith(p + "/"));
        if (r.statusCode() < 300 && !referentie && !endpoint.source().equals("CeoResource.benchmark")) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json")) {
                try {
                    JsonStructure json = Json.createReader(new StringReader(body)).read();
                    if (namesBernheze(json)) {
                        failures.add(where + " has a Bernheze row: " + FuzzApiIT.abbreviate(body));
                    }
                } catch (RuntimeException e) {
                    // not JSON after all
                }
            } else if (body.contains("GM1721") || body.contains("Bernheze")) {
                failures.add(where + " (" + type + ") names Bernheze: " + FuzzApiIT.abbreviate(body));
            }
        }
    }

    /** A row (object) of Bernheze: its gemeente id, CBS code or name in a gemeente field. */
    private boolean namesBernheze(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().anyMatch(this::namesBernheze);
        }
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                String key = e.getKey().toLowerCase();
                String v = e.getValue().toString().replace("\"", "");
                if (key.contains("gemeente") && (v.equals(Long.toString(bernheze)) || v.equals("GM1721") || v.equals("Bernheze"))) {
                    return true;
                }
                if (namesBernheze(e.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private HttpResponse<String> call(RolMatrixApiIT.Endpoint endpoint, String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("gemeente.oss:wmo-demo".getBytes(StandardCharsets.UTF_8)));
        boolean ifMatch = Arrays.stream(endpoint.method().getParameters()).anyMatch(p -> p.isAnnotationPresent(HeaderParam.class)
                && p.getAnnotation(HeaderParam.class).value().equalsIgnoreCase("If-Match"));
        if (ifMatch) {
            request.header("If-Match", "\"0\"");
        }
        if (endpoint.hasBody()) {
            String type = endpoint.consumes();
            String body = type.contains("json") ? body(endpoint) : "respondent;vraag;antwoord\n";
            request.header("Content-Type", type).method(endpoint.httpMethod(), HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(endpoint.httpMethod(), HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A plausible body that names Bernheze wherever a gemeente or client is asked for. */
    private String body(RolMatrixApiIT.Endpoint endpoint) {
        var json = Json.createObjectBuilder();
        for (Map.Entry<String, Type> f : FuzzApiIT.fields(endpoint).entrySet()) {
            String n = f.getKey().toLowerCase();
            Type t = f.getValue();
            if (n.contains("gemeente") && n.contains("cbs")) {
                json.add(f.getKey(), "GM1721");
            } else if (n.contains("gemeente")) {
                json.add(f.getKey(), bernheze);
            } else if (n.contains("client")) {
                json.add(f.getKey(), client);
            } else if (n.equals("bsn")) {
                json.add(f.getKey(), "999990020");
            } else if (n.equals("jaar")) {
                json.add(f.getKey(), 2060);
            } else if (n.contains("geboortejaar")) {
                json.add(f.getKey(), 1960);
            } else if (t == String.class) {
                json.add(f.getKey(), n.equals("segment") ? "2" : n.equals("productcode") ? "01A01" : "Isolatie 2060");
            } else if (t == java.time.LocalDate.class) {
                json.add(f.getKey(), "2060-01-01");
            } else if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
                json.add(f.getKey(), 10);
            }
        }
        return json.build().toString();
    }

    private void fixture() throws Exception {
        bernheze = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM1721'");
        String pseudoniem = "b1517e" + "0".repeat(54) + "2060";
        Database.update("INSERT IGNORE INTO client (pseudoniem, geboortejaar, gemeente_id, segment) VALUES (?, 1960, ?, '2')", pseudoniem, bernheze);
        client = Database.number("SELECT id FROM client WHERE pseudoniem = ?", pseudoniem);
        long aanbieder = Database.number("SELECT MIN(id) FROM aanbieder");
        String product = (String) Database.rows("SELECT MIN(code) FROM product").get(0).get(0);
        indicatie = Database.number("SELECT MIN(id) FROM indicatie WHERE client_id = ?", client);
        if (indicatie <= 0) {
            Database.update("INSERT INTO indicatie (client_id, gemeente_id, product_code, aanbieder_id, van, tot) VALUES (?, ?, ?, ?, '2060-01-01', '2060-12-31')",
                    client, bernheze, product, aanbieder);
            indicatie = Database.number("SELECT MIN(id) FROM indicatie WHERE client_id = ?", client);
        }
        doel = Database.number("SELECT MIN(id) FROM doel WHERE indicatie_id = ?", indicatie);
        if (doel <= 0) {
            Database.update("INSERT INTO doel (indicatie_id, leefgebied, omschrijving) VALUES (?, 'WONEN', 'Isolatie 2060')", indicatie);
            doel = Database.number("SELECT MIN(id) FROM doel WHERE indicatie_id = ?", indicatie);
        }
        // A Bernheze CEO round with a sample, made by the controller.
        ronde = Database.number("SELECT MIN(r.id) FROM ceo_ronde r WHERE r.gemeente_id = ? AND r.jaar = 2060", bernheze);
        if (ronde <= 0) {
            CeoApiIT.bevolking("GM1721", 2060, Map.of("01HV", 3));
            Http controller = new Http(base).as("controller");
            Http.Response created = controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM1721\",\"jaar\":2060,\"omvang\":100,\"seed\":7}");
            assertEquals(201, created.status(), created.body());
            ronde = created.json().getJsonNumber("id").longValue();
            Http.Response getrokken = controller.postIfMatch("api/v1/ceo/rondes/" + ronde + "/steekproef", created.header("ETag"), "");
            assertEquals(200, getrokken.status(), getrokken.body());
        }
        geheim.add(pseudoniem);
        for (List<Object> row : Database.rows("SELECT pseudoniem FROM client WHERE gemeente_id = ? LIMIT 3000", bernheze)) {
            geheim.add((String) row.get(0));
        }
        geheim.addAll(CeoApiIT.respondenten(ronde));
    }

    private Map<String, Long> bernhezeCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("client", Database.number("SELECT COUNT(*) FROM client WHERE gemeente_id = ?", bernheze));
        counts.put("client versions", Database.number("SELECT COALESCE(SUM(version), 0) FROM client WHERE gemeente_id = ?", bernheze));
        counts.put("indicatie", Database.number("SELECT COUNT(*) FROM indicatie WHERE gemeente_id = ?", bernheze));
        counts.put("indicatie versions", Database.number("SELECT COALESCE(SUM(version), 0) FROM indicatie WHERE gemeente_id = ?", bernheze));
        counts.put("doel", Database.number("SELECT COUNT(*) FROM doel d JOIN indicatie i ON i.id = d.indicatie_id WHERE i.gemeente_id = ?", bernheze));
        counts.put("evaluatie", Database.number("SELECT COUNT(*) FROM doel_evaluatie e JOIN doel d ON d.id = e.doel_id "
                + "JOIN indicatie i ON i.id = d.indicatie_id WHERE i.gemeente_id = ?", bernheze));
        counts.put("ceo_ronde", Database.number("SELECT COUNT(*) FROM ceo_ronde WHERE gemeente_id = ?", bernheze));
        counts.put("ceo_ronde versions", Database.number("SELECT COALESCE(SUM(version), 0) FROM ceo_ronde WHERE gemeente_id = ?", bernheze));
        counts.put("ceo_vraag", Database.number("SELECT COUNT(*) FROM ceo_vraag WHERE gemeente_id = ?", bernheze));
        counts.put("ceo_antwoord", Database.number("SELECT COUNT(*) FROM ceo_antwoord a JOIN ceo_steekproef s ON s.id = a.steekproef_id "
                + "JOIN ceo_ronde r ON r.id = s.ronde_id WHERE r.gemeente_id = ?", bernheze));
        return counts;
    }

    /** Positions of the template parameters that take an id; a choice of literals ({tabel: a|b}) does not. */
    private static List<Integer> idParams(String template) {
        List<Integer> positions = new ArrayList<>();
        Matcher m = RolMatrixApiIT.TEMPLATE_PARAM.matcher(template);
        for (int i = 0; m.find(); i++) {
            if (m.group(2) == null || !m.group(2).matches("[\\w\\s|]+")) {
                positions.add(i);
            }
        }
        return positions;
    }
}
