package nl.wmoregio.warehouse;

import static nl.wmoregio.warehouse.SparkTests.d;
import static nl.wmoregio.warehouse.SparkTests.df;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tiny region of the transform tests (expected values computed by hand in the tests):
 * three clients, six indicaties (two renewal chains), five declaration lines, three goals.
 */
final class TestData {

    static final LocalDate PEIL = LocalDate.of(2025, 6, 30);

    private TestData() {
    }

    static Dataset<Row> product() {
        return df(Bronnen.PRODUCT.schema(),
                new Object[] {"H1", "Hulp bij het huishouden", "HV", "Huishoudelijke verzorging", 1, "01", "OUTPUT"},
                new Object[] {"B1", "Begeleiding", "BI", "Begeleiding individueel", 2, "02", "INSPANNING"},
                new Object[] {"B2", "Begeleiding licht", "BI", "Begeleiding individueel", 2, "02", "INSPANNING"},
                new Object[] {"G1", "Dagbesteding", "BG", "Begeleiding groep", 3, "07", "INSPANNING"});
    }

    static Dataset<Row> client() {
        return df(Bronnen.CLIENT.schema(),
                new Object[] {1L, "p1", 1950, 10L, "1A"},
                new Object[] {2L, "p2", 2000, 10L, "2"},
                new Object[] {3L, "p3", 1940, 20L, "1A"});
    }

    /**
     * Indicaties; start of care (WMO305): 1 after 14 days, 2 (renewal at the same provider, same
     * product) on its first day, 3 after 30 days, 4 (renewal into another product) after 10 days;
     * 5 still waits at the peildatum, 6 ended without a start of care.
     */
    static Dataset<Row> indicatie() {
        return indicaties(
                new Object[] {1L, 1L, 10L, "H1", 100L, d("2023-03-01"), d("2024-02-29"), 4, null, null, null, 2023, d("2023-03-15")},
                new Object[] {2L, 1L, 10L, "H1", 100L, d("2024-03-01"), d("2024-12-31"), 6, null, "DOEL_BEREIKT", 1L, 2024, d("2024-03-01")},
                new Object[] {3L, 2L, 10L, "B1", 200L, d("2024-01-01"), d("2024-06-30"), 10, null, null, null, 2024, d("2024-01-31")},
                new Object[] {4L, 2L, 10L, "G1", 200L, d("2024-07-01"), null, 8, null, null, 3L, 2024, d("2024-07-11")},
                new Object[] {5L, 3L, 20L, "B1", 100L, d("2024-05-01"), d("2025-09-30"), 5, null, null, null, 2024, null},
                new Object[] {6L, 3L, 20L, "B2", 100L, d("2025-02-01"), d("2025-03-31"), 2, null, null, null, 2025, null});
    }

    /** Indicatie rows in the column order of {@link Bronnen#INDICATIE}; a row without start_zorg gets NULL. */
    static Dataset<Row> indicaties(Object[]... rows) {
        int n = org.apache.spark.sql.types.StructType.fromDDL(Bronnen.INDICATIE.schema()).fields().length;
        Object[][] vol = new Object[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            vol[i] = java.util.Arrays.copyOf(rows[i], n);
        }
        return df(Bronnen.INDICATIE.schema(), vol);
    }

    static Dataset<Row> declaratie() {
        return df(Bronnen.DECLARATIE.schema(),
                new Object[] {1L, 2L, 100L, 10L, 2024, 3, "H1", 6, 2500, 15000L},
                new Object[] {2L, 2L, 100L, 10L, 2024, 4, "H1", 6, 2500, 15000L},
                new Object[] {3L, 3L, 200L, 10L, 2024, 1, "B1", 10, 7000, 70000L},
                new Object[] {4L, 5L, 100L, 20L, 2024, 5, "B1", 5, 7000, 35000L},
                new Object[] {5L, 6L, 100L, 20L, 2025, 2, "B2", 2, 8000, 16000L});
    }

    static Dataset<Row> doel() {
        return df(Bronnen.DOEL.schema(), new Object[] {1L, 2L}, new Object[] {2L, 2L}, new Object[] {3L, 5L});
    }

    static Dataset<Row> evaluatie() {
        return df(Bronnen.DOEL_EVALUATIE.schema(),
                new Object[] {1L, 1L, d("2024-06-01"), "DEELS", 2024},
                new Object[] {2L, 1L, d("2024-12-01"), "BEHAALD", 2024},
                new Object[] {3L, 2L, d("2024-12-01"), "NIET_BEHAALD", 2024},
                new Object[] {4L, 3L, d("2025-01-15"), "BEHAALD", 2025});
    }

    static Dataset<Row> feiten() {
        return Transforms.indicatieFeiten(indicatie(), client(), product(), PEIL);
    }

    static Dataset<Row> jaren() {
        return Transforms.indicatieJaren(feiten(), PEIL);
    }

    static Dataset<Row> kosten() {
        return Transforms.kostenFeiten(declaratie(), indicatie(), client(), product());
    }

    static Dataset<Row> doelen() {
        return Transforms.doelFeiten(doel(), evaluatie(), feiten());
    }
}
