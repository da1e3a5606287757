package nl.wmoregio.warehouse;

import static nl.wmoregio.warehouse.SparkTests.d;
import static nl.wmoregio.warehouse.SparkTests.df;
import static nl.wmoregio.warehouse.SparkTests.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Every transform on the tiny region of {@link TestData}; expected rows computed by hand. */
class TransformsTest {

    @Test
    void indicatieFeitenMarkInstroomUitstroomAndDuration() {
        // 1 renewed by 2 (not uitstroom); 2 ended 2024-12-31 (306 days: Mar..Dec); 3 renewed by 4;
        // 4 open; 5 ends after the peildatum (not yet uitstroom); 6 ended 2025-03-31 (28 + 31 days).
        assertEquals(List.of(
                "1|HV|1A|true|false|null",
                "2|HV|1A|false|true|306",
                "3|BI|2|true|false|null",
                "4|BG|2|false|false|null",
                "5|BI|1A|true|false|null",
                "6|BI|1A|true|true|59"),
                rows(TestData.feiten(), "indicatie_id", "productgroep_code", "segment", "instroom", "uitstroom",
                        "duur_dagen"));
    }

    @Test
    void indicatieJarenExplodeToThePeildatum() {
        assertEquals(List.of("1|2023", "1|2024", "2|2024", "3|2024", "4|2024", "4|2025", "5|2024", "5|2025", "6|2025"),
                rows(TestData.jaren(), "indicatie_id", "jaar"));
    }

    @Test
    void kostenFeitenCarryGroupAndSegment() {
        assertEquals(List.of(
                "2024|1|10|200|BI|2|2|10|70000",
                "2024|3|10|100|HV|1A|1|6|15000",
                "2024|4|10|100|HV|1A|1|6|15000",
                "2024|5|20|100|BI|1A|3|5|35000",
                "2025|2|20|100|BI|1A|3|2|16000"),
                rows(TestData.kosten()));
    }

    @Test
    void doelFeitenTakeTheLastEvaluation() {
        // goal 1: DEELS then BEHAALD -> behaald; goal 2: NIET_BEHAALD; goal 3 (indicatie 5) BEHAALD in 2025
        assertEquals(List.of("2024|10|100|HV|1A|1|1", "2024|10|100|HV|1A|2|0", "2025|20|100|BI|1A|3|1"),
                rows(TestData.doelen()));
    }

    @Test
    void indicatorenPerGrain() {
        Dataset<Row> ind = Transforms.indicatoren(TestData.jaren(), TestData.kosten(), TestData.doelen());
        // jaar|gem|aanb|groep|seg|clienten|indicaties|instroom|uitstroom|duur|kosten|per client|geev|behaald|aandeel
        assertEquals(List.of(
                "2023|10|100|HV|1A|1|1|1|0|null|0|0|0|0|null",
                "2024|10|100|HV|1A|1|2|0|1|306.0|30000|30000|2|1|0.5",
                "2024|10|200|BG|2|1|1|0|0|null|0|0|0|0|null",
                "2024|10|200|BI|2|1|1|1|0|null|70000|70000|0|0|null",
                "2024|20|100|BI|1A|1|1|1|0|null|35000|35000|0|0|null",
                "2025|10|200|BG|2|1|1|0|0|null|0|0|0|0|null",
                "2025|20|100|BI|1A|1|2|1|1|59.0|16000|16000|1|1|1.0"),
                rows(ind));
    }

    @Test
    void uitstroomPerReason() {
        assertEquals(List.of("2024|10|HV|DOEL_BEREIKT|1", "2025|20|BI|ONBEKEND|1"),
                rows(Transforms.uitstroomPerReden(TestData.feiten())));
    }

