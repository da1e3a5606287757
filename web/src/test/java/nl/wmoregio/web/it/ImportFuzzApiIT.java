package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile files for the two importers: iWmo XML (truncated, billion laughs, external entities to a
 * local file and to an HTTP server this test runs, wrong encoding declarations, UTF-16, over the
 * size limit) and CEO CSV (truncated, wrong delimiter - comma is accepted by design -, binary, wrong encoding, huge line,
 * over the limit). Each refusal is a clear problem+json (or the CEO per-line report), no 5xx, no stack
 * trace, and the tables the importers write hold exactly as many rows afterwards.
 * Own data: gemeente GM9460 ("Fuzz Zestig") and year 2060.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportFuzzApiIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void hostileIwmoFilesAreRefusedClearlyAndStoreNothing() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer lokaal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lokaal.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        lokaal.start();
        try {
            String geldig = IwmoBerichten.wmo323("99999999", "0828", 100,
                    IwmoBerichten.client323("999999990", IwmoBerichten.prestatie("R1", 999999999L, "01", "01A01",
                            "2060-01-01", "2060-01-31", 1, "14", 100L, 100)));
            String kop = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
            String zonderKop = geldig.substring(geldig.indexOf('\n') + 1);
            String http = "http://127.0.0.1:" + lokaal.getAddress().getPort() + "/xxe";
            Map<String, byte[]> cases = new LinkedHashMap<>();
            cases.put("truncated halfway", utf8(geldig.substring(0, geldig.length() / 2)));
            cases.put("truncated after one byte", utf8("<"));
            cases.put("empty", new byte[0]);
            cases.put("billion laughs", utf8(kop + "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                    + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                    + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                    + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                    + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                    + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                    + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                    + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>\n"
                    + zonderKop.replace("99999999</wmo323:Afzender>", "&lol9;</wmo323:Afzender>")));
            cases.put("XXE local file", utf8(kop + "<!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + zonderKop.replace("99999999</wmo323:Afzender>", "&x;</wmo323:Afzender>")));
            cases.put("XXE http", utf8(kop + "<!DOCTYPE b [<!ENTITY x SYSTEM \"" + http + "\">]>\n"
                    + zonderKop.replace("99999999</wmo323:Afzender>", "&x;</wmo323:Afzender>")));
            cases.put("external DTD over http", utf8(kop + "<!DOCTYPE b SYSTEM \"" + http + "\">\n" + zonderKop));
            cases.put("parameter entity over http", utf8(kop + "<!DOCTYPE b [<!ENTITY % p SYSTEM \"" + http + "\"> %p;]>\n" + zonderKop));
            cases.put("XInclude", utf8(zonderKop.replace("<wmo323:Clienten>",
                    "<wmo323:Clienten><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + http + "\"/>")));
            cases.put("schemaLocation over http", utf8(geldig.replace("xmlns:iwmo=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema " + http + "\" xmlns:iwmo=")
                    .replace("<wmo323:Clienten>", "<wmo323:Onbekend/><wmo323:Clienten>")));
            cases.put("declared UTF-8, bytes Latin-1", concatLatin1(geldig.replace("R1</iwmo:ReferentieNummer>", "R\u00e9</iwmo:ReferentieNummer>")));
            cases.put("declared ISO-8859-1, invalid encoding name", utf8(geldig.replace("encoding=\"UTF-8\"", "encoding=\"NIET-BESTAAND-42\"")));
            cases.put("declared UTF-16 but UTF-8 bytes", utf8(geldig.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")));
            cases.put("UTF-16 BOM, truncated", bytes(geldig.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                    .substring(0, geldig.length() - 40), StandardCharsets.UTF_16));
            cases.put("binary garbage", garbage(10_000));
            cases.put("NUL bytes in XML", utf8(geldig.replace("R1</", "R\u0000</")));
            cases.put("11 MB (> 10 MB limit)", utf8(geldig.replace("<wmo323:Clienten>", "<!--" + "x".repeat(11 * 1024 * 1024) + "--><wmo323:Clienten>")));
            cases.put("deep nesting 100k", utf8(kop + "<a>".repeat(100_000) + "</a>".repeat(100_000)));

            String[] tabellen = {"iwmo_bericht", "declaratie_regel", "indicatie", "client"};
            long[] voor = counts(tabellen);
            List<String> failures = new ArrayList<>();
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> c : cases.entrySet()) {
                for (String type : List.of("application/xml", "text/xml; charset=UTF-8", "application/octet-stream")) {
                    HttpResponse<String> r = post("beheerder", "api/v1/iwmo/berichten", type, c.getValue());
                    if (r == null) {
                        failures.add("iWmo " + c.getKey() + " as " + type + ": connection closed without an answer");
                        statuses.put(c.getKey() + " (" + type + ")", -1);
                        continue;
                    }
                    statuses.put(c.getKey() + " (" + type + ")", r.statusCode());
                    check("iWmo " + c.getKey() + " as " + type, r, failures);
                    if (r.body().contains("root:x:0:0")) {
                        failures.add("iWmo " + c.getKey() + ": /etc/passwd leaked");
                    }
                }
            }
            long[] na = counts(tabellen);
            for (int i = 0; i < tabellen.length; i++) {
                assertEquals(voor[i], na[i], tabellen[i] + " changed: something was (partly) stored");
            }
            assertEquals(0, fetched.get(), "the server fetched an external entity / DTD / schema from our HTTP server");
            System.out.printf("[fuzz-import] iWmo: %d files x 3 content types = %d cases: %s%n", cases.size(), statuses.size(), statuses);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        } finally {
            lokaal.stop(0);
        }
    }

    @Test
    void hostileCeoFilesAreRefusedClearlyAndStoreNothing() throws Exception {
        Database.update("INSERT INTO gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op) SELECT r.id, "
                + "'GM9460', 'Fuzz Zestig', '2020-01-01', NOW(), NOW() FROM regio r WHERE NOT EXISTS (SELECT 1 FROM gemeente WHERE cbs_code = 'GM9460') ORDER BY r.id LIMIT 1");
        CeoApiIT.bevolking("GM9460", 2060, Map.of("01HV", 4));
        Http controller = new Http(base).as("controller");
        Http.Response created = controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM9460\",\"jaar\":2060,\"omvang\":100,\"seed\":7}");
        long ronde;
        if (created.status() == 201) {
            ronde = created.json().getJsonNumber("id").longValue();
            Http.Response getrokken = controller.postIfMatch("api/v1/ceo/rondes/" + ronde + "/steekproef", created.header("ETag"), "");
            assertEquals(200, getrokken.status(), getrokken.body());
        } else {
            ronde = Database.number("SELECT r.id FROM ceo_ronde r JOIN gemeente g ON g.id = r.gemeente_id WHERE g.cbs_code = 'GM9460' AND r.jaar = 2060");
        }
        String respondent = CeoApiIT.respondenten(ronde).get(0);
        String kop = "respondent;vraag;antwoord\n";
        String goed = kop + respondent + ";V01;4\n";
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("truncated header", utf8("respondent;vr"));
        cases.put("truncated line", utf8(kop + respondent + ";V0"));
        cases.put("header only, cut off", utf8("respondent;vraag;antw\n"));
        cases.put("pipe delimiter", utf8(goed.replace(';', '|')));
        cases.put("tab delimiter", utf8(goed.replace(';', '\t')));
        cases.put("binary garbage", garbage(20_000));
        cases.put("NUL bytes", utf8(goed.replace("V01", "V\u000001")));
        cases.put("Latin-1 bytes declared UTF-8", concatLatin1(goed + respondent + ";V02;\u00e9\u00e9n\n"));
        cases.put("UTF-16 with BOM declared UTF-8", bytes(goed, StandardCharsets.UTF_16));
        cases.put("huge line 2 MB", utf8(kop + respondent + ";V01;" + "9".repeat(2 * 1024 * 1024) + "\n"));
        cases.put("huge field count", utf8(kop + (respondent + ";").repeat(50_000) + "\n"));
        cases.put("100k lines of nonsense", utf8(kop + "a;b;c\n".repeat(100_000)));
        cases.put("formula injection", utf8(kop + "=cmd|' /C calc'!A0;V01;4\n"));
        cases.put("11 MB (> 10 MB limit)", utf8(kop + "x;y;z\n".repeat(2 * 1024 * 1024)));
        long voor = CeoApiIT.antwoorden(ronde);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            for (String type : List.of("text/csv; charset=UTF-8", "text/plain", "text/csv; charset=NIET-BESTAAND")) {
                HttpResponse<String> r = post("controller", "api/v1/ceo/rondes/" + ronde + "/antwoorden", type, c.getValue());
                if (r == null) {
                    failures.add("CEO " + c.getKey() + " as " + type + ": connection closed without an answer");
                    statuses.put(c.getKey() + " (" + type + ")", -1);
                    continue;
                }
                statuses.put(c.getKey() + " (" + type + ")", r.statusCode());
                if (r.statusCode() == 422) {
                    JsonObject rapport = Json.createReader(new StringReader(r.body())).readObject();
                    if (rapport.getBoolean("verwerkt") || rapport.getJsonArray("fouten").isEmpty()) {
                        failures.add("CEO " + c.getKey() + ": a 422 without errors: " + FuzzApiIT.abbreviate(r.body()));
                    }
                } else {
                    check("CEO " + c.getKey() + " as " + type, r, failures);
                }
                if (r.statusCode() < 300) {
                    failures.add("CEO " + c.getKey() + " as " + type + " was accepted: " + FuzzApiIT.abbreviate(r.body()));
                }
            }
        }
        System.out.printf("[fuzz-import] CEO: %d files x 3 content types = %d cases: %s%n", cases.size(), statuses.size(), statuses);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(voor, CeoApiIT.antwoorden(ronde), "answers were (partly) stored from a hostile file");
    }

    private static void check(String what, HttpResponse<String> r, List<String> failures) {
        int status = r.statusCode();
        if (status >= 500 || status < 400) {
            failures.add(what + " -> " + status + ": " + FuzzApiIT.abbreviate(r.body()));
            return;
        }
        Matcher trace = FuzzApiIT.STACK_TRACE.matcher(r.body());
        if (trace.find()) {
            failures.add(what + " leaks '" + trace.group() + "': " + FuzzApiIT.abbreviate(r.body()));
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(what + " -> " + status + " not problem+json: " + FuzzApiIT.abbreviate(r.body()));
            return;
        }
        JsonObject problem = Json.createReader(new StringReader(r.body())).readObject();
        if (problem.getString("title", "").isBlank() || problem.getString("detail", "").isBlank()) {
            failures.add(what + " has no title/detail: " + r.body());
        }
    }

    /** The answer, or null when the server closed the connection without one. */
    private HttpResponse<String> post(String user, String path, String type, byte[] body) throws Exception {
        try {
            return send(user, path, type, body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private HttpResponse<String> send(String user, String path, String type, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long[] counts(String... tabellen) throws Exception {
        long[] counts = new long[tabellen.length];
        for (int i = 0; i < tabellen.length; i++) {
            counts[i] = Database.number("SELECT COUNT(*) FROM " + tabellen[i]);
        }
        return counts;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s, Charset charset) {
        return s.getBytes(charset);
    }

    private static byte[] concatLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(2060).nextBytes(bytes);
        return bytes;
    }
}
