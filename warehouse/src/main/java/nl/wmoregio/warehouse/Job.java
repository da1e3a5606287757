package nl.wmoregio.warehouse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The transform phase as one function of the source datasets (keyed by {@link Bronnen} name):
 * returns the result datasets keyed by warehouse table (without run_id), in load order.
 */
public final class Job {

    private Job() {
    }

    public static Map<String, Dataset<Row>> transformeer(Map<String, Dataset<Row>> in, LocalDate peildatum) {
        Dataset<Row> indicatie = in.get("indicatie");
        Dataset<Row> client = in.get("client");
        Dataset<Row> product = in.get("product");
        Dataset<Row> feiten = Transforms.indicatieFeiten(indicatie, client, product, peildatum).cache();
        Dataset<Row> jaren = Transforms.indicatieJaren(feiten, peildatum).cache();
        Dataset<Row> kosten = Transforms.kostenFeiten(in.get("declaratie_regel"), indicatie, client, product).cache();
        Dataset<Row> doelen = Transforms.doelFeiten(in.get("doel"), in.get("doel_evaluatie"), feiten);
        Dataset<Row> ceoMet = Transforms.ceoMetAanbieder(in.get("ceo_antwoord"), client, jaren);

        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        out.put("wh_dim_gemeente", Transforms.dimGemeente(in.get("gemeente")));
        out.put("wh_dim_aanbieder", Transforms.dimAanbieder(in.get("aanbieder")));
        out.put("wh_dim_product", Transforms.dimProduct(product));
        out.put("wh_dim_periode", Transforms.dimPeriode(in.get("declaratie_regel")));
        out.put("wh_indicator", Transforms.indicatoren(jaren, kosten, doelen));
        out.put("wh_aanbieder", Transforms.aanbiederJaar(jaren, kosten, doelen, ceoMet, in.get("melding")));
        out.put("wh_maand", Transforms.maandReeks(kosten));
        out.put("wh_uitstroom", Transforms.uitstroomPerReden(feiten));
        out.put("wh_doorstroom", Transforms.doorstroom(feiten));
        out.put("wh_ceo", Transforms.ceo(in.get("ceo_antwoord"), ceoMet));
        out.put("wh_concentratie", Transforms.concentratie(kosten));
        out.put("wh_zonder_clienten", Transforms.zonderClienten(in.get("contractering"), product, jaren));
        out.put("leeftijdsmix", Transforms.leeftijdsmix(jaren, peildatum.getYear()));
        return out;
    }
}