    @Test
    void doorstroomMatrix() {
        // 1 -> 2: same product, volume 4 -> 6: heavier; 3 -> 4: BI (2) -> BG (3): heavier group
        assertEquals(List.of("2024|10|BI|BG|ZWAARDER|1", "2024|10|HV|HV|ZWAARDER|1"),
                rows(Transforms.doorstroom(TestData.feiten())));
        // and the other directions on their own: BI -> HV lighter, B1 -> B2 other product, same volume
        Dataset<Row> ind = TestData.indicaties(
                new Object[] {1L, 1L, 10L, "B1", 100L, d("2024-01-01"), d("2024-03-31"), 5, null, null, null, 2024},
                new Object[] {2L, 1L, 10L, "H1", 100L, d("2024-04-01"), d("2024-06-30"), 5, null, null, 1L, 2024},
                new Object[] {3L, 2L, 10L, "B1", 100L, d("2024-01-01"), d("2024-03-31"), 5, null, null, null, 2024},
                new Object[] {4L, 2L, 10L, "B2", 100L, d("2024-04-01"), d("2024-06-30"), 5, null, null, 3L, 2024},
                new Object[] {5L, 3L, 20L, "B1", 100L, d("2024-01-01"), d("2024-03-31"), 5, null, null, null, 2024},
                new Object[] {6L, 3L, 20L, "B1", 100L, d("2024-04-01"), d("2024-06-30"), 5, null, null, 5L, 2024},
                new Object[] {7L, 3L, 20L, "B1", 100L, d("2024-07-01"), d("2024-09-30"), 3, null, null, 6L, 2024});
        assertEquals(List.of("2024|10|BI|BI|ANDER_PRODUCT|1", "2024|10|BI|HV|LICHTER|1", "2024|20|BI|BI|GELIJK|1",
                "2024|20|BI|BI|LICHTER|1"),
                rows(Transforms.doorstroom(Transforms.indicatieFeiten(ind, TestData.client(), TestData.product(),
                        TestData.PEIL))));
    }

    static Dataset<Row> ceoAntwoorden() {
        List<Object[]> r = new ArrayList<>();
        String[] q1 = {"Eens", "helemaal eens", " JA ", "eens", "Helemaal eens", "ja", "eens", "neutraal", "oneens", "nee"};
        long id = 1;
        for (String a : q1) {
            r.add(new Object[] {id++, "x" + id, 10L, 100L, 2024, "V06", a});
        }
        for (int i = 0; i < 9; i++) {
            r.add(new Object[] {id++, "x" + id, 10L, 100L, 2024, "V07", "eens"});
        }
        // no provider: client 2 had aanbieder 200 in 2024, but the answer is not spread over providers
        r.add(new Object[] {id++, "p2", 10L, null, 2024, "V06", "eens"});
        // V01-V05 are about the gemeente's front door: with a provider, still not a provider's score
        for (int i = 0; i < 10; i++) {
            r.add(new Object[] {id++, "y" + id, 10L, 100L, 2024, "V01", "oneens"});
        }
        return df(Bronnen.CEO.schema(), r.toArray(Object[][]::new));
    }

    @Test
    void ceoPercentagesSuppressedBelowTen() {
        Dataset<Row> met = Transforms.ceoMetAanbieder(ceoAntwoorden());
        // V06 provider 100: 7 of 10 positive; V07: 9 answers -> suppressed; the answer without provider
        // goes to no provider (200 gets no row) but counts in the gemeente: V06 8 of 11 = 72.7%;
        // V01 counts for the gemeente only (0 of 10)
        assertEquals(List.of(
                "2024|10|100|V06|10|70.0|false",
                "2024|10|100|V07|9|null|true",
                "2024|10|null|V01|10|0.0|false",
                "2024|10|null|V06|11|72.7|false",
                "2024|10|null|V07|9|null|true"),
                rows(Transforms.ceo(ceoAntwoorden(), met)));
    }

    /** Findings: 1 and 4 of provider 100, 3 (region-wide) of 200; 2 complies; 5's provider has no clients. */
    static Dataset<Row> bevindingen() {
        return df(Bronnen.BEVINDING.schema(),
                new Object[] {1L, 100L, 10L, 2024, "VOLDOET_NIET"},
                new Object[] {2L, 100L, 10L, 2024, "VOLDOET"},
                new Object[] {3L, 200L, null, 2024, "VOLDOET_DEELS"},
                new Object[] {4L, 100L, null, 2024, "VOLDOET_NIET"},
                new Object[] {5L, 300L, null, 2024, "VOLDOET_NIET"});
    }

