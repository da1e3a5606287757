package nl.wmoregio.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Scenario inputs that the steering transforms do not produce: the age mix of the clients in the
 * bands of the population prognosis ({@link Scenarios#PROGNOSEKLASSEN}), on the current indeling.
 */
public final class ScenarioBronnen {

    private ScenarioBronnen() {
    }

    /** The band of an age in years, or null below 18 (no prognosis band). */
    public static Column prognoseklasse(Column leeftijd) {
        return when(leeftijd.lt(18), lit(null).cast("string")).when(leeftijd.lt(24), "18-23").when(leeftijd.lt(55), "24-54")
                .when(leeftijd.lt(75), "55-75").otherwise("75+");
    }

    /**
     * Clients with an indicatie running in {@code jaar} per current gemeente x product group x band
     * (age = jaar - geboortejaar): columns gemeente_id, productgroep_code, leeftijdsklasse, clienten.
     */
    public static Dataset<Row> prognoseMix(Map<String, Dataset<Row>> bronnen, int jaar) {
        Dataset<Row> ind = bronnen.get("indicatie");
        Dataset<Row> c = bronnen.get("client").select(col("id").as("c_id"), col("geboortejaar"));
        Dataset<Row> p = bronnen.get("product").select(col("code").as("p_code"), col("productgroep_code"));
        java.sql.Date begin = java.sql.Date.valueOf(java.time.LocalDate.of(jaar, 1, 1));
        java.sql.Date eind = java.sql.Date.valueOf(java.time.LocalDate.of(jaar, 12, 31));
        Dataset<Row> lopend = ind.where(col("van").leq(lit(eind)).and(col("tot").isNull().or(col("tot").geq(lit(begin)))))
                .join(c, col("client_id").equalTo(col("c_id")))
                .join(p, col("product_code").equalTo(col("p_code")))
                .withColumn("leeftijdsklasse", prognoseklasse(lit(jaar).minus(col("geboortejaar"))))
                .select(col("gemeente_id"), col("productgroep_code"), col("leeftijdsklasse"), col("client_id"));
        Dataset<Row> huidig = Transforms.opHuidigeGemeente(lopend, Transforms.dimGemeente(bronnen.get("gemeente")));
        return huidig.groupBy("gemeente_id", "productgroep_code", "leeftijdsklasse")
                .agg(countDistinct("client_id").as("clienten"));
    }
}
