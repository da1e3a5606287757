package nl.wmoregio.warehouse;

import static nl.wmoregio.warehouse.SparkTests.df;
import static nl.wmoregio.warehouse.SparkTests.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Incremental transforms: which years, and that a year transformed alone equals the full run's rows. */
class IncrementeelTest {

    static final LocalDate PEIL = LocalDate.of(2025, 6, 30);

    static Extract.Resultaat ongewijzigd() {
        return new Extract.Resultaat(10, "ongewijzigd", 0, 3, List.of());
    }

    @Test
    void aNewMonthOfDeclarationsTransformsItsYearAndThePeildatumsYear() {
        Map<String, Extract.Resultaat> ex = new LinkedHashMap<>();
        ex.put("indicatie", ongewijzigd());
        ex.put("declaratie_regel", new Extract.Resultaat(10, "incrementeel", 1, 31, List.of("2024|12")));
        Incrementeel.Bereik b = Incrementeel.bereik(false, ex, 7L, true, LocalDate.of(2025, 6, 1), PEIL);
        assertEquals(Set.of(2024, 2025), b.jaren());
        assertEquals(7L, b.vorigeRun());
        // a vanished partition counts too
        ex.put("ceo_antwoord", new Extract.Resultaat(0, "incrementeel", 0, 2, List.of("-2023")));
        assertEquals(Set.of(2023, 2024, 2025), Incrementeel.bereik(false, ex, 7L, true, PEIL, PEIL).jaren());
    }

    @Test
    void everythingElseIsAFullTransform() {
        Map<String, Extract.Resultaat> ex = new LinkedHashMap<>();
        ex.put("declaratie_regel", new Extract.Resultaat(10, "incrementeel", 1, 31, List.of("2024|12")));
        // an indicatie counts in every year it runs; a goal in the year of its LAST evaluation
        ex.put("indicatie", new Extract.Resultaat(10, "incrementeel", 1, 3, List.of("2024")));
        assertTrue(Incrementeel.bereik(false, ex, 7L, true, PEIL, PEIL).volledig());
        ex.put("indicatie", ongewijzigd());
        ex.put("doel_evaluatie", new Extract.Resultaat(10, "incrementeel", 1, 3, List.of("2025")));
        assertTrue(Incrementeel.bereik(false, ex, 7L, true, PEIL, PEIL).volledig());
        ex.remove("doel_evaluatie");
        ex.put("client", new Extract.Resultaat(10, "volledig", 1, 1, List.of("*")));
        assertTrue(Incrementeel.bereik(false, ex, 7L, true, PEIL, PEIL).volledig());
        ex.remove("client");
        assertNull(Incrementeel.bereik(true, ex, 7L, true, PEIL, PEIL).jaren(), "volledig=true");
        assertNull(Incrementeel.bereik(false, ex, null, true, PEIL, PEIL).jaren(), "no previous run");
        assertNull(Incrementeel.bereik(false, ex, 7L, false, PEIL, PEIL).jaren(), "previous run of another version");
        assertNull(Incrementeel.bereik(false, ex, 7L, true, LocalDate.of(2024, 12, 31), PEIL).jaren(),
                "previous peildatum in another year");
        assertEquals(Set.of(2024, 2025), Incrementeel.bereik(false, ex, 7L, true, PEIL, PEIL).jaren());
    }

    static Map<String, Dataset<Row>> bronnen() {
        Map<String, Dataset<Row>> in = new LinkedHashMap<>();
        for (Bronnen.Bron b : Bronnen.ALLE) {
            in.put(b.naam(), df(b.schema()));
        }
        in.put("gemeente", df(Bronnen.GEMEENTE.schema(),
                new Object[] {10L, "GM0010", "Tien", SparkTests.d("2000-01-01"), null, null},
                new Object[] {20L, "GM0020", "Twintig", SparkTests.d("2000-01-01"), null, null}));
        in.put("product", TestData.product());
        in.put("client", TestData.client());
        in.put("indicatie", TestData.indicatie());
        in.put("declaratie_regel", TestData.declaratie());
        in.put("doel", TestData.doel());
        in.put("doel_evaluatie", TestData.evaluatie());
        in.put("ceo_antwoord", TransformsTest.ceoAntwoorden());
        in.put("bevinding", TransformsTest.bevindingen());
        in.put("kwaliteit_score", TransformsTest.kwaliteit());
        return in;
    }

    @Test
    void aYearTransformedAloneHasExactlyTheFullRunsRowsOfThatYear() {
        Map<String, Dataset<Row>> vol = Job.transformeer(bronnen(), PEIL);
        Map<String, Dataset<Row>> deel = Job.transformeer(bronnen(), PEIL, Set.of(2024));
        for (String t : Incrementeel.PER_JAAR) {
            assertEquals(rows(vol.get(t).where("jaar = 2024")), rows(deel.get(t)), t);
        }
        // the full run has other years (so the comparison above is not trivially empty = empty)
        assertTrue(rows(vol.get("wh_indicator").where("jaar <> 2024")).size() > 0);
        assertTrue(rows(deel.get("wh_indicator")).size() > 0);
        // always complete: dimensions and the waiting time (still waiting depends on the peildatum)
        assertEquals(rows(vol.get("wh_wachttijd")), rows(deel.get("wh_wachttijd")));
        assertEquals(rows(vol.get("wh_dim_periode")), rows(deel.get("wh_dim_periode")));
    }
}