    /** Two beoordelingen of 100 in 2024 (the later counts), two of 200 on the same day in 2023 (higher id counts). */
    static Dataset<Row> kwaliteit() {
        return df(Bronnen.KWALITEIT.schema(),
                new Object[] {1L, 1L, 100L, d("2024-03-01"), 2024, 3, 1, 5},
                new Object[] {2L, 1L, 100L, d("2024-03-01"), 2024, 5, 1, 5},
                new Object[] {3L, 2L, 100L, d("2024-11-01"), 2024, 2, 1, 5},
                new Object[] {4L, 2L, 100L, d("2024-11-01"), 2024, 8, 0, 10},
                new Object[] {5L, 3L, 200L, d("2023-06-01"), 2023, 4, 1, 4},
                new Object[] {6L, 4L, 200L, d("2023-06-01"), 2023, 1, 1, 4},
                new Object[] {7L, 4L, 200L, d("2023-06-01"), 2023, 1, 1, 1});
    }

    @Test
    void bevindingFeitenCountNonComplianceAndSpreadRegionWideFindings() {
        // 1: gemeente 10 as recorded; 2 complies (left out); 3 region-wide: provider 200 had clients in
        // 2024 only in gemeente 10; 4 region-wide: provider 100 had clients in 10 (client 1) and 20
        // (client 3); 5: provider 300 had no clients that year, so no gemeente to show it in.
        assertEquals(List.of("2024|10|100|1|VOLDOET_NIET", "2024|10|100|4|VOLDOET_NIET", "2024|10|200|3|VOLDOET_DEELS",
                "2024|20|100|4|VOLDOET_NIET"),
                rows(Transforms.bevindingFeiten(bevindingen(), TestData.jaren()),
                        "jaar", "gemeente_id", "aanbieder_id", "bevinding_id", "oordeel"));
    }

    @Test
    void kwaliteitScoreIsTheMeanScaledScoreOfTheLastBeoordeling() {
        // 100 in 2024: beoordeling 2 (Nov) is the last: 2 on 1..5 = 25, 8 on 0..10 = 80 -> 52.5
        // (beoordeling 1 would give 50 and 100 -> 75). 200 in 2023: same day, beoordeling 4 (higher id):
        // 1 on 1..4 = 0; the score on the empty scale 1..1 is left out.
        assertEquals(List.of("2023|200|0.0", "2024|100|52.5"), rows(Transforms.kwaliteitScores(kwaliteit())));
    }

    @Test
    void aanbiederJaarPutsOutcomeNextToCost() {
        Dataset<Row> met = Transforms.ceoMetAanbieder(ceoAntwoorden());
        Dataset<Row> melding = df(Bronnen.MELDING.schema(), new Object[] {1L, 10L, 100L, 2024, "KLACHT"});
        Dataset<Row> a = Transforms.aanbiederJaar(TestData.jaren(), TestData.kosten(), TestData.doelen(), met, melding,
                Transforms.bevindingFeiten(bevindingen(), TestData.jaren()), Transforms.kwaliteitScores(kwaliteit()))
                .where("jaar = 2024 AND gemeente_id = 10");
        // provider 100: 1 client, 30000 cost, goals 1 of 2, CEO V06-V10 only: 16 of 19 positive = 84.2%
        // (the ten V01 answers left out), 1 melding per 1 client, findings 1 and 4 = 200 per 100 clients,
        // quality 52.5; provider 200: 1 client, 70000, no CEO answer (the one without a provider is not
        // spread), finding 3, no quality score
        assertEquals(List.of(
                "2024|10|100|1|30000|30000|2|1|0.5|19|84.2|1|100.0|2|200.0|52.5",
                "2024|10|200|1|70000|70000|0|0|null|0|null|0|0.0|1|100.0|null"),
                rows(a));
        // gemeente 20: provider 100 gets the region-wide finding 4 and its quality score too
        assertEquals(List.of("2024|20|100|1|100.0|52.5"),
                rows(Transforms.aanbiederJaar(TestData.jaren(), TestData.kosten(), TestData.doelen(), met, melding,
                        Transforms.bevindingFeiten(bevindingen(), TestData.jaren()), Transforms.kwaliteitScores(kwaliteit()))
                        .where("jaar = 2024 AND gemeente_id = 20"),
                        "jaar", "gemeente_id", "aanbieder_id", "bevindingen", "bevindingen_per_100", "kwaliteit_score"));
    }

