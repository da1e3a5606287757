package nl.wmoregio.warehouse;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import scala.collection.immutable.Seq;

/**
 * The star schema and the indicators: pure functions from datasets to datasets, no I/O, so each
 * is unit-tested on tiny hand-made data. Column names of the inputs are those declared in
 * {@link Bronnen}. Output column names match the warehouse tables of Flyway V10 (minus run_id).
 */
public final class Transforms {

    /** Grain of the indicators. */
    public static final List<String> SLEUTEL = List.of("jaar", "gemeente_id", "aanbieder_id", "productgroep_code", "segment");

    /** Answers that count as positive in the CEO (case and spaces ignored). */
    public static final List<String> POSITIEF = List.of("eens", "helemaal eens", "ja");

    /** Below this many answers a CEO percentage is not shown. */
    public static final int MIN_N = 10;

    private Transforms() {
    }

    static Seq<String> seq(List<String> cols) {
        return scala.jdk.javaapi.CollectionConverters.asScala(cols).toList();
    }

    // ------------------------------------------------------------------ dimensions

    /**
     * Gemeente with merger history: huidige_gemeente_id follows opgevolgd_door_id to the end of
     * the chain (a cycle stops where it would repeat). The table is tiny (one row per gemeente that
     * ever existed), so the chain is followed on the driver instead of with ten self-joins (which
     * cost ten extra stages in every plan that used the dimension).
     */
    public static Dataset<Row> dimGemeente(Dataset<Row> gemeente) {
        List<Row> rijen = gemeente.select("id", "cbs_code", "naam", "geldig_van", "geldig_tot", "opgevolgd_door_id")
                .collectAsList();
        java.util.Map<Long, Long> opvolger = new java.util.HashMap<>();
        for (Row r : rijen) {
            if (!r.isNullAt(5)) {
                opvolger.put(r.getLong(0), r.getLong(5));
            }
        }
        List<Row> uit = new java.util.ArrayList<>();
        for (Row r : rijen) {
            long huidig = r.getLong(0);
            java.util.Set<Long> gezien = new java.util.HashSet<>();
            while (opvolger.containsKey(huidig) && gezien.add(huidig)) {
                huidig = opvolger.get(huidig);
            }
            uit.add(org.apache.spark.sql.RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), huidig));
        }
        return gemeente.sparkSession().createDataFrame(uit, org.apache.spark.sql.types.StructType.fromDDL(
                "gemeente_id BIGINT, cbs_code STRING, naam STRING, geldig_van DATE, geldig_tot DATE,"
                        + " huidige_gemeente_id BIGINT"));
    }

    /**
     * Adds {@code huidige_gemeente_id} (the end of the merger chain of {@code gemeente_id}, from
     * {@link #dimGemeente}) so screens can regroup a result on today's indeling. A gemeente that is
     * not in the dimension keeps its own id.
     */
    public static Dataset<Row> metHuidigeGemeente(Dataset<Row> ds, Dataset<Row> dimGemeente) {
        Dataset<Row> g = broadcast(dimGemeente.select(col("gemeente_id").as("hg_id"),
                col("huidige_gemeente_id").as("hg_huidig")));
        return ds.join(g, ds.col("gemeente_id").equalTo(g.col("hg_id")), "left")
                .withColumn("huidige_gemeente_id", coalesce(col("hg_huidig"), col("gemeente_id")))
                .drop("hg_id", "hg_huidig");
    }

    /**
     * The current indeling: {@code gemeente_id} replaced by the end of its merger chain, so the
     * history of a merged gemeente counts as its successor's (used for the scenario projections:
     * trend, age mix and budget per current gemeente).
     */
    public static Dataset<Row> opHuidigeGemeente(Dataset<Row> ds, Dataset<Row> dimGemeente) {
        List<String> kolommen = List.of(ds.columns());
        return metHuidigeGemeente(ds, dimGemeente).withColumn("gemeente_id", col("huidige_gemeente_id"))
                .select(kolommen.stream().map(functions_col()).toArray(Column[]::new));
    }

    public static Dataset<Row> dimAanbieder(Dataset<Row> aanbieder) {
        return aanbieder.select(col("id").as("aanbieder_id"), col("naam"), col("status"));
    }

    public static Dataset<Row> dimProduct(Dataset<Row> product) {
        return product.select(col("code").as("product_code"), col("naam"), col("productgroep_code"),
                col("productgroep_naam"), col("categorie"), col("bekostiging"));
    }

    /** Months that occur in the declarations, with quarter and year. */
    public static Dataset<Row> dimPeriode(Dataset<Row> declaratie) {
        return declaratie.select("jaar", "maand").distinct()
                .select(col("jaar").multiply(100).plus(col("maand")).as("periode"), col("jaar"),
                        floor(col("maand").minus(1).divide(3)).plus(1).cast("int").as("kwartaal"), col("maand"));
    }

    /**
     * The age bands of seed 001 (one definition for toegang, warehouse and scenarios): 18-23,
     * 24-54, 55-75 (up to 75), 75+ (from 75, the elderly segment 3). An age under 18 (not a Wmo
     * client, a data error) counts in the youngest band.
     */
    public static Column leeftijdsklasse(Column leeftijd) {
        return when(leeftijd.lt(24), "18-23").when(leeftijd.lt(55), "24-54").when(leeftijd.lt(75), "55-75")
                .otherwise("75+");
    }

    /** Age at a date from the birth year (the source holds only the year): year of the date - birth year. */
    public static Column leeftijdOp(Column datum, Column geboortejaar) {
        return year(datum).minus(geboortejaar);
    }

    // ------------------------------------------------------------------ facts

    /**
     * One row per indicatie with the client's segment and birth year, the product group, and the
     * events: instroom (renews nothing), uitstroom (ended on or before the peildatum and not
     * renewed) with its duration in days (van to tot inclusive).
     */
    public static Dataset<Row> indicatieFeiten(Dataset<Row> indicatie, Dataset<Row> client, Dataset<Row> product,
            LocalDate peildatum) {
        Dataset<Row> opgevolgd = indicatie.where(col("vorige_id").isNotNull())
                .select(col("vorige_id").as("opgevolgd_id")).distinct();
        Dataset<Row> c = client.select(col("id").as("c_id"), col("segment"), col("geboortejaar"));
        Dataset<Row> p = broadcast(product.select(col("code").as("p_code"), col("productgroep_code"), col("volgorde")));
        Column uitstroom = col("tot").isNotNull().and(col("tot").leq(lit(java.sql.Date.valueOf(peildatum))))
                .and(col("opgevolgd_id").isNull());
        return indicatie
                .join(c, indicatie.col("client_id").equalTo(c.col("c_id")))
                .join(p, indicatie.col("product_code").equalTo(p.col("p_code")))
                .join(opgevolgd, indicatie.col("id").equalTo(opgevolgd.col("opgevolgd_id")), "left")
                .select(col("id").as("indicatie_id"), col("client_id"), col("gemeente_id"), col("aanbieder_id"),
                        col("product_code"), col("productgroep_code"), col("volgorde"), col("segment"),
                        col("geboortejaar"), col("van"), col("tot"), col("volume"), col("vorige_id"),
                        col("reden_einde"), col("start_zorg"), col("vorige_id").isNull().as("instroom"),
                        uitstroom.as("uitstroom"),
                        when(uitstroom, datediff(col("tot"), col("van")).plus(1)).as("duur_dagen"));
    }

    /** Indicatie facts exploded to every year in which the indicatie runs (up to the peildatum). */
    public static Dataset<Row> indicatieJaren(Dataset<Row> feiten, LocalDate peildatum) {
        Column peil = lit(java.sql.Date.valueOf(peildatum));
        return feiten.where(col("van").leq(peil))
                .withColumn("jaar", explode(sequence(year(col("van")),
                        year(least(coalesce(col("tot"), peil), peil)))));
    }

    /** Declaration lines with product group and the client's segment. */
    public static Dataset<Row> kostenFeiten(Dataset<Row> declaratie, Dataset<Row> indicatie, Dataset<Row> client,
            Dataset<Row> product) {
        // the indicatie side gets its client's segment first (indicaties are far fewer than declaration
        // lines), so the lines are shuffled for ONE join; the product group comes from a broadcast
        Dataset<Row> c = client.select(col("id").as("c_id"), col("segment"));
        Dataset<Row> i = indicatie.select(col("id").as("i_id"), col("client_id"))
                .join(c, col("client_id").equalTo(c.col("c_id"))).select("i_id", "client_id", "segment");
        Dataset<Row> p = broadcast(product.select(col("code").as("p_code"), col("productgroep_code")));
        return declaratie.join(i, declaratie.col("indicatie_id").equalTo(i.col("i_id")))
                .join(p, declaratie.col("product_code").equalTo(p.col("p_code")))
                .select(col("jaar"), col("maand"), col("gemeente_id"), col("aanbieder_id"), col("productgroep_code"),
                        col("segment"), col("client_id"), col("volume").cast("long").as("volume"),
                        col("bedrag_cent"));
    }

    /**
     * Goal outcomes: the LAST evaluation of each goal (latest date, then highest id), in the year
     * of that evaluation, attributed to the indicatie's gemeente, provider, group and segment.
     */
    public static Dataset<Row> doelFeiten(Dataset<Row> doel, Dataset<Row> evaluatie, Dataset<Row> indicatieFeiten) {
        Dataset<Row> laatste = evaluatie
                .withColumn("rn", row_number().over(Window.partitionBy("doel_id")
                        .orderBy(col("datum").desc(), col("id").desc())))
                .where(col("rn").equalTo(1))
                .select(col("doel_id"), year(col("datum")).as("jaar"),
                        when(col("uitkomst").equalTo("BEHAALD"), 1L).otherwise(0L).as("behaald"));
        Dataset<Row> d = doel.select(col("id").as("d_id"), col("indicatie_id").as("d_indicatie_id"));
        Dataset<Row> f = indicatieFeiten.select("indicatie_id", "gemeente_id", "aanbieder_id", "productgroep_code",
                "segment");
        return laatste.join(d, col("doel_id").equalTo(col("d_id")))
                .join(f, col("d_indicatie_id").equalTo(f.col("indicatie_id")))
                .select("jaar", "gemeente_id", "aanbieder_id", "productgroep_code", "segment", "doel_id", "behaald");
    }

    /** Oordelen that count as a finding: the norm is not (fully) met. */
    public static final List<String> NIET_NALEVING = List.of("VOLDOET_DEELS", "VOLDOET_NIET");

    /**
     * Toezicht findings: bevindingen whose oordeel is VOLDOET_DEELS or VOLDOET_NIET, per year x
     * gemeente x provider. A finding of an onderzoek without a gemeente (region-wide) counts for
     * every gemeente in which the provider had clients that year (so summing over gemeenten counts
     * it more than once, as with CEO answers without a provider).
     */
    public static Dataset<Row> bevindingFeiten(Dataset<Row> bevinding, Dataset<Row> indicatieJaren) {
        Dataset<Row> niet = bevinding.where(col("oordeel").isin(NIET_NALEVING.toArray()));
        Dataset<Row> actief = indicatieJaren.select(col("jaar").as("a_jaar"), col("gemeente_id").as("a_gemeente"),
                col("aanbieder_id").as("a_aanbieder")).distinct();
        Dataset<Row> regio = niet.where(col("gemeente_id").isNull())
                .join(actief, col("jaar").equalTo(col("a_jaar")).and(col("aanbieder_id").equalTo(col("a_aanbieder"))))
                .withColumn("gemeente_id", col("a_gemeente"));
        return niet.where(col("gemeente_id").isNotNull()).select("jaar", "gemeente_id", "aanbieder_id", "id", "oordeel")
                .unionByName(regio.select("jaar", "gemeente_id", "aanbieder_id", "id", "oordeel"))
                .withColumnRenamed("id", "bevinding_id");
    }

    /**
     * Quality score per year x provider: of the provider's recorded beoordelingen in a year the
     * LAST one (beoordeeld_op, then id), the mean of its scores each scaled to 0-100 on the
     * indicator's own scale: 100 x (score - schaal_min) / (schaal_max - schaal_min), 1 decimal.
     * Methods with different scales thus compare; an indicator with an empty scale is left out.
     */
    public static Dataset<Row> kwaliteitScores(Dataset<Row> kwaliteit) {
        Dataset<Row> geschaald = kwaliteit.where(col("schaal_max").gt(col("schaal_min")))
                .withColumn("pct", col("score").minus(col("schaal_min")).multiply(100.0)
                        .divide(col("schaal_max").minus(col("schaal_min"))));
        Dataset<Row> laatste = geschaald.select("jaar", "aanbieder_id", "beoordeling_id", "datum").distinct()
                .withColumn("rn", row_number().over(Window.partitionBy("jaar", "aanbieder_id")
                        .orderBy(col("datum").desc(), col("beoordeling_id").desc())))
                .where(col("rn").equalTo(1)).select("beoordeling_id");
        return geschaald.join(laatste, "beoordeling_id")
                .groupBy("jaar", "aanbieder_id")
                .agg(round(avg("pct"), 1).as("kwaliteit_score"));
    }

    // ------------------------------------------------------------------ indicators

    /** The steering figures per year x gemeente x aanbieder x productgroep x segment. */
    public static Dataset<Row> indicatoren(Dataset<Row> indicatieJaren, Dataset<Row> kostenFeiten,
            Dataset<Row> doelFeiten) {
        Column inJaar = col("jaar");
        Dataset<Row> a = indicatieJaren.groupBy(SLEUTEL.stream().map(functions_col()).toArray(Column[]::new))
                .agg(countDistinct("client_id").as("clienten"), count(lit(1)).as("indicaties"),
                        sum(when(col("instroom").and(year(col("van")).equalTo(inJaar)), 1L).otherwise(0L)).as("instroom"),
                        sum(when(col("uitstroom").and(year(col("tot")).equalTo(inJaar)), 1L).otherwise(0L)).as("uitstroom"),
                        avg(when(col("uitstroom").and(year(col("tot")).equalTo(inJaar)), col("duur_dagen")))
                                .as("gem_duur_dagen"));
        Dataset<Row> k = kostenFeiten.groupBy(SLEUTEL.stream().map(functions_col()).toArray(Column[]::new))
                .agg(sum("bedrag_cent").as("kosten_cent"));
        Dataset<Row> d = doelFeiten.groupBy(SLEUTEL.stream().map(functions_col()).toArray(Column[]::new))
                .agg(count(lit(1)).as("doelen_geevalueerd"), sum("behaald").as("doelen_behaald"));
        Dataset<Row> all = a.join(k, seq(SLEUTEL), "full_outer").join(d, seq(SLEUTEL), "full_outer")
                .na().fill(0L, new String[] {"clienten", "indicaties", "instroom", "uitstroom", "kosten_cent",
                        "doelen_geevalueerd", "doelen_behaald"});
        return all.select(col("jaar"), col("gemeente_id"), col("aanbieder_id"), col("productgroep_code"),
                col("segment"), col("clienten"), col("indicaties"), col("instroom"), col("uitstroom"),
                round(col("gem_duur_dagen"), 1).as("gem_duur_dagen"), col("kosten_cent"),
                when(col("clienten").gt(0), round(col("kosten_cent").divide(col("clienten"))).cast("long"))
                        .as("kosten_per_client_cent"),
                col("doelen_geevalueerd"), col("doelen_behaald"),
                when(col("doelen_geevalueerd").gt(0), round(col("doelen_behaald").divide(col("doelen_geevalueerd")), 4))
                        .as("aandeel_doelen_behaald"));
    }

    private static java.util.function.Function<String, Column> functions_col() {
        return org.apache.spark.sql.functions::col;
    }

    /** Uitstroom per year x gemeente x productgroep x reason (ONBEKEND when not given). */
    public static Dataset<Row> uitstroomPerReden(Dataset<Row> indicatieFeiten) {
        return indicatieFeiten.where(col("uitstroom"))
                .groupBy(year(col("tot")).as("jaar"), col("gemeente_id"), col("productgroep_code"),
                        coalesce(col("reden_einde"), lit("ONBEKEND")).as("reden"))
                .agg(count(lit(1)).as("aantal"));
    }

    /**
     * Doorstroom: each renewal (vorige_id) in the year of the new indicatie. Another product
     * group is ZWAARDER or LICHTER by the group's order (HV lightest ... MO heaviest); the same
     * group with another product is ANDER_PRODUCT; the same product compares the volume.
     */
    public static Dataset<Row> doorstroom(Dataset<Row> indicatieFeiten) {
        Dataset<Row> p = indicatieFeiten.select(col("indicatie_id").as("p_id"), col("product_code").as("p_product"),
                col("productgroep_code").as("van_productgroep_code"), col("volgorde").as("p_volgorde"),
                col("volume").as("p_volume"));
        Column richting = when(col("p_volgorde").lt(col("volgorde")), "ZWAARDER")
                .when(col("p_volgorde").gt(col("volgorde")), "LICHTER")
                .when(col("p_product").notEqual(col("product_code")), "ANDER_PRODUCT")
                .when(coalesce(col("volume"), lit(0)).gt(coalesce(col("p_volume"), lit(0))), "ZWAARDER")
                .when(coalesce(col("volume"), lit(0)).lt(coalesce(col("p_volume"), lit(0))), "LICHTER")
                .otherwise("GELIJK");
        return indicatieFeiten.join(p, col("vorige_id").equalTo(col("p_id")))
                .groupBy(year(col("van")).as("jaar"), col("gemeente_id"), col("van_productgroep_code"),
                        col("productgroep_code").as("naar_productgroep_code"), richting.as("richting"))
                .agg(count(lit(1)).as("aantal"));
    }

    /** The CEO questions about the support itself (seed: V01-V05 are about the gemeente's front door). */
    public static final List<String> VRAGEN_ONDERSTEUNING = List.of("V06", "V07", "V08", "V09", "V10");

    /**
     * The CEO answers that count for a provider: those that name the provider (aanbieder_id) AND
     * are about the support itself ({@link #VRAGEN_ONDERSTEUNING}, V06-V10). An answer without a
     * provider is not spread over the providers the client had (it counts only in the gemeente's
     * total); V01-V05 are about the gemeente's front door and never count for a provider.
     */
    public static Dataset<Row> ceoMetAanbieder(Dataset<Row> ceo) {
        return ceo.where(col("aanbieder_id").isNotNull()
                .and(upper(trim(col("vraag"))).isin(VRAGEN_ONDERSTEUNING.toArray())));
    }

    /**
     * CEO per year x gemeente x aanbieder x question, plus the gemeente total (aanbieder_id NULL):
     * n answers, % (helemaal) eens / ja, suppressed (NULL) below {@link #MIN_N} answers.
     */
    public static Dataset<Row> ceo(Dataset<Row> ceo, Dataset<Row> ceoMetAanbieder) {
        Column positief = lower(trim(col("antwoord"))).isin(POSITIEF.toArray());
        Dataset<Row> perAanbieder = ceoMetAanbieder.groupBy("jaar", "gemeente_id", "aanbieder_id", "vraag")
                .agg(count(lit(1)).as("n"), sum(when(positief, 1L).otherwise(0L)).as("eens"));
        Dataset<Row> perGemeente = ceo.groupBy("jaar", "gemeente_id", "vraag")
                .agg(count(lit(1)).as("n"), sum(when(positief, 1L).otherwise(0L)).as("eens"))
                .withColumn("aanbieder_id", lit(null).cast("long"));
        return perAanbieder.unionByName(perGemeente)
                .select(col("jaar"), col("gemeente_id"), col("aanbieder_id"), col("vraag"), col("n"),
                        when(col("n").geq(MIN_N), round(col("eens").multiply(100.0).divide(col("n")), 1)).as("pct_eens"),
                        col("n").lt(MIN_N).as("onderdrukt"));
    }

    /** Share of costs of the ten largest providers per year x productgroep. */
    public static Dataset<Row> concentratie(Dataset<Row> kostenFeiten) {
        Dataset<Row> perAanbieder = kostenFeiten.groupBy("jaar", "productgroep_code", "aanbieder_id")
                .agg(sum("bedrag_cent").as("k"))
                .withColumn("rn", row_number().over(Window.partitionBy("jaar", "productgroep_code")
                        .orderBy(col("k").desc(), col("aanbieder_id"))));
        return perAanbieder.groupBy("jaar", "productgroep_code")
                .agg(count(lit(1)).as("aanbieders"), sum("k").as("kosten_cent"),
                        sum(when(col("rn").leq(10), col("k")).otherwise(0L)).as("top10"))
                .select(col("jaar"), col("productgroep_code"), col("aanbieders"), col("kosten_cent"),
                        when(col("kosten_cent").gt(0), round(col("top10").divide(col("kosten_cent")), 4))
                                .as("top10_aandeel"));
    }

    /**
     * Providers contracted (deelovereenkomst) for a product group in a year without any indicatie
     * in that group that year; only years that occur in the indicatie data.
     */
    public static Dataset<Row> zonderClienten(Dataset<Row> contractering, Dataset<Row> product,
            Dataset<Row> indicatieJaren) {
        Dataset<Row> p = broadcast(product.select(col("code").as("p_code"), col("productgroep_code")));
        Dataset<Row> jaren = indicatieJaren.select("jaar").distinct();
        Dataset<Row> gecontracteerd = contractering.join(p, col("product_code").equalTo(col("p_code")))
                .withColumn("jaar", explode(sequence(year(col("van")), year(col("tot")))))
                .select("jaar", "aanbieder_id", "productgroep_code").distinct()
                .join(jaren, "jaar");
        Dataset<Row> actief = indicatieJaren.select("jaar", "aanbieder_id", "productgroep_code").distinct();
        return gecontracteerd.join(actief, seq(List.of("jaar", "aanbieder_id", "productgroep_code")), "left_anti");
    }

    /** Monthly series per gemeente x productgroep: clients with a declaration, volume, costs. */
    public static Dataset<Row> maandReeks(Dataset<Row> kostenFeiten) {
        return kostenFeiten.groupBy("jaar", "maand", "gemeente_id", "productgroep_code")
                .agg(countDistinct("client_id").as("clienten"), sum("volume").as("volume"),
                        sum("bedrag_cent").as("kosten_cent"));
    }

    /**
     * The provider view per year x gemeente x aanbieder: clients, costs, cost per client, goals,
     * CEO over the support questions V06-V10 (n = respondents; the % over their answers; suppressed
     * below {@link #MIN_N} respondents), meldingen and toezicht findings
     * ({@link #bevindingFeiten}) with their number per 100 clients, and the provider's quality score
     * of the year ({@link #kwaliteitScores}; the same on every gemeente row of the provider).
     */
    public static Dataset<Row> aanbiederJaar(Dataset<Row> indicatieJaren, Dataset<Row> kostenFeiten,
            Dataset<Row> doelFeiten, Dataset<Row> ceoMetAanbieder, Dataset<Row> melding, Dataset<Row> bevindingFeiten,
            Dataset<Row> kwaliteitScores) {
        List<String> key = List.of("jaar", "gemeente_id", "aanbieder_id");
        Dataset<Row> a = indicatieJaren.groupBy("jaar", "gemeente_id", "aanbieder_id")
                .agg(countDistinct("client_id").as("clienten"));
        Dataset<Row> k = kostenFeiten.groupBy("jaar", "gemeente_id", "aanbieder_id").agg(sum("bedrag_cent").as("kosten_cent"));
        Dataset<Row> d = doelFeiten.groupBy("jaar", "gemeente_id", "aanbieder_id")
                .agg(count(lit(1)).as("doelen_geevalueerd"), sum("behaald").as("doelen_behaald"));
        Column positief = lower(trim(col("antwoord"))).isin(POSITIEF.toArray());
        // n is respondents, not answers: five questions of two people must not pass the suppression at ten
        Dataset<Row> c = ceoMetAanbieder.groupBy("jaar", "gemeente_id", "aanbieder_id")
                .agg(countDistinct("pseudoniem").as("ceo_n"), count(lit(1)).as("ceo_antwoorden"),
                        sum(when(positief, 1L).otherwise(0L)).as("ceo_eens"));
        Dataset<Row> m = melding.groupBy("jaar", "gemeente_id", "aanbieder_id").agg(count(lit(1)).as("meldingen"));
        Dataset<Row> b = bevindingFeiten.groupBy("jaar", "gemeente_id", "aanbieder_id").agg(count(lit(1)).as("bevindingen"));
        Dataset<Row> all = a.join(k, seq(key), "full_outer").join(d, seq(key), "full_outer")
                .join(c, seq(key), "full_outer").join(m, seq(key), "full_outer").join(b, seq(key), "full_outer")
                .join(kwaliteitScores, seq(List.of("jaar", "aanbieder_id")), "left")
                .na().fill(0L, new String[] {"clienten", "kosten_cent", "doelen_geevalueerd", "doelen_behaald", "ceo_n",
                        "ceo_antwoorden", "ceo_eens", "meldingen", "bevindingen"});
        return all.select(col("jaar"), col("gemeente_id"), col("aanbieder_id"), col("clienten"), col("kosten_cent"),
                when(col("clienten").gt(0), round(col("kosten_cent").divide(col("clienten"))).cast("long"))
                        .as("kosten_per_client_cent"),
                col("doelen_geevalueerd"), col("doelen_behaald"),
                when(col("doelen_geevalueerd").gt(0), round(col("doelen_behaald").divide(col("doelen_geevalueerd")), 4))
                        .as("aandeel_doelen_behaald"),
                col("ceo_n"),
                when(col("ceo_n").geq(MIN_N), round(col("ceo_eens").multiply(100.0).divide(col("ceo_antwoorden")), 1))
                        .as("ceo_pct_eens"),
                col("meldingen"),
                when(col("clienten").gt(0), round(col("meldingen").multiply(100.0).divide(col("clienten")), 2))
                        .as("meldingen_per_100"),
                col("bevindingen"),
                when(col("clienten").gt(0), round(col("bevindingen").multiply(100.0).divide(col("clienten")), 2))
                        .as("bevindingen_per_100"),
                col("kwaliteit_score"));
    }

    /**
     * Unique clients per gemeente x productgroep x age band in one year (weights for the scenarios).
     * The age is taken at the indicatie's date (year of {@code van} - birth year), of the client's
     * latest indicatie in that gemeente and group running in the year, so each client counts once.
     */
    public static Dataset<Row> leeftijdsmix(Dataset<Row> indicatieJaren, int jaar) {
        return indicatieJaren.where(col("jaar").equalTo(jaar))
                .groupBy("gemeente_id", "productgroep_code", "client_id")
                .agg(max("van").as("van"), max("geboortejaar").as("geboortejaar"))
                .groupBy(col("gemeente_id"), col("productgroep_code"),
                        leeftijdsklasse(leeftijdOp(col("van"), col("geboortejaar"))).as("leeftijdsklasse"))
                .agg(count(lit(1)).as("clienten"));
    }

    // ------------------------------------------------------------------ roll-ups with distinct clients

    /** The indelingen of {@link #clientenPerNiveau}: as recorded, and regrouped on today's gemeenten. */
    public static final String HISTORISCH = "HISTORISCH";
    public static final String HUIDIG = "HUIDIG";

    private static final java.util.concurrent.atomic.AtomicLong VIEW = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Distinct clients and costs at every roll-up level, so no screen has to add up distinct counts
     * of a finer grain (a client with two providers, groups or gemeenten would count twice):
     * <ul>
     * <li>year ({@code maand} NULL): every combination of gemeente, product group and provider, each
     * of them rolled up (NULL = all; gemeente NULL = the region). Clients = distinct clients with an
     * indicatie running in the year (as {@code wh_indicator.clienten}), costs = declarations of the
     * year;</li>
     * <li>month: every combination of gemeente and product group (provider always NULL). Clients =
     * distinct clients with a declaration in the month (as {@code wh_maand.clienten}).</li>
     * </ul>
     * Both for the indeling as recorded ({@link #HISTORISCH}) and on today's gemeenten ({@link #HUIDIG}:
     * a merged gemeente's clients count under its successor, once). {@code kosten_per_client_cent} =
     * costs / distinct clients of the same row, rounded.
     */
    public static Dataset<Row> clientenPerNiveau(Dataset<Row> indicatieJaren, Dataset<Row> kostenFeiten,
            Dataset<Row> dimGemeente) {
        Dataset<Row> a = indicatieJaren.select(col("jaar"), col("gemeente_id"), col("productgroep_code"),
                col("aanbieder_id"), col("client_id"), lit(0L).as("bedrag_cent"));
        Dataset<Row> k = kostenFeiten.select(col("jaar"), col("gemeente_id"), col("productgroep_code"),
                col("aanbieder_id"), lit(null).cast("long").as("client_id"), col("bedrag_cent"));
        Dataset<Row> jaar = beideIndelingen(a.unionByName(k), dimGemeente);
        Dataset<Row> maand = beideIndelingen(kostenFeiten.select("jaar", "maand", "gemeente_id", "productgroep_code",
                "client_id", "bedrag_cent"), dimGemeente);
        String j = "wh_niveau_jaar_" + VIEW.incrementAndGet();
        String m = "wh_niveau_maand_" + VIEW.incrementAndGet();
        jaar.createOrReplaceTempView(j);
        maand.createOrReplaceTempView(m);
        Dataset<Row> perJaar = jaar.sparkSession().sql("SELECT indeling, jaar, CAST(NULL AS INT) AS maand, gemeente_id,"
                + " productgroep_code, aanbieder_id, COUNT(DISTINCT client_id) AS clienten, SUM(bedrag_cent) AS kosten_cent"
                + " FROM " + j + " GROUP BY indeling, jaar, CUBE(gemeente_id, productgroep_code, aanbieder_id)");
        Dataset<Row> perMaand = jaar.sparkSession().sql("SELECT indeling, jaar, maand, gemeente_id, productgroep_code,"
                + " CAST(NULL AS BIGINT) AS aanbieder_id, COUNT(DISTINCT client_id) AS clienten,"
                + " SUM(bedrag_cent) AS kosten_cent FROM " + m
                + " GROUP BY indeling, jaar, maand, CUBE(gemeente_id, productgroep_code)");
        // the views are resolved into the plans above (spark.sql analyses eagerly): drop them, so a
        // long-lived session does not collect one pair per run
        jaar.sparkSession().catalog().dropTempView(j);
        jaar.sparkSession().catalog().dropTempView(m);
        return perJaar.unionByName(perMaand)
                .withColumn("kosten_per_client_cent", when(col("clienten").gt(0),
                        round(col("kosten_cent").divide(col("clienten"))).cast("long")));
    }

    /** The rows twice: indeling HISTORISCH as recorded, HUIDIG with gemeente_id at the end of its merger chain. */
    private static Dataset<Row> beideIndelingen(Dataset<Row> ds, Dataset<Row> dimGemeente) {
        return ds.withColumn("indeling", lit(HISTORISCH))
                .unionByName(opHuidigeGemeente(ds, dimGemeente).withColumn("indeling", lit(HUIDIG)));
    }

    // ------------------------------------------------------------------ waiting time

    /**
     * Waiting time per year (of the indicatie's start) x gemeente x provider x product: the start of
     * care the provider reported (WMO305, {@code start_zorg}) minus the start of the indicatie
     * ({@code van}), in days; care that started before the indicatie's start counts as 0. Counted for
     * every indicatie that starts on or before the peildatum except a renewal at the same provider for
     * the same product (care that simply goes on). {@code gestart}: indicaties with a start of care;
     * {@code gem_/mediaan_/max_wachttijd_dagen} over those; {@code wachtend}: indicaties without a
     * start of care that still run at the peildatum, with the mean days waited so far.
     */
    public static Dataset<Row> wachttijd(Dataset<Row> indicatieFeiten, LocalDate peildatum) {
        Column peil = lit(java.sql.Date.valueOf(peildatum));
        Dataset<Row> vorige = indicatieFeiten.select(col("indicatie_id").as("v_id"), col("aanbieder_id").as("v_aanbieder"),
                col("product_code").as("v_product"));
        Column voortzetting = col("v_id").isNotNull().and(col("v_aanbieder").equalTo(col("aanbieder_id")))
                .and(col("v_product").equalTo(col("product_code")));
        Column wacht = greatest(lit(0), datediff(col("start_zorg"), col("van")));
        Column wachtend = col("start_zorg").isNull().and(col("tot").isNull().or(col("tot").geq(peil)));
        return indicatieFeiten.where(col("van").leq(peil))
                .join(vorige, col("vorige_id").equalTo(col("v_id")), "left")
                .where(not(voortzetting))
                .groupBy(year(col("van")).as("jaar"), col("gemeente_id"), col("aanbieder_id"), col("product_code"))
                .agg(count(col("start_zorg")).as("gestart"),
                        round(avg(when(col("start_zorg").isNotNull(), wacht)), 1).as("gem_wachttijd_dagen"),
                        percentile(when(col("start_zorg").isNotNull(), wacht), lit(0.5)).as("mediaan_wachttijd_dagen"),
                        max(when(col("start_zorg").isNotNull(), wacht)).as("max_wachttijd_dagen"),
                        sum(when(wachtend, 1L).otherwise(0L)).as("wachtend"),
                        round(avg(when(wachtend, datediff(peil, col("van")))), 1).as("gem_wachtend_dagen"));
    }
}
