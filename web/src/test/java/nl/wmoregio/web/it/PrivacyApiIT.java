package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.toegang.boundary.Bsn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Privacy and audit (issue 8): the access log exported per client and per user (JSON and CSV,
 * BEHEERDER only, the export itself logged), append-only in the application (405) and in the
 * database (V13 triggers refuse UPDATE and DELETE), and the retention job. Own data: clients with
 * fresh synthetic BSNs (4,000,000+ range), meldingen numbered PRIV-..., CEO round year 2061.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyApiIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http beheerder;
    Http oss;

    @BeforeEach
    void clients() {
        anonymous = new Http(base);
        beheerder = anonymous.as("beheerder");
        oss = anonymous.as("gemeente.oss");
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("wmo.db.url"), System.getProperty("wmo.db.user"),
                System.getProperty("wmo.db.password"));
    }

    JsonObject ossClient() {
        String bsn = Bsn.synthetisch(4_000_000 + RANDOM.nextInt(4_999_999));
        Http.Response created = oss.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1948,\"segment\":\"2\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    void theAccessLogIsExportedPerClientAndPerUserAndTheExportIsLoggedToo() throws Exception {
        JsonObject client = ossClient();
        long id = client.getJsonNumber("id").longValue();
        String p = client.getString("pseudoniem");
        assertEquals(200, oss.get("api/v1/clienten/" + id).status());
        assertEquals(1, oss.get("api/v1/clienten?pseudoniem=" + p).json().getJsonArray("items").size());

        // Per client (AVG inzageverzoek): JSON, newest first.
        JsonObject pagina = beheerder.get("api/v1/beheer/verwerkingen?pseudoniem=" + p + "&size=50").json();
        JsonArray items = pagina.getJsonArray("items");
        assertEquals(3, pagina.getInt("total"), pagina.toString());
        assertEquals(List.of("LIJST", "LEZEN", "AANMAKEN"), items.stream().map(JsonObject.class::cast).map(r -> r.getString("actie")).toList());
        items.stream().map(JsonObject.class::cast).forEach(r -> {
            assertEquals(p, r.getString("pseudoniem"));
            assertEquals("gemeente.oss", r.getString("gebruiker"));
            assertEquals("GEMEENTE", r.getString("rol"));
            assertFalse(r.getString("doel").isBlank(), "every row names its purpose");
        });

        // The query above is itself a processing of this client's data.
        JsonArray daarna = beheerder.get("api/v1/beheer/verwerkingen?pseudoniem=" + p + "&actie=EXPORT").json().getJsonArray("items");
        assertEquals(1, daarna.size(), daarna.toString());
        assertEquals("beheerder", daarna.getJsonObject(0).getString("gebruiker"));
        assertTrue(daarna.getJsonObject(0).getString("doel").contains("AVG-inzageverzoek"), daarna.toString());

        // CSV of the same client, with a stated reason.
        Http.Response csv = beheerder.get("api/v1/beheer/verwerkingen/export.csv?pseudoniem=" + p + "&reden=Verzoek%20AVG-2061-7");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        String[] regels = csv.body().split("\n");
        assertEquals("tijdstip;gebruiker;rol;pseudoniem;actie;doel", regels[0]);
        assertEquals(1 + 5, regels.length, csv.body()); // LIJST, LEZEN, AANMAKEN and the two EXPORTs of the queries
        for (int i = 1; i < regels.length; i++) {
            assertTrue(regels[i].contains(";" + p + ";"), regels[i]);
        }
        JsonArray exports = beheerder.get("api/v1/beheer/verwerkingen?pseudoniem=" + p + "&actie=EXPORT").json().getJsonArray("items");
        assertTrue(exports.getJsonObject(0).getString("doel").contains("Verzoek AVG-2061-7"), exports.toString());

        // Per user, in a period: only that user's rows.
        String vandaag = LocalDate.now().minusDays(1).toString();
        JsonObject perGebruiker = beheerder.get("api/v1/beheer/verwerkingen?gebruiker=gemeente.oss&van=" + vandaag + "&tot="
                + LocalDate.now().plusDays(1) + "&size=200").json();
        assertTrue(perGebruiker.getInt("total") >= 3);
        perGebruiker.getJsonArray("items").stream().map(JsonObject.class::cast)
                .forEach(r -> assertEquals("gemeente.oss", r.getString("gebruiker")));
        Http.Response csvGebruiker = beheerder.get("api/v1/beheer/verwerkingen/export.csv?gebruiker=gemeente.oss&van=" + vandaag);
        assertEquals(200, csvGebruiker.status());
        assertTrue(csvGebruiker.body().lines().skip(1).allMatch(r -> r.split(";")[1].equals("gemeente.oss")));

        // Every query and export is in the audit trail.
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry where entiteit = 'Verwerkingenlog' and actie = 'GEEXPORTEERD' and actor = 'beheerder' "
                        + "and entiteit_id = ?")) {
            s.setString(1, "gemeente.oss");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertTrue(r.getLong(1) >= 1, "per-user export audited");
            }
        }

        // Refusals: wrong field, other roles, anonymous.
        Http.Response fout = beheerder.get("api/v1/beheer/verwerkingen?pseudoniem=abc");
        assertEquals(400, fout.status());
        assertEquals("pseudoniem", fout.json().getString("field"), fout.body());
        assertEquals(400, beheerder.get("api/v1/beheer/verwerkingen?van=gisteren").status());
        assertEquals(403, oss.get("api/v1/beheer/verwerkingen").status());
        assertEquals(403, anonymous.as("toezichthouder").get("api/v1/beheer/verwerkingen/export.csv").status());
        assertEquals(401, anonymous.get("api/v1/beheer/verwerkingen").status());
    }

    @Test
    void theLogHasNoUpdateOrDeletePathAndTheDatabaseRefusesBoth() throws Exception {
        JsonObject client = ossClient();
        String p = client.getString("pseudoniem");
        // The application: no write method on either log export.
        assertEquals(405, beheerder.put("api/v1/beheer/verwerkingen", "\"1\"", "{}").status());
        assertEquals(405, beheerder.post("api/v1/beheer/verwerkingen", "{}").status());
        assertEquals(405, beheerder.delete("api/v1/beheer/verwerkingen").status());
        assertEquals(405, beheerder.delete("api/v1/clienten/" + client.getJsonNumber("id").longValue() + "/inzage").status());

        // The database: V13's triggers refuse UPDATE and DELETE, whoever asks.
        try (Connection c = db(); Statement s = c.createStatement()) {
            long inzage;
            try (ResultSet r = s.executeQuery("select max(id) from client_inzage where pseudoniem = '" + p + "'")) {
                r.next();
                inzage = r.getLong(1);
            }
            long audit;
            try (ResultSet r = s.executeQuery("select max(id) from audit_entry")) {
                r.next();
                audit = r.getLong(1);
            }
            for (String sql : List.of("update client_inzage set doel = 'gewist' where id = " + inzage,
                    "delete from client_inzage where id = " + inzage,
                    "update audit_entry set actor = 'iemand' where id = " + audit,
                    "delete from audit_entry where id = " + audit)) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(e.getMessage().contains("append-only"), sql + ": " + e.getMessage());
                assertEquals("45000", e.getSQLState(), sql);
            }
            try (ResultSet r = s.executeQuery("select doel from client_inzage where id = " + inzage)) {
                assertTrue(r.next(), "the row is still there");
                assertNotEquals("gewist", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("select actor from audit_entry where id = " + audit)) {
                assertTrue(r.next());
                assertNotEquals("iemand", r.getString(1));
            }
        }
    }

    @Test
    void retentionAnonymisesOldClosedMeldingenAndUnlinksOldCeoSamplesAndLeavesTheRest() throws Exception {
        String nr = "PRIV-" + Long.toString(System.nanoTime(), 36);
        LocalDateTime oud = LocalDateTime.of(2000, 1, 10, 9, 0);
        LocalDateTime recent = LocalDateTime.now().minusMonths(1);
        long oudGesloten;
        long recentGesloten;
        long oudOpen;
        long steekproef;
        try (Connection c = db()) {
            long aanbieder = een(c, "select min(id) from aanbieder");
            long gemeente = een(c, "select min(id) from gemeente");
            oudGesloten = melding(c, nr + "-A", aanbieder, gemeente, "GESLOTEN", oud);
            recentGesloten = melding(c, nr + "-B", aanbieder, gemeente, "GESLOTEN", recent);
            oudOpen = melding(c, nr + "-C", aanbieder, gemeente, "TOEGEWEZEN", oud);
            try (PreparedStatement p = c.prepareStatement("insert into ceo_ronde (gemeente_id, jaar, gevraagde_omvang, seed, populatie, "
                    + "steekproef, getrokken_op) values (?, 2061, 10, 1, 1, 1, ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, gemeente);
                p.setTimestamp(2, Timestamp.valueOf(oud));
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    long ronde = k.getLong(1);
                    try (PreparedStatement s = c.prepareStatement("insert into ceo_steekproef (ronde_id, respondent, pseudoniem, productgroep) "
                            + "values (?, '2061-0000-00001', ?, 'HV')", Statement.RETURN_GENERATED_KEYS)) {
                        s.setLong(1, ronde);
                        s.setString(2, "ab".repeat(32));
                        s.executeUpdate();
                        try (ResultSet k2 = s.getGeneratedKeys()) {
                            k2.next();
                            steekproef = k2.getLong(1);
                        }
                    }
                }
            }
        }

        JsonArray termijnen = beheerder.get("api/v1/beheer/bewaartermijnen").jsonValue().asJsonArray();
        assertEquals(List.of("CEO_PSEUDONIEM", "MELDER_GEGEVENS"), termijnen.stream().map(JsonObject.class::cast)
                .map(t -> t.getString("soort")).toList());
        assertEquals(403, oss.post("api/v1/beheer/bewaartermijnen/toepassen", "").status());
        assertEquals(428, beheerder.put("api/v1/beheer/bewaartermijnen/MELDER_GEGEVENS", null, "{\"maanden\":200}").status());

        // The shared test database holds demo meldingen and CEO rounds of 2020-2023 that other
        // tests read: for this run the limits lie between them and this test's records of 2000
        // (200 months back is ~2010), and are restored afterwards.
        List<int[]> voor = new java.util.ArrayList<>();
        try {
            for (JsonObject t : termijnen.getValuesAs(JsonObject.class)) {
                voor.add(new int[] {t.getInt("maanden")});
                Http.Response gewijzigd = beheerder.put("api/v1/beheer/bewaartermijnen/" + t.getString("soort"),
                        "\"" + t.getJsonNumber("version").longValue() + "\"", "{\"maanden\":200}");
                assertEquals(200, gewijzigd.status(), gewijzigd.body());
                assertEquals(200, gewijzigd.json().getInt("maanden"));
            }
            Http.Response run = beheerder.post("api/v1/beheer/bewaartermijnen/toepassen", "");
            assertEquals(200, run.status(), run.body());
            JsonObject soorten = run.json().getJsonObject("soorten");
            assertTrue(soorten.getJsonObject("MELDER_GEGEVENS").getInt("aantal") >= 1, run.body());
            assertTrue(soorten.getJsonObject("CEO_PSEUDONIEM").getInt("aantal") >= 1, run.body());
        } finally {
            JsonArray nu = beheerder.get("api/v1/beheer/bewaartermijnen").jsonValue().asJsonArray();
            for (int i = 0; i < nu.size(); i++) {
                JsonObject t = nu.getJsonObject(i);
                beheerder.put("api/v1/beheer/bewaartermijnen/" + t.getString("soort"), "\"" + t.getJsonNumber("version").longValue() + "\"",
                        "{\"maanden\":" + (i < voor.size() ? voor.get(i)[0] : 24) + "}");
            }
        }

        try (Connection c = db()) {
            assertMelder(c, oudGesloten, null, true);
            assertMelder(c, recentGesloten, "Melder " + nr + "-B", false);
            assertMelder(c, oudOpen, "Melder " + nr + "-C", false);
            try (PreparedStatement p = c.prepareStatement("select pseudoniem, ontkoppeld from ceo_steekproef where id = ?")) {
                p.setLong(1, steekproef);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    assertNotEquals("ab".repeat(32), r.getString(1), "the link to the client is gone");
                    assertEquals(64, r.getString(1).length());
                    assertTrue(r.getBoolean(2));
                }
            }
            assertEquals(1, een(c, "select count(*) from audit_entry where entiteit = 'Melding' and actie = 'ANONIMISEREN' "
                    + "and reden = 'bewaartermijn' and entiteit_id = '" + oudGesloten + "'"));
            assertTrue(een(c, "select count(*) from audit_entry where entiteit = 'Bewaartermijn' and actie = 'TOEGEPAST' "
                    + "and actor = 'beheerder' and details like '%MELDER_GEGEVENS: %' and details like '%CEO_PSEUDONIEM: %'") >= 1);
        }
        // The melding's own screen data agree: anonymised, no reporter.
        JsonObject detail = beheerder.get("api/v1/toezicht/meldingen/" + oudGesloten).json();
        assertTrue(detail.getBoolean("geanonimiseerd"), detail.toString());
        assertTrue(!detail.containsKey("melderNaam") || detail.isNull("melderNaam"), detail.toString());
    }

    private static long melding(Connection c, String nummer, long aanbieder, long gemeente, String status, LocalDateTime op)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into melding (nummer, bron, soort, aanbieder_id, gemeente_id, "
                + "gebeurtenis_datum, melddatum, omschrijving, melder_naam, melder_contact, status, organisatie, triage_deadline, "
                + "aangemaakt_door, aangemaakt_op) values (?, 'CONSULENT', 'SIGNAAL_KWALITEIT', ?, ?, ?, ?, 'Test bewaartermijn', ?, ?, ?, "
                + "'GGD', ?, 'test', ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, nummer);
            p.setLong(2, aanbieder);
            p.setLong(3, gemeente);
            p.setDate(4, java.sql.Date.valueOf(op.toLocalDate()));
            p.setDate(5, java.sql.Date.valueOf(op.toLocalDate()));
            p.setString(6, "Melder " + nummer);
            p.setString(7, "melder-" + nummer.toLowerCase() + "@example.invalid");
            p.setString(8, status);
            p.setDate(9, java.sql.Date.valueOf(op.toLocalDate().plusDays(5)));
            p.setTimestamp(10, Timestamp.valueOf(op));
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private static void assertMelder(Connection c, long id, String naam, boolean geanonimiseerd) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select melder_naam, melder_contact, geanonimiseerd from melding where id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                assertEquals(naam, r.getString(1), "melding " + id);
                if (naam == null) {
                    assertNull(r.getString(2));
                } else {
                    assertTrue(r.getString(2).startsWith("melder-"));
                }
                assertEquals(geanonimiseerd, r.getBoolean(3), "melding " + id);
            }
        }
    }

    private static long een(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