    /** Three respondents answering V06-V10 give 15 answers but n = 3: suppressed, not a percentage of three people. */
    @Test
    void aProvidersCeoCountsRespondentsNotAnswers() {
        List<Object[]> r = new ArrayList<>();
        long id = 1;
        for (String respondent : List.of("r1", "r2", "r3")) {
            for (String vraag : List.of("V06", "V07", "V08", "V09", "V10")) {
                r.add(new Object[] {id++, respondent, 10L, 100L, 2024, vraag, "eens"});
            }
        }
        Dataset<Row> met = Transforms.ceoMetAanbieder(df(Bronnen.CEO.schema(), r.toArray(Object[][]::new)));
        Dataset<Row> geen = df(Bronnen.MELDING.schema());
        assertEquals(List.of("2024|10|100|3|null"),
                rows(Transforms.aanbiederJaar(TestData.jaren(), TestData.kosten(), TestData.doelen(), met, geen,
                        Transforms.bevindingFeiten(bevindingen(), TestData.jaren()), Transforms.kwaliteitScores(kwaliteit()))
                        .where("jaar = 2024 AND gemeente_id = 10 AND aanbieder_id = 100"),
                        "jaar", "gemeente_id", "aanbieder_id", "ceo_n", "ceo_pct_eens"));
    }

    /** Gemeenten 1 and 2 merged into 3 on 2024-12-01; 5 never merged. */
    static Dataset<Row> fusie() {
        return Transforms.dimGemeente(df(Bronnen.GEMEENTE.schema(),
                new Object[] {1L, "GM0001", "A", d("2000-01-01"), d("2024-11-30"), 3L},
                new Object[] {2L, "GM0002", "B", d("2000-01-01"), d("2024-11-30"), 3L},
                new Object[] {3L, "GM0003", "C", d("2024-12-01"), null, null},
                new Object[] {5L, "GM0005", "E", d("2000-01-01"), null, null}));
    }

    static Dataset<Row> fusieKosten() {
        String ddl = "jaar INT, maand INT, gemeente_id BIGINT, aanbieder_id BIGINT, productgroep_code STRING,"
                + " segment STRING, client_id BIGINT, volume BIGINT, bedrag_cent BIGINT";
        return df(ddl,
                new Object[] {2024, 10, 1L, 100L, "HV", "1A", 1L, 1L, 400L},
                new Object[] {2024, 11, 1L, 100L, "HV", "1A", 1L, 1L, 400L},
                new Object[] {2024, 10, 2L, 100L, "HV", "1A", 2L, 1L, 600L},
                new Object[] {2024, 11, 2L, 100L, "HV", "1A", 2L, 1L, 700L},
                new Object[] {2024, 12, 3L, 100L, "HV", "1A", 1L, 1L, 500L},
                new Object[] {2024, 12, 3L, 100L, "HV", "1A", 2L, 1L, 600L},
                new Object[] {2025, 1, 3L, 100L, "HV", "1A", 1L, 1L, 550L},
                new Object[] {2025, 1, 3L, 100L, "HV", "1A", 2L, 1L, 660L},
                new Object[] {2025, 1, 5L, 100L, "HV", "1A", 5L, 1L, 999L});
    }

