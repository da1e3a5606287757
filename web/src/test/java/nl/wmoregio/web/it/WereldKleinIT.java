package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.shared.Wereld;
import nl.wmoregio.toegang.control.Generator;
import nl.wmoregio.toegang.control.Referentie;
import nl.wmoregio.toegang.control.WereldModel;
import nl.wmoregio.toegang.control.WereldModel.Tabel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 "Done means": the world generator on preset {@code klein}, through the BEHEERDER's
 * API, fills every source the warehouse reads (checked with independent SQL on the operational
 * tables), and the CEO x cost x goal row of one provider in the last full year equals a hand
 * computation: the same pure model run here, outside the server, with the rows counted in Java.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WereldKleinIT {

    static final long SEED = 14_014_014L;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void kleinFillsEverySourceAndOneProvidersCeoCostGoalRowEqualsAHandComputation() throws Exception {
        Http beheerder = new Http(base).as("beheerder");
        Http.Response gestart = beheerder.post("api/v1/beheer/generator", "{\"preset\":\"klein\",\"seed\":" + SEED + "}");
        assertEquals(202, gestart.status(), gestart.body());
        JsonObject resultaat = null;
        long deadline = System.currentTimeMillis() + 300_000;
        while (resultaat == null && System.currentTimeMillis() < deadline) {
            JsonObject status = beheerder.get("api/v1/beheer/generator").json();
            if (!status.getString("toestand").equals("BEZIG")) {
                assertEquals("KLAAR", status.getString("toestand"), status.toString());
                resultaat = status.getJsonObject("resultaat");
            } else {
                Thread.sleep(500);
            }
        }
        assertTrue(resultaat != null, "generator not done in time");
        long eerste = resultaat.getJsonNumber("eersteClientId").longValue();
        long aantal = resultaat.getJsonNumber("clienten").longValue();
        assertTrue(aantal > 150 && aantal <= 200, resultaat.toString());
        String clienten = "client_id between " + eerste + " and " + (eerste + 199);

        // Every warehouse source (warehouse Bronnen.ALLE) is non-empty, counted on the operational tables;
        // the client-level ones on this run's clients.
        Map<String, String> bronnen = new java.util.LinkedHashMap<>();
        bronnen.put("gemeente", "select count(*) from gemeente");
        bronnen.put("aanbieder", "select count(*) from aanbieder");
        bronnen.put("product", "select count(*) from product p join productgroep g on g.code = p.productgroep_code");
        bronnen.put("contractering", "select count(*) from deelovereenkomst d join contract c on c.id = d.contract_id");
        bronnen.put("client", "select count(*) from client where id between " + eerste + " and " + (eerste + 199));
        bronnen.put("indicatie", "select count(*) from indicatie where " + clienten);
        bronnen.put("doel", "select count(*) from doel d join indicatie i on i.id = d.indicatie_id where i." + clienten);
        bronnen.put("doel_evaluatie", "select count(*) from doel_evaluatie e join doel d on d.id = e.doel_id "
                + "join indicatie i on i.id = d.indicatie_id where i." + clienten);
        bronnen.put("declaratie_regel", "select count(*) from declaratie_regel r join indicatie i on i.id = r.indicatie_id where i." + clienten);
        bronnen.put("ceo_antwoord", "select count(*) from ceo_antwoord a join ceo_steekproef s on s.id = a.steekproef_id "
                + "join client k on k.pseudoniem = s.pseudoniem where k.id between " + eerste + " and " + (eerste + 199)
                + " and a.antwoord is not null and a.antwoord not in (8, 9)");
        bronnen.put("melding", "select count(*) from melding where nummer like 'M%-W%'");
        bronnen.put("bevinding", "select count(*) from bevinding b join onderzoek o on o.id = b.onderzoek_id where o.nummer like 'OZ%-W%'");
        bronnen.put("kwaliteit_score", "select count(*) from kw_score s join kw_beoordeling b on b.id = s.beoordeling_id "
                + "join kw_ronde r on r.id = b.ronde_id where r.naam like '%(klein, seed " + SEED + ")' and b.beoordeeld_op is not null");
        bronnen.put("budget", "select count(*) from wh_budget");
        for (Map.Entry<String, String> b : bronnen.entrySet()) {
            assertTrue(Database.number(b.getValue()) > 0, "source " + b.getKey() + " is empty");
        }

        // The hand computation: the same model, seed and reference data, outside the server, rows counted in Java.
        Wereld wereld = Wereld.nu();
        int jaar = wereld.laatsteVolleJaar();
        Referentie ref;
        try (Connection c = Database.connect()) {
            ref = Referentie.lees(c);
        }
        Map<Tabel, List<Object[]>> rijen = new EnumMap<>(Tabel.class);
        new WereldModel(ref, Generator.Preset.van("klein"), SEED, 200, wereld,
                new WereldModel.Identiteit(bsn -> "x" + bsn, bsn -> "y" + bsn))
                .genereer((t, w) -> rijen.computeIfAbsent(t, k -> new ArrayList<>()).add(w), null);
        assertEquals(aantal, rijen.get(Tabel.CLIENT).size(), "the model yields as many clients as the run wrote");
        // The provider with the most declared money in the year.
        Map<Long, Long> kosten = new HashMap<>();
        rijen.get(Tabel.DECLARATIE_REGEL).stream().filter(d -> (Integer) d[4] == jaar)
                .forEach(d -> kosten.merge((Long) d[2], (Long) d[10], Long::sum));
        long aanbieder = kosten.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long handKosten = kosten.get(aanbieder);
        Map<Long, Long> aanbiederVanIndicatie = new HashMap<>();
        rijen.get(Tabel.INDICATIE).forEach(i -> aanbiederVanIndicatie.put((Long) i[0], (Long) i[5]));
        Map<Long, Long> indicatieVanDoel = new HashMap<>();
        rijen.get(Tabel.DOEL).forEach(d -> indicatieVanDoel.put((Long) d[0], (Long) d[1]));
        long[] doelen = new long[2];
        for (Object[] e : rijen.get(Tabel.DOEL_EVALUATIE)) {
            if (((LocalDate) e[2]).getYear() == jaar && aanbiederVanIndicatie.get(indicatieVanDoel.get((Long) e[1])) == aanbieder) {
                doelen[0] += "BEHAALD".equals(e[3]) ? 1 : 0;
                doelen[1]++;
            }
        }
        Map<Long, Integer> jaarVanRonde = new HashMap<>();
        ref.ceoRondes().forEach((k, id) -> jaarVanRonde.put(id, Integer.parseInt(k.split("\\|")[1])));
        rijen.getOrDefault(Tabel.CEO_RONDE, List.of()).forEach(r -> jaarVanRonde.put((Long) r[0], (Integer) r[2]));
        Map<Long, String> vraagCode = new HashMap<>();
        ref.vragen().forEach(v -> vraagCode.put(v.id(), v.code()));
        Map<Long, Object[]> steekproef = new HashMap<>();
        rijen.get(Tabel.CEO_STEEKPROEF).forEach(s -> steekproef.put((Long) s[0], s));
        long[] ceo = new long[2];
        for (Object[] a : rijen.get(Tabel.CEO_ANTWOORD)) {
            Object[] s = steekproef.get((Long) a[1]);
            String code = vraagCode.get((Long) a[2]);
            Integer antwoord = (Integer) a[3];
            if (jaarVanRonde.get((Long) s[1]) == jaar && (Long) s[5] == aanbieder && code.compareTo("V06") >= 0
                    && code.compareTo("V10") <= 0 && antwoord != null && antwoord >= 1 && antwoord <= 5) {
                ceo[0] += antwoord >= 4 ? 1 : 0;
                ceo[1]++;
            }
        }

        // The same row with independent SQL on the operational tables.
        long sqlKosten = Database.number("select coalesce(sum(r.bedrag_cent), 0) from declaratie_regel r join indicatie i on i.id = r.indicatie_id "
                + "where i." + clienten + " and r.aanbieder_id = ? and r.jaar = ?", aanbieder, jaar);
        long sqlBehaald = Database.number("select count(*) from doel_evaluatie e join doel d on d.id = e.doel_id join indicatie i "
                + "on i.id = d.indicatie_id where i." + clienten + " and i.aanbieder_id = ? and year(e.datum) = ? and e.uitkomst = 'BEHAALD'",
                aanbieder, jaar);
        long sqlGeevalueerd = Database.number("select count(*) from doel_evaluatie e join doel d on d.id = e.doel_id join indicatie i "
                + "on i.id = d.indicatie_id where i." + clienten + " and i.aanbieder_id = ? and year(e.datum) = ?", aanbieder, jaar);
        String ceoSql = "select count(*) from ceo_antwoord a join ceo_steekproef s on s.id = a.steekproef_id join ceo_ronde r on r.id = s.ronde_id "
                + "join ceo_vraag v on v.id = a.vraag_id join client k on k.pseudoniem = s.pseudoniem "
                + "where k.id between " + eerste + " and " + (eerste + 199) + " and r.jaar = ? and s.aanbieder_id = ? "
                + "and v.code between 'V06' and 'V10' and a.antwoord between 1 and 5";
        long sqlPositief = Database.number(ceoSql + " and a.antwoord >= 4", jaar, aanbieder);
        long sqlMetOordeel = Database.number(ceoSql, jaar, aanbieder);

        assertTrue(handKosten > 0 && doelen[1] > 0, "the provider has costs and evaluated goals in " + jaar);
        assertEquals(handKosten, sqlKosten, "cost of provider " + aanbieder + " in " + jaar);
        assertEquals(doelen[0], sqlBehaald, "goals reached");
        assertEquals(doelen[1], sqlGeevalueerd, "goals evaluated");
        assertEquals(ceo[0], sqlPositief, "CEO positive answers on V06-V10");
        assertEquals(ceo[1], sqlMetOordeel, "CEO answers with an opinion on V06-V10");
    }
}
