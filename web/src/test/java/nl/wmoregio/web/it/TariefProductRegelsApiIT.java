package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 rules 6 and 7 through REST against MariaDB: tariffs follow contracts (an extension
 * carries the tariffs into the extension year, indexing N into N+1, a stated index that disagrees
 * with last year is refused) and products shape the toewijzing (tariff category, eenheid and
 * frequentie from the product, no stacking per TR302, begeleiding plus and IB4 MO time-boxed).
 * Each test makes its own product, provider and clients, so counts are its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TariefProductRegelsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http inkoop;
    Http contractmanager;
    Http oss;

    @BeforeEach
    void clients() {
        Http anonymous = new Http(base);
        inkoop = anonymous.as("inkoop");
        contractmanager = anonymous.as("contractmanager");
        oss = anonymous.as("gemeente.oss");
    }

    long procedureId(String groep) {
        return inkoop.get("api/v1/procedures").jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("productgroep").equals(groep)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A fresh provider (no BW right) contracted from 2020-01-01 for the products (group per product); returns [aanbieder, contract]. */
    long[] aanbieder(String naam, String... productGroep) {
        Http.Response created = inkoop.post("api/v1/aanbieders", "{\"naam\":\"" + naam + "\",\"kvkNummer\":\""
                + (72_000_000 + ThreadLocalRandom.current().nextInt(9_000_000)) + "\",\"locaties\":[{\"naam\":\"Hoofdlocatie\","
                + "\"adres\":\"Tariefstraat 1\",\"postcode\":\"5341 AB\",\"plaats\":\"Oss\"}],\"contacten\":[{\"naam\":\"T. Arief\","
                + "\"functie\":\"Directeur\",\"email\":\"tarief@example.org\"}]}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
        long contract = 0;
        for (int i = 0; i < productGroep.length; i += 2) {
            Http.Response c = inkoop.post("api/v1/contracten", "{\"aanbiederId\":" + id + ",\"procedureId\":" + procedureId(productGroep[i + 1])
                    + ",\"productCode\":\"" + productGroep[i] + "\",\"van\":\"2020-01-01\"}");
            assertEquals(201, c.status(), c.body());
            contract = c.json().getJsonObject("contract").getJsonNumber("id").longValue();
        }
        return new long[] {id, contract};
    }

    JsonObject tarief(String product, String categorie, int jaar) {
        List<JsonObject> items = inkoop.get("api/v1/tarieven?product=" + product + "&jaar=" + jaar).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(t -> t.getString("categorie").equals(categorie)).toList();
        return items.isEmpty() ? null : items.get(0);
    }

    static String code(JsonObject problem) {
        return problem.getString("code", null);
    }

    @Test
    void tariffsFollowTheContractTheyAreIndexedAndAStatedIndexMustFitLastYear() throws Exception {
        String product = "T" + Integer.toString(36 * 36 * 36 + ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 35), 36).toUpperCase();
        Http.Response p = inkoop.post("api/v1/producten", "{\"code\":\"" + product + "\",\"naam\":\"Tariefregel test\",\"productgroep\":\"KV\","
                + "\"iwmoProductcategorie\":\"04\",\"bekostiging\":\"OUTPUT\",\"eenheid\":\"82\",\"frequentie\":\"4\",\"categorieen\":\"A,B\"}");
        assertEquals(201, p.status(), p.body());
        long[] a = aanbieder("Tarief Verlenger", product, "KV");
        String path = "api/v1/contracten/" + a[1];
        JsonObject deel = KetenApiIT.deel(inkoop.get(path).json(), product);
        assertEquals("2023-12-31", deel.getString("tot"), "the deelovereenkomst ends with the procedure");
        assertEquals(201, inkoop.post("api/v1/tarieven", "{\"productCode\":\"" + product + "\",\"categorie\":\"A\",\"jaar\":2023,"
                + "\"bedragCent\":50000}").status());

        // Before the extension 2024 lies outside the window: no tariff can be set, nothing can be indexed into it.
        Http.Response buiten = inkoop.post("api/v1/tarieven", "{\"productCode\":\"" + product + "\",\"categorie\":\"A\",\"jaar\":2024,"
                + "\"bedragCent\":50000}");
        assertProblem(buiten, 400, "jaar");
        assertEquals("TARIEF_ZONDER_CONTRACTPERIODE", code(buiten.json()));
        Http.Response nietIndexeren = inkoop.post("api/v1/tarieven/indexatie", "{\"jaar\":2023,\"indexatiePct\":2.5,\"productCode\":\""
                + product + "\"}");
        assertProblem(nietIndexeren, 400, "jaar");
        assertEquals("TARIEF_ZONDER_CONTRACTPERIODE", code(nietIndexeren.json()));
        assertEquals(null, tarief(product, "A", 2024), "nothing created");

        // The extension extends the window and carries last year's tariff into 2024 at 0% (recorded).
        Http.Response verlengd = contractmanager.postIfMatch(path + "/deelovereenkomsten/" + deel.getJsonNumber("id").longValue()
                + "/verlenging", contractmanager.get(path).header("ETag"), "{}");
        assertEquals(200, verlengd.status(), verlengd.body());
        assertEquals("2024-12-31", KetenApiIT.deel(verlengd.json(), product).getString("tot"));
        JsonObject voortgezet = tarief(product, "A", 2024);
        assertEquals(50000, voortgezet.getJsonNumber("bedragCent").longValue(), voortgezet.toString());
        assertEquals(0, voortgezet.getJsonNumber("indexatiePct").bigDecimalValue().signum());
        assertEquals(50000, Database.number("select bedrag_cent from tarief where product_code = ? and categorie = 'A' and jaar = 2024",
                product), "the declaration check (TR418) finds a contract tariff in the extension year");
        assertEquals(1, Database.number("select count(*) from audit_entry where entiteit = 'Tarief' and entiteit_id = ? "
                + "and actie = 'VOORTGEZET' and actor = 'contractmanager'", Long.toString(voortgezet.getJsonNumber("id").longValue())));

        // A stated index that disagrees with last year is refused on the create path, naming the field; nothing saved.
        assertEquals(201, inkoop.post("api/v1/tarieven", "{\"productCode\":\"" + product + "\",\"categorie\":\"B\",\"jaar\":2023,"
                + "\"bedragCent\":10003}").status());
        Http.Response scheef = inkoop.post("api/v1/tarieven", "{\"productCode\":\"" + product + "\",\"categorie\":\"B\",\"jaar\":2024,"
                + "\"bedragCent\":11000,\"indexatiePct\":2.5}");
        assertProblem(scheef, 400, "indexatiePct");
        assertEquals("TARIEF_INDEXATIE_AFWIJKEND", code(scheef.json()));
        assertTrue(scheef.json().getString("detail", scheef.body()).contains("10253"), scheef.body());
        assertEquals(null, tarief(product, "B", 2024), "nothing saved");

        // Index 2023 into 2024 by 2.5%: B is created (10003 * 1.025 = 10253.075 -> 10253), the carried A is updated.
        assertEquals(403, contractmanager.post("api/v1/tarieven/indexatie", "{\"jaar\":2023,\"indexatiePct\":2.5}").status());
        assertProblem(inkoop.post("api/v1/tarieven/indexatie", "{\"jaar\":2023,\"productCode\":\"" + product + "\"}"), 400, "indexatiePct");
        Http.Response index = inkoop.post("api/v1/tarieven/indexatie", "{\"jaar\":2023,\"indexatiePct\":2.5,\"productCode\":\"" + product + "\"}");
        assertEquals(200, index.status(), index.body());
        JsonObject r = index.json();
        assertEquals(2024, r.getInt("naarJaar"));
        assertEquals(1, r.getInt("aangemaakt"), r.toString());
        assertEquals(1, r.getInt("bijgewerkt"), r.toString());
        assertEquals(0, r.getJsonArray("overgeslagen").size());
        JsonObject a2024 = tarief(product, "A", 2024);
        JsonObject b2024 = tarief(product, "B", 2024);
        assertEquals(51250, a2024.getJsonNumber("bedragCent").longValue());
        assertEquals(10253, b2024.getJsonNumber("bedragCent").longValue());
        assertEquals(0, new java.math.BigDecimal("2.5").compareTo(b2024.getJsonNumber("indexatiePct").bigDecimalValue()));
        assertEquals(2, Database.number("select count(*) from audit_entry where entiteit = 'Tarief' and actie = 'GEINDEXEERD' "
                + "and entiteit_id in (?, ?) and actor = 'inkoop'", Long.toString(a2024.getJsonNumber("id").longValue()),
                Long.toString(b2024.getJsonNumber("id").longValue())));
        assertEquals(1, Database.number("select count(*) from audit_entry where entiteit = 'Tarief' and actie = 'INDEXATIE' "
                + "and entiteit_id = '2023->2024' and details like ?", "%" + product + "%"));

        // The edit path checks the stated index too: 55000 is 10% on 50000, not 2.5%.
        String tag = "\"" + a2024.getJsonNumber("version").longValue() + "\"";
        Http.Response fout = inkoop.put("api/v1/tarieven/" + a2024.getJsonNumber("id").longValue(), tag,
                "{\"bedragCent\":55000,\"indexatiePct\":2.5}");
        assertProblem(fout, 400, "indexatiePct");
        assertEquals("TARIEF_INDEXATIE_AFWIJKEND", code(fout.json()));
        assertEquals(51250, tarief(product, "A", 2024).getJsonNumber("bedragCent").longValue(), "unchanged");
        Http.Response goed = inkoop.put("api/v1/tarieven/" + a2024.getJsonNumber("id").longValue(), tag,
                "{\"bedragCent\":55000,\"indexatiePct\":10}");
        assertEquals(200, goed.status(), goed.body());
        assertEquals(55000, goed.json().getJsonNumber("bedragCent").longValue());
    }

    long client(int geboortejaar) {
        Http.Response created = oss.post("api/v1/clienten", "{\"bsn\":\"" + ToegangApiIT.nieuwBsn() + "\",\"geboortejaar\":" + geboortejaar
                + ",\"segment\":\"2\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static String toewijzing(String product, String categorie, long aanbieder, String van, String tot, String extra) {
        return "{\"productCode\":\"" + product + "\"" + (categorie == null ? "" : ",\"categorie\":\"" + categorie + "\"")
                + ",\"aanbiederId\":" + aanbieder + ",\"van\":\"" + van + "\",\"tot\":\"" + tot + "\",\"volume\":2" + extra + "}";
    }

    Http.Response refused(long client, String json, String veld, String regel) {
        Http.Response r = oss.post("api/v1/clienten/" + client + "/indicaties", json);
        assertProblem(r, 400, veld);
        assertEquals(regel, code(r.json()), r.body());
        return r;
    }

    int aantal(long client) {
        return oss.get("api/v1/clienten/" + client).json().getJsonArray("indicaties").size();
    }

    @Test
    void theProductShapesTheToewijzing() {
        long aanbieder = aanbieder("Tarief Begeleiding", "02BIR", "BI", "02BIP", "BI", "16I4M", "MO")[0];
        long client = client(1980);

        // Rule 6: a product with tariff categories always carries one.
        refused(client, toewijzing("02BIR", null, aanbieder, "2022-01-01", "2022-12-31", ""), "categorie", "CATEGORIE_ONGELDIG");
        // Rule 7: eenheid and frequentie come from the catalogue (82 per maand for 02BIR); another one is refused.
        Http.Response eenheid = refused(client, toewijzing("02BIR", "A", aanbieder, "2022-01-01", "2022-12-31", ",\"eenheid\":\"04\""),
                "eenheid", "EENHEID_NIET_VAN_PRODUCT");
        assertTrue(eenheid.json().getString("detail", "").contains("82"), eenheid.body());
        refused(client, toewijzing("02BIR", "A", aanbieder, "2022-01-01", "2022-12-31", ",\"frequentie\":\"2\""), "frequentie",
                "FREQUENTIE_NIET_VAN_PRODUCT");
        assertEquals(0, aantal(client), "nothing saved");
        Http.Response eerste = oss.post("api/v1/clienten/" + client + "/indicaties", toewijzing("02BIR", "A", aanbieder, "2022-01-01",
                "2022-12-31", ""));
        assertEquals(201, eerste.status(), eerste.body());
        assertEquals("82", eerste.json().getString("eenheid"));
        assertEquals("4", eerste.json().getString("frequentie"));
        assertEquals("A", eerste.json().getString("categorie"));

        // TR302: the same product (whatever its tariff category) not twice in overlapping periods; after it is fine.
        Http.Response stapel = refused(client, toewijzing("02BIR", "B", aanbieder, "2022-06-01", "2023-06-30", ""), "van", "TR302");
        assertTrue(stapel.json().getString("detail", "").contains("2022-01-01"), stapel.body());
        Http.Response daarna = oss.post("api/v1/clienten/" + client + "/indicaties", toewijzing("02BIR", "B", aanbieder, "2023-01-01",
                "2023-06-30", ""));
        assertEquals(201, daarna.status(), daarna.body());
        // ... also on the edit path: moving the second one into the first one's period is refused, nothing changes.
        Http.Response edit = oss.put("api/v1/indicaties/" + daarna.json().getJsonNumber("id").longValue(), daarna.header("ETag"),
                toewijzing("02BIR", "B", aanbieder, "2022-12-01", "2023-06-30", ""));
        assertProblem(edit, 400, "van");
        assertEquals("TR302", code(edit.json()));
        assertEquals(2, aantal(client));

        // Begeleiding plus: at most six months, counted over its chain (a renewal does not restart the box).
        refused(client, toewijzing("02BIP", "A", aanbieder, "2022-01-01", "2022-07-01", ""), "tot", "BEGELEIDING_PLUS_TE_LANG");
        Http.Response plus = oss.post("api/v1/clienten/" + client + "/indicaties", toewijzing("02BIP", "A", aanbieder, "2022-01-01",
                "2022-06-30", ""));
        assertEquals(201, plus.status(), plus.body());
        refused(client, toewijzing("02BIP", "A", aanbieder, "2022-05-01", "2022-09-30",
                ",\"vorigeId\":" + plus.json().getJsonNumber("id").longValue()), "tot", "BEGELEIDING_PLUS_TE_LANG");

        // IB4 MO: only up to 27 on the start date, at most one year.
        refused(client, toewijzing("16I4M", null, aanbieder, "2022-03-01", "2023-02-28", ""), "productCode", "IB4MO_LEEFTIJD");
        long jong = client(1995); // 27 in 2022
        refused(jong, toewijzing("16I4M", null, aanbieder, "2022-03-01", "2023-03-01", ""), "tot", "IB4MO_TE_LANG");
        Http.Response ib4 = oss.post("api/v1/clienten/" + jong + "/indicaties", toewijzing("16I4M", null, aanbieder, "2022-03-01",
                "2023-02-28", ""));
        assertEquals(201, ib4.status(), ib4.body());
        assertEquals("6", ib4.json().getString("frequentie"));
        assertEquals(3, aantal(client));
        assertEquals(1, aantal(jong));
    }
}