    @Test
    void mergedGemeentenKeepTheirRowsWithTheSuccessorAsHuidigeGemeente() {
        assertEquals(List.of("2024|10|1|3|400", "2024|10|2|3|600", "2024|11|1|3|400", "2024|11|2|3|700",
                "2024|12|3|3|1100", "2025|1|3|3|1210", "2025|1|5|5|999"),
                rows(Transforms.metHuidigeGemeente(Transforms.maandReeks(fusieKosten()), fusie()),
                        "jaar", "maand", "gemeente_id", "huidige_gemeente_id", "kosten_cent"));
    }

    @Test
    void scenarioSeriesOnTheCurrentIndelingFeedTheSuccessorsTrend() {
        // on the current indeling 1 and 2 count as 3: 1000, 1100, 1100, 1210 with 2 clients a month
        Dataset<Row> reeks = Transforms.maandReeks(Transforms.opHuidigeGemeente(fusieKosten(), fusie()));
        assertEquals(List.of("2024|10|3|HV|2|2|1000", "2024|11|3|HV|2|2|1100", "2024|12|3|HV|2|2|1100",
                "2025|1|3|HV|2|2|1210", "2025|1|5|HV|1|1|999"), rows(reeks));
        List<Scenarios.Maandkosten> maand = Main.maandkosten(reeks);
        List<Scenarios.Projectie> p = Scenarios.projecteer(maand, Map.of(), List.of(Scenarios.Scenario.basis(3)));
        // only current gemeenten are projected; 3's trend has the three rates of the whole history
        // (0.1, 0, 0.1: mean 1/15), not the single rate of its own two months
        assertEquals(List.of(3L, 5L), p.stream().map(Scenarios.Projectie::gemeenteId).distinct().sorted().toList());
        Scenarios.Trend t = Scenarios.trend(maand.stream().filter(m -> m.gemeenteId() == 3L).toList());
        assertEquals(3, t.n());
        assertEquals(1.0 / 15, t.maandGroei(), 1e-12);
        assertEquals(13230.0, t.basisJaarCent(), 1e-9);
        // year 1 = 13230 x (1 + 1/15)^12
        assertEquals(Math.round(13230.0 * Math.pow(1 + 1.0 / 15, 12)),
                p.stream().filter(x -> x.gemeenteId() == 3L && x.jaar() == 2026).findFirst().orElseThrow().kostenCent());
        // and the budget of the successor is the one compared
        List<Scenarios.ProjectieBudget> b = Scenarios.tegenBudget(p,
                Map.of(3L, new java.util.TreeMap<>(Map.of(2026, 50_000L))));
        assertEquals(50_000L - Math.round(13230.0 * Math.pow(1 + 1.0 / 15, 12)),
                b.stream().filter(x -> x.gemeenteId() == 3L && x.jaar() == 2026).findFirst().orElseThrow().verschilCent());
    }

    @Test
    void concentratieTopTenShare() {
        List<Object[]> r = new ArrayList<>();
        for (long a = 1; a <= 12; a++) {
            r.add(new Object[] {2024, 1, 10L, a, "BI", "1A", a, 1L, a * 100});
        }
        Dataset<Row> kosten = df("jaar INT, maand INT, gemeente_id BIGINT, aanbieder_id BIGINT, productgroep_code STRING,"
                + " segment STRING, client_id BIGINT, volume BIGINT, bedrag_cent BIGINT", r.toArray(Object[][]::new));
        // total 7800, the ten largest (300..1200) 7500: 0.9615
        assertEquals(List.of("2024|BI|12|7800|0.9615"), rows(Transforms.concentratie(kosten)));
        assertEquals(List.of("2024|BI|2|105000|1.0", "2024|HV|1|30000|1.0", "2025|BI|1|16000|1.0"),
                rows(Transforms.concentratie(TestData.kosten())));
    }

