package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concurrent edits: {@value #CLIENTS} clients send an edit of the same record with the same
 * If-Match at the same moment, for several rounds. Exactly one wins each round, the others get 412
 * (stale version) or 409 (the state no longer allows it), the version rises by exactly one per
 * round, and the stored row equals the winner's submission. Own data: gemeente GM9461, a new
 * aanbieder + contract, a new melding (year 2060).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GelijktijdigApiIT {

    static final int CLIENTS = 20;
    static final int ROUNDS = 4;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(CLIENTS);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void gemeente() throws Exception {
        Http beheerder = new Http(base).as("beheerder");
        long id = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM9461'");
        if (id <= 0) {
            Http.Response created = beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"GM9461\",\"naam\":\"Gelijktijdig 2060\",\"geldigVan\":\"2060-01-01\"}");
            assertEquals(201, created.status(), created.body());
            id = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM9461'");
        }
        String path = "api/v1/gemeenten/" + id;
        long gemeente = id;
        for (int round = 1; round <= ROUNDS; round++) {
            int r = round;
            int winner = race("gemeente", round, path, beheerder, "SELECT version FROM gemeente WHERE id = ?", gemeente,
                    (etag, i) -> beheerder.put(path, etag, "{\"cbsCode\":\"GM9461\",\"naam\":\"Gelijktijdig r" + r + " c" + i
                            + "\",\"geldigVan\":\"2060-01-01\"}"));
            assertEquals("Gelijktijdig r" + round + " c" + winner,
                    Database.rows("SELECT naam FROM gemeente WHERE id = ?", gemeente).get(0).get(0), "the stored row is the winner's");
        }
    }

    @Test
    void contract() throws Exception {
        Http cm = new Http(base).as("contractmanager");
        Http.Response aanbieder = cm.post("api/v1/aanbieders", "{\"naam\":\"Gelijktijdig 2060 " + System.nanoTime() + "\",\"kvkNummer\":\""
                + (60_000_000 + (int) (System.nanoTime() % 9_000_000)) + "\",\"locaties\":[{\"naam\":\"Hoofdlocatie\",\"adres\":\"Teststraat 1\","
                + "\"postcode\":\"5341 AB\",\"plaats\":\"Oss\"}],\"contacten\":[{\"naam\":\"Test Persoon\",\"functie\":\"Directeur\","
                + "\"email\":\"test@example.org\"}]}");
        assertEquals(201, aanbieder.status(), aanbieder.body());
        long aanbiederId = aanbieder.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
        long procedure = cm.get("api/v1/procedures").jsonValue().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(p -> p.toString().contains("\"KV\"")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Response contract = cm.post("api/v1/contracten", "{\"aanbiederId\":" + aanbiederId + ",\"procedureId\":" + procedure
                + ",\"productCode\":\"04KV\",\"van\":\"2020-01-01\"}");
        assertEquals(201, contract.status(), contract.body());
        long id = contract.json().getJsonObject("contract").getJsonNumber("id").longValue();
        String path = "api/v1/contracten/" + id;
        for (int round = 1; round <= ROUNDS; round++) {
            String status = round % 2 == 1 ? "OPGESCHORT" : "ACTIEF";
            int r = round;
            int winner = race("contract", round, path, cm, "SELECT version FROM contract WHERE id = ?", id,
                    (etag, i) -> cm.postIfMatch(path + "/status", etag, "{\"status\":\"" + status + "\",\"reden\":\"r" + r + " c" + i + "\"}"));
            List<Object> row = Database.rows("SELECT status, einde_reden FROM contract WHERE id = ?", id).get(0);
            // since issue 13 the raamovereenkomst keeps a reason only while it is not active; every change, with
            // its reason, is in the audit trail (and per deelovereenkomst in its history when one is running)
            Object reden = Database.rows("SELECT reden FROM audit_entry WHERE entiteit = 'Contract' AND entiteit_id = ?"
                    + " AND actie = 'STATUS' ORDER BY id DESC LIMIT 1", id).get(0).get(0);
            assertEquals(List.of(status, "r" + round + " c" + winner), List.of(row.get(0), reden), "the stored change is the winner's");
            assertEquals(status.equals("ACTIEF") ? null : "r" + round + " c" + winner, row.get(1), "the contract's own reason");
        }
    }

    @Test
    void melding() throws Exception {
        Http wmo = new Http(base).as("toezichthouder");
        long aanbieder = Database.number("SELECT MIN(id) FROM aanbieder");
        long gemeente = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        Http.Response melding = wmo.post("api/v1/toezicht/meldingen", "{\"bron\":\"CONSULENT\",\"soort\":\"KLACHT\",\"aanbiederId\":" + aanbieder
                + ",\"gemeenteId\":" + gemeente + ",\"gebeurtenisDatum\":\"2026-01-02\",\"melddatum\":\"2026-01-03\","
                + "\"omschrijving\":\"Gelijktijdig 2060\"}");
        assertEquals(201, melding.status(), melding.body());
        long id = melding.json().getJsonObject("melding").getJsonNumber("id").longValue();
        String path = "api/v1/toezicht/meldingen/" + id;
        // A melding must be assigned before it can be closed and reopened: toewijzing, sluiting, heropening, sluiting.
        String[] acties = {"toewijzing", "sluiting", "heropening", "sluiting"};
        for (int round = 1; round <= acties.length; round++) {
            String actie = acties[round - 1];
            int r = round;
            int winner = race("melding " + actie, round, path, wmo, "SELECT version FROM melding WHERE id = ?", id,
                    (etag, i) -> wmo.postIfMatch(path + "/" + actie, etag, actie.equals("toewijzing")
                            ? "{\"organisatie\":\"WMO_TOEZICHTHOUDER\",\"termijnDagen\":" + (5 + i) + "}"
                            : "{\"reden\":\"r" + r + " c" + i + "\"}"));
            Object sluitreden = Database.rows("SELECT sluitreden FROM melding WHERE id = ?", id).get(0).get(0);
            assertEquals(actie.equals("sluiting") ? "r" + round + " c" + winner : null, sluitreden, "the stored row is the winner's");
        }
    }

    interface Edit {
        Http.Response send(String etag, int client);
    }

    /** One round: all clients at once with the same ETag; returns the winning client's number. */
    private int race(String what, int round, String path, Http reader, String versionSql, long id, Edit edit) throws Exception {
        Http.Response current = reader.get(path);
        assertEquals(200, current.status(), current.body());
        String etag = current.header("ETag");
        long before = Database.number(versionSql, id);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            answers.add(POOL.submit(() -> {
                start.await();
                return edit.send(etag, client);
            }));
        }
        start.countDown();
        List<Integer> winners = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Http.Response r = answers.get(i).get(120, TimeUnit.SECONDS);
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() == 200) {
                winners.add(i);
            } else if (r.status() != 412 && r.status() != 409) {
                unexpected.add(i + ": " + r);
            } else if (!r.header("Content-Type").startsWith("application/problem+json")) {
                unexpected.add(i + " refusal is not a problem: " + r);
            }
        }
        System.out.printf("[gelijktijdig] %s round %d: %d clients -> %s%n", what, round, CLIENTS, statuses);
        assertTrue(unexpected.isEmpty(), what + " round " + round + ": " + unexpected);
        assertEquals(1, winners.size(), what + " round " + round + ": exactly one wins, got " + statuses);
        assertEquals(before + 1, Database.number(versionSql, id), what + " round " + round + ": one write, one version step");
        return winners.get(0);
    }
}
