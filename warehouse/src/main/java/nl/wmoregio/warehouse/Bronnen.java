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
     * @param partitie   columns of the select that partition the lake (year, or year and month); empty
     *                   for small tables. The incremental extract fingerprints and re-reads per
     *                   partition (see {@link Extract}).
     * @param verplicht  false: skip with a log line when {@code tabel} is missing
     * @param schema     Spark DDL of the columns (used for the empty dataset of a skipped source)
     */
    public record Bron(String naam, String tabel, String select, String splitKolom, List<String> partitie,
            boolean verplicht, String schema) {

        public Bron {
            partitie = List.copyOf(partitie);
        }

        public boolean gepartitioneerd() {
            return !partitie.isEmpty();
        }
    }

    private static final List<String> GEEN = List.of();
    private static final List<String> JAAR = List.of("jaar");

    public static final Bron GEMEENTE = new Bron("gemeente", "gemeente",
            "SELECT id, cbs_code, naam, geldig_van, geldig_tot, opgevolgd_door_id FROM gemeente",
            null, GEEN, true,
            "id BIGINT, cbs_code STRING, naam STRING, geldig_van DATE, geldig_tot DATE, opgevolgd_door_id BIGINT");

    public static final Bron AANBIEDER = new Bron("aanbieder", "aanbieder",
            "SELECT id, naam, status FROM aanbieder", null, GEEN, true,
            "id BIGINT, naam STRING, status STRING");

    public static final Bron PRODUCT = new Bron("product", "product",
            "SELECT p.code, p.naam, p.productgroep_code, g.naam AS productgroep_naam, g.volgorde,"
                    + " p.iwmo_productcategorie AS categorie, p.bekostiging"
                    + " FROM product p JOIN productgroep g ON g.code = p.productgroep_code",
            null, GEEN, true,
            "code STRING, naam STRING, productgroep_code STRING, productgroep_naam STRING, volgorde INT,"
                    + " categorie STRING, bekostiging STRING");

    /** Contracted product per provider (deelovereenkomst of the provider's raamovereenkomst). */
    public static final Bron CONTRACTERING = new Bron("contractering", "deelovereenkomst",
            "SELECT d.id, c.aanbieder_id, d.product_code, d.van, d.tot FROM deelovereenkomst d"
                    + " JOIN contract c ON c.id = d.contract_id",
            null, GEEN, false,
            "id BIGINT, aanbieder_id BIGINT, product_code STRING, van DATE, tot DATE");

    public static final Bron CLIENT = new Bron("client", "client",
            "SELECT id, pseudoniem, geboortejaar, gemeente_id, segment FROM client",
            "id", GEEN, true,
            "id BIGINT, pseudoniem STRING, geboortejaar INT, gemeente_id BIGINT, segment STRING");

    /** Indicaties; start_zorg is the start of care the provider reported (iWmo WMO305), NULL until then. */
    public static final Bron INDICATIE = new Bron("indicatie", "indicatie",
            "SELECT id, client_id, gemeente_id, product_code, aanbieder_id, van, tot, volume,"
                    + " budget_cent, reden_einde, vorige_id, YEAR(van) AS jaar, start_zorg FROM indicatie",
            "id", JAAR, true,
            "id BIGINT, client_id BIGINT, gemeente_id BIGINT, product_code STRING, aanbieder_id BIGINT,"
                    + " van DATE, tot DATE, volume INT, budget_cent BIGINT, reden_einde STRING, vorige_id BIGINT,"
                    + " jaar INT, start_zorg DATE");

    public static final Bron DOEL = new Bron("doel", "doel",
            "SELECT id, indicatie_id FROM doel", "id", GEEN, true,
            "id BIGINT, indicatie_id BIGINT");

    public static final Bron DOEL_EVALUATIE = new Bron("doel_evaluatie", "doel_evaluatie",
            "SELECT id, doel_id, datum, uitkomst, YEAR(datum) AS jaar FROM doel_evaluatie",
            "id", JAAR, true,
            "id BIGINT, doel_id BIGINT, datum DATE, uitkomst STRING, jaar INT");

    public static final Bron DECLARATIE = new Bron("declaratie_regel", "declaratie_regel",
            "SELECT id, indicatie_id, aanbieder_id, gemeente_id, CAST(jaar AS INT) AS jaar,"
                    + " CAST(maand AS INT) AS maand, product_code, volume, tarief_cent, bedrag_cent"
                    + " FROM declaratie_regel",
            "id", List.of("jaar", "maand"), true,
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
            "id", JAAR, false,
            "id BIGINT, pseudoniem STRING, gemeente_id BIGINT, aanbieder_id BIGINT, jaar INT, vraag STRING,"
                    + " antwoord STRING");

    /** Toezicht meldingen (toezicht component, V8), by the year they were reported. */
    public static final Bron MELDING = new Bron("melding", "melding",
            "SELECT id, gemeente_id, aanbieder_id, YEAR(melddatum) AS jaar, soort FROM melding",
            "id", JAAR, false,
            "id BIGINT, gemeente_id BIGINT, aanbieder_id BIGINT, jaar INT, soort STRING");

    /**
     * Toezicht bevindingen (toezicht component, V8): the oordeel per norm of an onderzoek, with the
     * onderzoek's provider and gemeente (NULL: the onderzoek covers the whole region), in the year
     * the onderzoek was planned to start (the year the toezicht jaarverslag counts it in).
     */
    public static final Bron BEVINDING = new Bron("bevinding", "bevinding",
            "SELECT b.id, o.aanbieder_id, o.gemeente_id, YEAR(o.gepland_van) AS jaar, b.oordeel"
                    + " FROM bevinding b JOIN onderzoek o ON o.id = b.onderzoek_id",
            "id", JAAR, false,
            "id BIGINT, aanbieder_id BIGINT, gemeente_id BIGINT, jaar INT, oordeel STRING");

    /**
     * Quality scores (kwaliteit component, V9): each score of a recorded beoordeling (beoordeeld_op
     * set) with the indicator's scale, in the year of beoordeeld_op.
     */
    public static final Bron KWALITEIT = new Bron("kwaliteit_score", "kw_score",
            "SELECT s.id, s.beoordeling_id, b.aanbieder_id, b.beoordeeld_op AS datum, YEAR(b.beoordeeld_op) AS jaar,"
                    + " s.score, i.schaal_min, i.schaal_max"
                    + " FROM kw_score s JOIN kw_beoordeling b ON b.id = s.beoordeling_id"
                    + " JOIN kw_indicator i ON i.id = s.indicator_id WHERE b.beoordeeld_op IS NOT NULL",
            "id", JAAR, false,
            "id BIGINT, beoordeling_id BIGINT, aanbieder_id BIGINT, datum DATE, jaar INT, score INT, schaal_min INT,"
                    + " schaal_max INT");

    public static final List<Bron> ALLE = List.of(GEMEENTE, AANBIEDER, PRODUCT, CONTRACTERING, CLIENT,
            INDICATIE, DOEL, DOEL_EVALUATIE, DECLARATIE, CEO, MELDING, BEVINDING, KWALITEIT);

    private Bronnen() {
    }
}