    @Test
    void providersWithoutClients() {
        Dataset<Row> contractering = df(Bronnen.CONTRACTERING.schema(),
                new Object[] {1L, 100L, "H1", d("2024-01-01"), d("2025-12-31")},
                new Object[] {2L, 300L, "G1", d("2024-01-01"), d("2024-12-31")});
        // 100 has HV clients in 2024 but not in 2025; 300 never has clients
        assertEquals(List.of("2024|300|BG", "2025|100|HV"),
                rows(Transforms.zonderClienten(contractering, TestData.product(), TestData.jaren()),
                        "jaar", "aanbieder_id", "productgroep_code"));
    }

    @Test
    void maandReeks() {
        assertEquals(List.of("2024|1|10|BI|1|10|70000", "2024|3|10|HV|1|6|15000", "2024|4|10|HV|1|6|15000",
                "2024|5|20|BI|1|5|35000", "2025|2|20|BI|1|2|16000"),
                rows(Transforms.maandReeks(TestData.kosten())));
    }

    @Test
    void dimensions() {
        Dataset<Row> gemeente = df(Bronnen.GEMEENTE.schema(),
                new Object[] {1L, "GM0001", "A", d("2000-01-01"), d("2021-12-31"), 3L},
                new Object[] {2L, "GM0002", "B", d("2000-01-01"), d("2021-12-31"), 3L},
                new Object[] {3L, "GM0003", "C", d("2022-01-01"), d("2023-12-31"), 4L},
                new Object[] {4L, "GM0004", "D", d("2024-01-01"), null, null},
                new Object[] {5L, "GM0005", "E", d("2000-01-01"), null, null});
        assertEquals(List.of("1|4", "2|4", "3|4", "4|4", "5|5"),
                rows(Transforms.dimGemeente(gemeente), "gemeente_id", "huidige_gemeente_id"));
        assertEquals(List.of("202401|2024|1|1", "202403|2024|1|3", "202404|2024|2|4", "202405|2024|2|5",
                "202502|2025|1|2"), rows(Transforms.dimPeriode(TestData.declaratie())));
        assertEquals(List.of("B1|BI|Begeleiding individueel", "B2|BI|Begeleiding individueel",
                "G1|BG|Begeleiding groep", "H1|HV|Huishoudelijke verzorging"),
                rows(Transforms.dimProduct(TestData.product()), "product_code", "productgroep_code", "productgroep_naam"));
    }

    @Test
    void ageBandsOfSeed001AtTheIndicatieDate() {
        Dataset<Row> leeftijd = df("l INT", new Object[] {18}, new Object[] {23}, new Object[] {24}, new Object[] {54},
                new Object[] {55}, new Object[] {74}, new Object[] {75}, new Object[] {90});
        assertEquals(List.of("18|18-23", "23|18-23", "24|24-54", "54|24-54", "55|55-75", "74|55-75", "75|75+", "90|75+"),
                rows(leeftijd.select(leeftijd.col("l"), Transforms.leeftijdsklasse(leeftijd.col("l")))));
        // 2025: client 2 (born 2000) in BG of gemeente 10 by indicatie 4 of 2024-07-01: 24 then (25 today);
        // client 3 (born 1940) in BI of gemeente 20: latest indicatie 6 of 2025-02-01: 85
        assertEquals(List.of("10|BG|24-54|1", "20|BI|75+|1"), rows(Transforms.leeftijdsmix(TestData.jaren(), 2025)));
        // 2024: client 2 (BI from 2024-01-01, 24) and client 1 (born 1950, HV from 2024-03-01: 74), client 3 (84)
        assertEquals(List.of("10|BG|24-54|1", "10|BI|24-54|1", "10|HV|55-75|1", "20|BI|75+|1"),
                rows(Transforms.leeftijdsmix(TestData.jaren(), 2024)));
        // a client born 2001 with an indicatie from 2024-12-01 is 23 at that date, though 24 in 2025
        Dataset<Row> jong = Transforms.indicatieJaren(Transforms.indicatieFeiten(TestData.indicaties(
                new Object[] {9L, 9L, 10L, "B1", 100L, d("2024-12-01"), null, 5, null, null, null, 2024}),
                df(Bronnen.CLIENT.schema(), new Object[] {9L, "p9", 2001, 10L, "1B"}), TestData.product(), TestData.PEIL),
                TestData.PEIL);
        assertEquals(List.of("10|BI|18-23|1"), rows(Transforms.leeftijdsmix(jong, 2025)));
    }

