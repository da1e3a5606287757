package nl.wmoregio.warehouse;

import java.util.List;

/**
 * Every source the job reads, in ONE place: the table that must exist, the SELECT (only the
 * columns needed, renamed to the names the transforms use), the numeric column the JDBC read is
 * split on, and the year expression the lake is partitioned by. Never a BSN, name or address
 * of a client: {@code client} contributes only its pseudonym, birth year, gemeente and segment.
 *
 * <p>Tables of components built in parallel (CEO answers, toezicht meldingen) are optional: when
 * the table does not exist the source is skipped (logged) and the transforms get an empty
 * dataset with the declared columns. An integrator maps another schema by editing only the
 * {@code select} below, keeping the output column names.
 */
public final class Bronnen {

    /**
     * @param naam       lake name and key for the transforms
     * @param tabel      table that must exist for this source to be read
     * @param select     SQL producing the declared columns
     * @param splitKolom numeric column of the select the partitioned read splits on, or null
     * @param jaarKolom  column of the select that partitions the lake, or null (small tables)
     * @param verplicht  false: skip with a log line when {@code tabel} is missing
     * @param schema     Spark DDL of the columns (used for the empty dataset of a skipped source)
     */
    public record Bron(String naam, String tabel, String select, String splitKolom, String jaarKolom,
            boolean verplicht, String schema) {
    }

    public static final Bron GEMEENTE = new Bron("gemeente", "gemeente",
            "SELECT id, cbs_code, naam, geldig_van, geldig_tot, opgevolgd_door_id FROM gemeente",
            null, null, true,
            "id BIGINT, cbs_code STRING, naam STRING, geldig_van DATE, geldig_tot DATE, opgevolgd_door_id BIGINT");

    public static final Bron AANBIEDER = new Bron("aanbieder", "aanbieder",
            "SELECT id, naam, status FROM aanbieder", null, null, true,
            "id BIGINT, naam STRING, status STRING");

    public static final Bron PRODUCT = new Bron("product", "product",
            "SELECT p.code, p.naam, p.productgroep_code, g.naam AS productgroep_naam, g.volgorde,"
                    + " p.iwmo_productcategorie AS categorie, p.bekostiging"
                    + " FROM product p JOIN productgroep g ON g.code = p.productgroep_code",
            null, null, true,
            "code STRING, naam STRING, productgroep_code STRING, productgroep_naam STRING, volgorde INT,"
                    + " categorie STRING, bekostiging STRING");

    /** Contracted product per provider (deelovereenkomst of the provider's raamovereenkomst). */
    public static final Bron CONTRACTERING = new Bron("contractering", "deelovereenkomst",
            "SELECT d.id, c.aanbieder_id, d.product_code, d.van, d.tot FROM deelovereenkomst d"
                    + " JOIN contract c ON c.id = d.contract_id",
            null, null, false,
            "id BIGINT, aanbieder_id BIGINT, product_code STRING, van DATE, tot DATE");

    public static final Bron CLIENT = new Bron("client", "client",
            "SELECT id, pseudoniem, geboortejaar, gemeente_id, segment FROM client",
            "id", null, true,
            "id BIGINT, pseudoniem STRING, geboortejaar INT, gemeente_id BIGINT, segment STRING");

    public static final Bron INDICATIE = new Bron("indicatie", "indicatie",
            "SELECT id, client_id, gemeente_id, product_code, aanbieder_id, van, tot, volume,"
                    + " budget_cent, reden_einde, vorige_id, YEAR(van) AS jaar FROM indicatie",
            "id", "jaar", true,
            "id BIGINT, client_id BIGINT, gemeente_id BIGINT, product_code STRING, aanbieder_id BIGINT,"
                    + " van DATE, tot DATE, volume INT, budget_cent BIGINT, reden_einde STRING, vorige_id BIGINT,"
                    + " jaar INT");

    public static final Bron DOEL = new Bron("doel", "doel",
            "SELECT id, indicatie_id FROM doel", "id", null, true,
            "id BIGINT, indicatie_id BIGINT");

    public static final Bron DOEL_EVALUATIE = new Bron("doel_evaluatie", "doel_evaluatie",
            "SELECT id, doel_id, datum, uitkomst, YEAR(datum) AS jaar FROM doel_evaluatie",
            "id", "jaar", true,
            "id BIGINT, doel_id BIGINT, datum DATE, uitkomst STRING, jaar INT");

    public static final Bron DECLARATIE = new Bron("declaratie_regel", "declaratie_regel",
            "SELECT id, indicatie_id, aanbieder_id, gemeente_id, CAST(jaar AS INT) AS jaar,"
                    + " CAST(maand AS INT) AS maand, product_code, volume, tarief_cent, bedrag_cent"
                    + " FROM declaratie_regel",
            "id", "jaar", true,
            "id BIGINT, indicatie_id BIGINT, aanbieder_id BIGINT, gemeente_id BIGINT, jaar INT, maand INT,"
                    + " product_code STRING, volume INT, tarief_cent INT, bedrag_cent BIGINT");

    /**
     * CEO answers (ceo component, V9: answer, sample, round and question joined). antwoord: helemaal eens, eens, neutraal, oneens, helemaal oneens, ja, nee.
     * aanbieder_id may be NULL: the transform then attributes the answer to the client's
     * providers in that year.
     */
    public static final Bron CEO = new Bron("ceo_antwoord", "ceo_antwoord",
            // Only answers with an opinion (blank, 8 n.v.t. and 9 weet niet are left out, as in the CEO
            // component's own figures); codes become the words the transforms count.
            "SELECT a.id, s.pseudoniem, r.gemeente_id, s.aanbieder_id, r.jaar, v.code AS vraag,"
                    + " CASE WHEN v.type = 'JANEE' THEN (CASE a.antwoord WHEN 1 THEN 'ja' ELSE 'nee' END)"
                    + " ELSE (CASE a.antwoord WHEN 5 THEN 'helemaal eens' WHEN 4 THEN 'eens' WHEN 3 THEN 'neutraal'"
                    + " WHEN 2 THEN 'oneens' ELSE 'helemaal oneens' END) END AS antwoord"
                    + " FROM ceo_antwoord a JOIN ceo_steekproef s ON s.id = a.steekproef_id"
                    + " JOIN ceo_ronde r ON r.id = s.ronde_id JOIN ceo_vraag v ON v.id = a.vraag_id"
                    + " WHERE a.antwoord IS NOT NULL AND a.antwoord NOT IN (8, 9)",
            "id", "jaar", false,
            "id BIGINT, pseudoniem STRING, gemeente_id BIGINT, aanbieder_id BIGINT, jaar INT, vraag STRING,"
                    + " antwoord STRING");

    /** Toezicht meldingen (toezicht component, V8), by the year they were reported. */
    public static final Bron MELDING = new Bron("melding", "melding",
            "SELECT id, gemeente_id, aanbieder_id, YEAR(melddatum) AS jaar, soort FROM melding",
            "id", "jaar", false,
            "id BIGINT, gemeente_id BIGINT, aanbieder_id BIGINT, jaar INT, soort STRING");

    public static final List<Bron> ALLE = List.of(GEMEENTE, AANBIEDER, PRODUCT, CONTRACTERING, CLIENT,
            INDICATIE, DOEL, DOEL_EVALUATIE, DECLARATIE, CEO, MELDING);

    private Bronnen() {
    }
}
