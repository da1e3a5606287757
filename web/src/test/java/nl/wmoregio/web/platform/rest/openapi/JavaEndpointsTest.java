package nl.wmoregio.web.platform.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facts the OpenAPI filter derives from the code, checked without a server (fast feedback for issue 19). */
class JavaEndpointsTest {

    @Test
    void regexTemplatesAndTheBaseAreNormalized() {
        Map<String, String> regexes = new HashMap<>();
        assertEquals("/warehouse/{tabel}/export", JavaEndpoints.normalize("/api/v1/warehouse/{tabel: indicatoren|kosten}/export/", regexes));
        assertEquals("indicatoren|kosten", regexes.get("tabel"));
        assertEquals("/gemeenten/{id}", JavaEndpoints.normalize("api/v1//gemeenten/{ id }", null));
        assertEquals("/x/{n}", JavaEndpoints.normalize("/x/{n: [0-9]{1,4}}", regexes));
        assertEquals("[0-9]{1,4}", regexes.get("n"));
    }

    @Test
    void everyResourceMethodGetsAUniqueOperationIdAndAComponentTag() {
        List<JavaEndpoints.Endpoint> endpoints = JavaEndpoints.scan(JavaEndpointsTest.class.getClassLoader());
        assertTrue(endpoints.size() >= 30, "the scan finds the API: " + endpoints.size());
        Map<String, List<String>> byId = endpoints.stream().collect(Collectors.groupingBy(JavaEndpoints.Endpoint::operationId,
                Collectors.mapping(JavaEndpoints.Endpoint::key, Collectors.toList())));
        List<String> duplicates = byId.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList();
        // The filter appends the verb on a clash; a clash of verb too would be a duplicate the IT reports.
        List<String> sameVerb = byId.values().stream().filter(keys -> keys.size() > 1
                && keys.stream().map(k -> k.substring(0, k.indexOf(' '))).distinct().count() < keys.size()).map(Object::toString).toList();
        assertTrue(sameVerb.isEmpty(), "operationIds that stay duplicate: " + sameVerb + " (all clashes: " + duplicates + ")");
        for (JavaEndpoints.Endpoint e : endpoints) {
            assertTrue(e.path().startsWith("/") && !e.path().startsWith("/api/") && !e.path().contains(":"), e.key());
            assertTrue(e.component().matches("[a-z]+"), e.key() + " component " + e.component());
            assertTrue(e.operationId().matches("[a-z][A-Za-z0-9]*"), e.operationId());
        }
        assertTrue(endpoints.stream().anyMatch(e -> e.operationId().equals("gemeenteZoek") && e.component().equals("regio")
                && e.key().equals("GET /gemeenten")), "GemeenteResource.zoek");
    }
}