    /** Gemeente 20 merged into 10 (for the HUIDIG indeling of the roll-ups). */
    static Dataset<Row> twintigInTien() {
        return Transforms.dimGemeente(df(Bronnen.GEMEENTE.schema(),
                new Object[] {10L, "GM0010", "Tien", d("2000-01-01"), null, null},
                new Object[] {20L, "GM0020", "Twintig", d("2000-01-01"), d("2025-12-31"), 10L}));
    }

    @Test
    void distinctClientsAtEveryRollUpLevel() {
        Dataset<Row> n = Transforms.clientenPerNiveau(TestData.jaren(), TestData.kosten(), twintigInTien());
        // 2024: client 1 (10, HV, 100), client 2 (10, BI and BG, 200), client 3 (20, BI, 100).
        // The finest grain has 4 client rows (client 2 twice); every roll-up counts each client once.
        // costs 2024: 15000 + 15000 + 70000 + 35000 = 135000
        String jaar = "indeling = 'HISTORISCH' AND jaar = 2024 AND maand IS NULL";
        assertEquals(List.of("3|135000|45000"), rows(n.where(jaar + " AND gemeente_id IS NULL AND productgroep_code IS NULL"
                + " AND aanbieder_id IS NULL"), "clienten", "kosten_cent", "kosten_per_client_cent"));
        // per gemeente: 10 has clients 1 and 2 (summing its groups would give 3), 100000 -> 50000 each
        assertEquals(List.of("10|2|100000|50000", "20|1|35000|35000"),
                rows(n.where(jaar + " AND gemeente_id IS NOT NULL AND productgroep_code IS NULL AND aanbieder_id IS NULL"),
                        "gemeente_id", "clienten", "kosten_cent", "kosten_per_client_cent"));
        // per product group over the region: BI has clients 2 and 3 (105000), BG client 2 (no costs), HV client 1
        assertEquals(List.of("BG|1|0|0", "BI|2|105000|52500", "HV|1|30000|30000"),
                rows(n.where(jaar + " AND gemeente_id IS NULL AND productgroep_code IS NOT NULL AND aanbieder_id IS NULL"),
                        "productgroep_code", "clienten", "kosten_cent", "kosten_per_client_cent"));
        // provider 100 over the region: clients 1 and 3; provider 200 in gemeente 10 over all groups: client 2 once
        assertEquals(List.of("2|65000|32500"), rows(n.where(jaar + " AND gemeente_id IS NULL AND productgroep_code IS NULL"
                + " AND aanbieder_id = 100"), "clienten", "kosten_cent", "kosten_per_client_cent"));
        assertEquals(List.of("1|70000"), rows(n.where(jaar + " AND gemeente_id = 10 AND productgroep_code IS NULL"
                + " AND aanbieder_id = 200"), "clienten", "kosten_cent"));
        // 2025: client 2 (BG) and client 3 (BI, two indicaties) -> 2 clients, 16000
        assertEquals(List.of("2|16000|8000"), rows(n.where("indeling = 'HISTORISCH' AND jaar = 2025 AND maand IS NULL"
                + " AND gemeente_id IS NULL AND productgroep_code IS NULL AND aanbieder_id IS NULL"),
                "clienten", "kosten_cent", "kosten_per_client_cent"));
        // HUIDIG: 20 merged into 10, so 10 has all three clients in 2024 and 20 has no row
        assertEquals(List.of("10|3|135000"), rows(n.where("indeling = 'HUIDIG' AND jaar = 2024 AND maand IS NULL"
                + " AND gemeente_id IS NOT NULL AND productgroep_code IS NULL AND aanbieder_id IS NULL"),
                "gemeente_id", "clienten", "kosten_cent"));
        // months: clients with a declaration in the month; provider always rolled up
        assertEquals(List.of("1|10|BI|1|70000", "1|10|null|1|70000", "1|null|BI|1|70000", "1|null|null|1|70000"),
                rows(n.where("indeling = 'HISTORISCH' AND jaar = 2024 AND maand = 1"),
                        "maand", "gemeente_id", "productgroep_code", "clienten", "kosten_cent"));
        // a month with one client in two groups and another client: region 2 clients, not 3
        String ddl = "jaar INT, maand INT, gemeente_id BIGINT, aanbieder_id BIGINT, productgroep_code STRING,"
                + " segment STRING, client_id BIGINT, volume BIGINT, bedrag_cent BIGINT";
        Dataset<Row> k = df(ddl, new Object[] {2024, 6, 10L, 100L, "HV", "1A", 1L, 1L, 100L},
                new Object[] {2024, 6, 10L, 200L, "BI", "1A", 1L, 1L, 300L},
                new Object[] {2024, 6, 20L, 200L, "BI", "1A", 2L, 1L, 200L});
        Dataset<Row> m = Transforms.clientenPerNiveau(TestData.jaren().limit(0), k, twintigInTien());
        assertEquals(List.of("HISTORISCH|10|null|1|400|400", "HISTORISCH|20|null|1|200|200",
                "HISTORISCH|null|BI|2|500|250", "HISTORISCH|null|HV|1|100|100", "HISTORISCH|null|null|2|600|300",
                "HUIDIG|10|null|2|600|300", "HUIDIG|null|null|2|600|300"),
                rows(m.where("maand = 6 AND (gemeente_id IS NULL OR productgroep_code IS NULL)"
                        + " AND NOT (indeling = 'HUIDIG' AND productgroep_code IS NOT NULL)"),
                        "indeling", "gemeente_id", "productgroep_code", "clienten", "kosten_cent", "kosten_per_client_cent"));
    }

