package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmoregio.iwmo.control.DemoBsnBron;
import nl.wmoregio.toegang.control.BsnVersleuteling;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No BSN anywhere it must not be (issue 8), checked after the other integration tests of the same
 * failsafe run (last by {@link Order}, see junit-platform.properties, and last by name): every BSN
 * the database knows (the stored ones decrypted with the TEST key from the failsafe environment,
 * plus the synthetic BSNs iWmo gives demo clients) is searched, as a 9-digit token, in
 * <ul>
 *   <li>the Payara Micro server log and HTTP access log of this run (arquillian.xml: --logToFile
 *       and --accessLog into target/it-logs; the access log holds every URL the tests called);</li>
 *   <li>every text column of every table of the database, audit trail, access log and warehouse
 *       tables included (skipped: client.bsn_versleuteld, the encrypted BSN, and iwmo_uitbak.inhoud, the
 *       WMO301 waiting for its provider);</li>
 *   <li>the application's exports: the access log CSV, every CEO sample CSV, every warehouse table
 *       CSV and the client list.</li>
 * </ul>
 * The WMO301 export is left out on purpose: the toewijzing to a provider carries the BSN by law.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(Integer.MAX_VALUE)
class ZzBsnGrepIT {

    static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** What was searched and how many BSNs were found there; printed for docs/security.md. */
    final Map<String, long[]> telling = new LinkedHashMap<>();
    final Map<String, Integer> treffers = new TreeMap<>();

    @Test
    void noBsnInLogsUrlsTablesOrExports() throws Exception {
        Set<String> bsns = bsns();
        assertTrue(bsns.size() >= 10, "BSNs to look for: " + bsns.size());
        assertTrue(vind("regel met " + bsns.iterator().next() + ";", bsns) == 1, "the search itself finds a BSN");

        Path logs = Path.of(System.getProperty("wmo.it.logs"));
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(logs)) {
            bestanden = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lck")).toList();
        }
        long serverLog = 0;
        long accessLog = 0;
        for (Path f : bestanden) {
            String tekst = Files.readString(f, StandardCharsets.ISO_8859_1);
            boolean toegang = f.getFileName().toString().contains("access");
            tel(toegang ? "HTTP access log (URLs)" : "Payara server log", tekst.lines().count(), vind(tekst, bsns), f.toString());
            if (toegang) {
                accessLog += tekst.lines().count();
            } else {
                serverLog += tekst.lines().count();
            }
        }
        assertTrue(serverLog > 100, "the server log of this run was found in " + logs + ": " + bestanden);
        assertTrue(accessLog >= 10, "the access log of this run was found in " + logs + ": " + bestanden);

        try (Connection c = db()) {
            tabellen(c, bsns);
        }

        Http beheerder = new Http(base).as("beheerder");
        Http controller = new Http(base).as("controller");
        export("export: verwerkingenlog CSV", beheerder.get("api/v1/beheer/verwerkingen/export.csv"), bsns);
        List<Long> rondes = new ArrayList<>();
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select distinct ronde_id from ceo_steekproef order by ronde_id")) {
            while (r.next()) {
                rondes.add(r.getLong(1));
            }
        }
        for (long ronde : rondes) {
            export("export: CEO-steekproef CSV", controller.get("api/v1/ceo/rondes/" + ronde + "/steekproef.csv"), bsns);
        }
        for (String tabel : List.of("indicatoren", "maanden", "productgroepen", "stromen", "aanbieders", "doorstroom", "projecties")) {
            Http.Response csv = controller.get("api/v1/warehouse/" + tabel + "/export");
            if (csv.status() == 200) {
                export("export: warehouse CSV", csv, bsns);
            } else {
                System.out.println("[bsn-grep] warehouse " + tabel + " not exported (no active run in this test selection): " + csv.status());
            }
        }
        for (int page = 0; page < 5; page++) {
            export("export: cliëntenlijst JSON", beheerder.get("api/v1/clienten?size=200&page=" + page), bsns);
        }

        System.out.println("[bsn-grep] " + bsns.size() + " BSNs searched");
        telling.forEach((waar, n) -> System.out.printf("[bsn-grep] %-40s %,12d regels/waarden %,6d BSN%n", waar, n[0], n[1]));
        treffers.forEach((waar, n) -> System.out.println("[bsn-grep] FOUND " + n + "x in " + waar));
        assertEquals(Map.of(), treffers, "BSNs found");
    }

    private Set<String> bsns() throws Exception {
        BsnVersleuteling aes = new BsnVersleuteling(Base64.getDecoder().decode(System.getenv("WMO_BSN_SLEUTEL")));
        Set<String> bsns = new HashSet<>();
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, bsn_versleuteld, pseudoniem from client")) {
            while (r.next()) {
                String versleuteld = r.getString(2);
                bsns.add(versleuteld == null ? DemoBsnBron.testBsn(r.getLong(1)) : aes.ontsleutel(versleuteld, r.getString(3)));
            }
        }
        bsns.remove(null);
        return bsns;
    }

    private void tabellen(Connection c, Set<String> bsns) throws Exception {
        Map<String, List<String>> kolommen = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json') "
                + "order by table_name, ordinal_position")) {
            while (r.next()) {
                // skipped: the encrypted BSN, and the outbox's WMO301 for the provider concerned, which carries the
                // BSN by law like the WMO301 export (not yet encrypted at rest: docs/iwmo.md, open)
                if (!(r.getString(1).equals("client") && r.getString(2).equals("bsn_versleuteld"))
                        && !(r.getString(1).equals("iwmo_uitbak") && r.getString(2).equals("inhoud"))) {
                    kolommen.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        assertTrue(kolommen.containsKey("client_inzage") && kolommen.containsKey("audit_entry"), kolommen.keySet().toString());
        for (Map.Entry<String, List<String>> t : kolommen.entrySet()) {
            String groep = t.getKey().startsWith("wh_") ? "tabellen: warehouse (wh_*)"
                    : t.getKey().equals("audit_entry") || t.getKey().equals("client_inzage") ? "tabellen: audit_entry + client_inzage"
                    : "tabellen: overige operationele";
            String sql = "select " + String.join(", ", t.getValue().stream().map(k -> "`" + k + "`").toList()) + " from `" + t.getKey() + "`";
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        for (int i = 1; i <= t.getValue().size(); i++) {
                            String waarde = r.getString(i);
                            tel(groep, 1, waarde == null ? 0 : vind(waarde, bsns), t.getKey() + "." + t.getValue().get(i - 1));
                        }
                    }
                }
            }
        }
    }

    private void export(String waar, Http.Response response, Set<String> bsns) {
        assertEquals(200, response.status(), waar + ": " + response.body());
        tel(waar, response.body().lines().count(), vind(response.body(), bsns), waar);
    }

    private void tel(String waar, long regels, int gevonden, String plek) {
        long[] n = telling.computeIfAbsent(waar, k -> new long[2]);
        n[0] += regels;
        n[1] += gevonden;
        if (gevonden > 0) {
            treffers.merge(plek, gevonden, Integer::sum);
        }
    }

    static int vind(String tekst, Set<String> bsns) {
        int n = 0;
        Matcher m = NEGEN_CIJFERS.matcher(tekst);
        while (m.find()) {
            if (bsns.contains(m.group())) {
                n++;
            }
        }
        return n;
    }

    static Connection db() throws java.sql.SQLException {
        return DriverManager.getConnection(System.getProperty("wmo.db.url"), System.getProperty("wmo.db.user"),
                System.getProperty("wmo.db.password"));
    }
}