    @Test
    void wachttijdFromIndicatieToStartOfCare() {
        // 1: 14 days; 2 left out (renewal at the same provider, same product); 3: 30 days; 4: renewal into
        // another product: 10 days; 5 waits at the peildatum: 2024-05-01 .. 2025-06-30 = 425 days;
        // 6 ended before the peildatum without a start of care: neither started nor waiting
        assertEquals(List.of(
                "2023|10|100|H1|1|14.0|14.0|14|0|null",
                "2024|10|200|B1|1|30.0|30.0|30|0|null",
                "2024|10|200|G1|1|10.0|10.0|10|0|null",
                "2024|20|100|B1|0|null|null|null|1|425.0",
                "2025|20|100|B2|0|null|null|null|0|null"),
                rows(Transforms.wachttijd(TestData.feiten(), TestData.PEIL)));
        // mean, median and max over several; a start before the indicatie's start counts as 0
        Dataset<Row> ind = TestData.indicaties(
                new Object[] {1L, 1L, 10L, "B1", 100L, d("2024-01-01"), null, 5, null, null, null, 2024, d("2024-01-03")},
                new Object[] {2L, 2L, 10L, "B1", 100L, d("2024-02-01"), null, 5, null, null, null, 2024, d("2024-02-05")},
                new Object[] {3L, 3L, 10L, "B1", 100L, d("2024-03-01"), null, 5, null, null, null, 2024, d("2024-03-13")},
                new Object[] {4L, 1L, 10L, "B1", 100L, d("2024-04-01"), null, 5, null, null, null, 2024, d("2024-03-20")});
        // waits 2, 4, 12, 0: mean 4.5, median 3.0, max 12
        assertEquals(List.of("2024|10|100|B1|4|4.5|3.0|12|0|null"),
                rows(Transforms.wachttijd(Transforms.indicatieFeiten(ind, TestData.client(), TestData.product(),
                        TestData.PEIL), TestData.PEIL)));
    }
}
