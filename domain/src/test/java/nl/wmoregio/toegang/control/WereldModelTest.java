package nl.wmoregio.toegang.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wmoregio.shared.Wereld;
import nl.wmoregio.toegang.boundary.Bsn;
import nl.wmoregio.toegang.control.WereldModel.Tabel;
import org.junit.jupiter.api.Test;

/** The world model without a database: deterministic, and the chain rules hold by construction. */
class WereldModelTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);
    static final Wereld WERELD = Wereld.tot(VANDAAG);

    /** A small BNO-O-like region: Uden merged into Maashorst on 2022-01-01, Meierijstad only in HV, Uden not in HV. */
    static Referentie referentie() {
        LocalDate r = LocalDate.of(2020, 1, 1);
        List<Referentie.Gemeente> gemeenten = List.of(
                new Referentie.Gemeente(1, "GM0828", r, null, null),
                new Referentie.Gemeente(2, "GM0856", r, LocalDate.of(2021, 12, 31), 3L),
                new Referentie.Gemeente(3, "GM1991", LocalDate.of(2022, 1, 1), null, null),
                new Referentie.Gemeente(4, "GM1948", r, null, null));
        List<Referentie.Deelname> deelnames = new ArrayList<>();
        for (String g : List.of("HV", "BI", "BG", "KV", "BW", "MO")) {
            deelnames.add(new Referentie.Deelname(1, g, r, null));
            deelnames.add(new Referentie.Deelname(3, g, LocalDate.of(2022, 1, 1), null));
            if (!g.equals("HV")) {
                deelnames.add(new Referentie.Deelname(2, g, r, LocalDate.of(2021, 12, 31)));
            }
        }
        deelnames.add(new Referentie.Deelname(4, "HV", r, null));
        Map<String, Referentie.Product> producten = new TreeMap<>();
        for (Referentie.Product p : List.of(
                new Referentie.Product("01HV", "HV", "04", "2", new String[0]),
                new Referentie.Product("02BIR", "BI", "82", "4", new String[] {"A", "B", "C"}),
                new Referentie.Product("02BIP", "BI", "82", "4", new String[] {"A", "B"}),
                new Referentie.Product("07BGA", "BG", "16", "2", new String[0]),
                new Referentie.Product("04KV", "KV", "14", "4", new String[0]),
                new Referentie.Product("15BWL", "BW", "82", "4", new String[0]),
                new Referentie.Product("16IMO", "MO", "82", "6", new String[0]),
                new Referentie.Product("16I4M", "MO", "82", "6", new String[0]))) {
            producten.put(p.code(), p);
        }
        List<Referentie.Contract> contracten = new ArrayList<>();
        List<String> codes = new ArrayList<>(producten.keySet());
        for (long a = 1; a <= 70; a++) {
            for (int k = 0; k < 3; k++) {
                String code = codes.get((int) ((a * 7 + k * 3) % codes.size()));
                if (contracten.stream().noneMatch(c -> c.product().equals(code) && c.aanbiederId() == 0)) {
                    final long aa = a;
                    if (contracten.stream().noneMatch(c -> c.aanbiederId() == aa && c.product().equals(code))) {
                        contracten.add(new Referentie.Contract(a, code, r, LocalDate.of(2027, 12, 31)));
                    }
                }
            }
        }
        Map<String, TreeMap<Integer, Long>> tarieven = new HashMap<>();
        producten.values().forEach(p -> {
            String[] cats = p.categorieen().length == 0 ? new String[] {""} : p.categorieen();
            for (String c : cats) {
                tarieven.computeIfAbsent(p.code() + "|" + c, k -> new TreeMap<>()).put(2020, 10_000L + p.code().hashCode() % 1000);
            }
        });
        List<Referentie.Vraag> vragen = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            vragen.add(new Referentie.Vraag(i, String.format("V%02d", i), "SCHAAL5"));
        }
        Map<String, Long> volgende = new HashMap<>();
        Referentie.TABELLEN.forEach(t -> volgende.put(t, 1L));
        return new Referentie(gemeenten, deelnames, producten, contracten, tarieven, vragen, List.of(1L, 2L, 3L), 1L, 1L,
                List.of(new Referentie.Indicator(1, 1, 4, 3), new Referentie.Indicator(2, 0, 1, 1)), Map.of(), volgende);
    }

    static final WereldModel.Identiteit IDENTITEIT = new WereldModel.Identiteit(bsn -> "p" + bsn, bsn -> "enc" + bsn);

    static Map<Tabel, List<Object[]>> draai(long seed, int clienten) {
        Map<Tabel, List<Object[]>> rijen = new EnumMap<>(Tabel.class);
        new WereldModel(referentie(), Generator.Preset.van("klein"), seed, clienten, WERELD, IDENTITEIT)
                .genereer((t, w) -> rijen.computeIfAbsent(t, k -> new ArrayList<>()).add(w), null);
        return rijen;
    }

    static String hash(Map<Tabel, List<Object[]>> rijen) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        rijen.forEach((t, l) -> l.forEach(r -> md.update((t + Arrays.deepToString(r)).getBytes(StandardCharsets.UTF_8))));
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void sameSeedSameRowsAnotherSeedOtherRows() throws Exception {
        String eerste = hash(draai(7, 300));
        assertEquals(eerste, hash(draai(7, 300)), "same seed, same reference data: the same rows");
        assertNotEquals(eerste, hash(draai(8, 300)));
    }

    @Test
    void everySourceTheWarehouseReadsGetsRows() {
        Map<Tabel, List<Object[]>> rijen = draai(11, 200);
        for (Tabel t : Tabel.values()) {
            assertFalse(rijen.getOrDefault(t, List.of()).isEmpty(), t + " is empty");
        }
    }

    @Test
    void indicatiesObeyTheChainRulesByConstruction() {
        Referentie ref = referentie();
        WereldModel model = new WereldModel(ref, Generator.Preset.van("klein"), 5, 1, WERELD, IDENTITEIT);
        Map<Tabel, List<Object[]>> rijen = draai(5, 1500);
        Map<Long, Object[]> clienten = new HashMap<>();
        rijen.get(Tabel.CLIENT).forEach(c -> clienten.put((Long) c[0], c));
        Map<String, List<Object[]>> perClientProduct = new HashMap<>();
        int ib4 = 0;
        int plus = 0;
        int voorganger = 0;
        int wachtend = 0;
        for (Object[] i : rijen.get(Tabel.INDICATIE)) {
            long gemeente = (Long) i[2];
            String code = (String) i[3];
            Referentie.Product p = ref.producten().get(code);
            long aanbieder = (Long) i[5];
            LocalDate van = (LocalDate) i[6];
            LocalDate tot = (LocalDate) i[7];
            assertTrue(model.neemtDeel(gemeente, p.groep(), van), "participation: " + Arrays.toString(i));
            assertTrue(ref.contracten().stream().anyMatch(c -> c.aanbiederId() == aanbieder && c.product().equals(code)
                    && !c.van().isAfter(van) && !c.tot().isBefore(tot)), "contracted: " + Arrays.toString(i));
            assertEquals(p.categorieen().length > 0, i[4] != null, "category where the product has categories");
            assertEquals(p.eenheid(), i[9]);
            assertEquals(p.frequentie(), i[10]);
            assertTrue(i[12] == null || !((LocalDate) i[12]).isBefore(van), "start of care not before the indicatie");
            wachtend += i[12] == null ? 1 : 0;
            assertFalse(tot.isBefore(van));
            Object[] client = clienten.get((Long) i[1]);
            int geboortejaar = (Integer) client[4];
            String segment = (String) client[6];
            assertTrue(WereldModel.minLeeftijd(geboortejaar, van) >= 18, "adults only");
            if (segment.equals("1B")) {
                assertTrue(WereldModel.minLeeftijd(geboortejaar, van) >= 18 && WereldModel.maxLeeftijd(geboortejaar, van) <= 23);
            }
            if (segment.equals("3")) {
                assertTrue(WereldModel.minLeeftijd(geboortejaar, van) >= 75);
            }
            if (code.equals(WereldModel.IB4_MO)) {
                ib4++;
                assertTrue(WereldModel.maxLeeftijd(geboortejaar, van) <= 27, "IB4 MO only up to 27");
                assertTrue(tot.isBefore(van.plusYears(1)), "IB4 MO at most one year");
                assertNull(i[15], "IB4 MO is not renewed");
            }
            if (code.equals(WereldModel.BEGELEIDING_PLUS)) {
                plus++;
                assertTrue(tot.isBefore(van.plusMonths(6)), "begeleiding plus is short");
            }
            voorganger += gemeente == 2 ? 1 : 0;
            perClientProduct.computeIfAbsent(i[1] + "|" + code, k -> new ArrayList<>()).add(i);
        }
        for (List<Object[]> lijst : perClientProduct.values()) {
            lijst.sort((a, b) -> ((LocalDate) a[6]).compareTo((LocalDate) b[6]));
            for (int k = 1; k < lijst.size(); k++) {
                assertTrue(((LocalDate) lijst.get(k)[6]).isAfter((LocalDate) lijst.get(k - 1)[7]), "no stacking of one product");
            }
        }
        assertTrue(ib4 > 0 && plus > 0, "the time-boxed products occur: " + ib4 + ", " + plus);
        assertTrue(voorganger > 0, "care before the merger sits with the predecessor");
        assertTrue(wachtend > 0, "some clients are still waiting for care to start");
        // Meierijstad only takes part in HV.
        rijen.get(Tabel.INDICATIE).stream().filter(i -> (Long) i[2] == 4)
                .forEach(i -> assertEquals("HV", ref.producten().get((String) i[3]).groep()));
    }

    /** Issue 13 rules 6 and 7: every toewijzing the generator yields passes the one rule point the screens and REST use. */
    @Test
    void everyGeneratedToewijzingPassesTheProductRules() {
        Referentie ref = referentie();
        Map<Tabel, List<Object[]>> rijen = draai(5, 1500);
        Map<Long, Integer> geboortejaar = new HashMap<>();
        rijen.get(Tabel.CLIENT).forEach(c -> geboortejaar.put((Long) c[0], (Integer) c[4]));
        Map<Long, Object[]> perId = new HashMap<>();
        Map<Long, List<ToewijzingRegels.Bestaand>> perClient = new HashMap<>();
        for (Object[] i : rijen.get(Tabel.INDICATIE)) {
            perId.put((Long) i[0], i);
            perClient.computeIfAbsent((Long) i[1], k -> new ArrayList<>()).add(new ToewijzingRegels.Bestaand((Long) i[0],
                    (String) i[3], (LocalDate) i[6], (LocalDate) i[7]));
        }
        int geteld = 0;
        for (Object[] i : rijen.get(Tabel.INDICATIE)) {
            String code = (String) i[3];
            Referentie.Product p = ref.producten().get(code);
            LocalDate van = (LocalDate) i[6];
            LocalDate tot = (LocalDate) i[7];
            LocalDate ketenVan = van;
            for (Object[] v = i[15] == null ? null : perId.get((Long) i[15]); v != null && v[3].equals(code);
                    v = v[15] == null ? null : perId.get((Long) v[15])) {
                ketenVan = (LocalDate) v[6];
            }
            assertEquals(i[4], ToewijzingRegels.categorie(code, List.of(p.categorieen()), (String) i[4]));
            assertEquals(p.eenheid(), ToewijzingRegels.eenheid(code, p.eenheid(), (String) i[9]));
            assertEquals(p.frequentie(), ToewijzingRegels.frequentie(code, p.frequentie(), (String) i[10]));
            ToewijzingRegels.geenStapeling(code, van, tot, perClient.get((Long) i[1]), (Long) i[0], (Long) i[15]);
            ToewijzingRegels.tijdgebonden(code, ketenVan, van, tot, geboortejaar.get((Long) i[1]));
            geteld++;
        }
        assertTrue(geteld > 1000, "checked " + geteld);
    }

    /**
     * Issue 13 rule 5 in the demo world, the same shape as {@code FusieService} on live data: care of gemeente 2
     * (merged into 3 on 2022-01-01) ends on 2021-12-31 without a stop of care, a linked indicatie starts on the
     * merger date at the successor, marked FUSIE; no indicatie of the dissolved gemeente runs past its end.
     */
    @Test
    void atAMergerTheChainMovesToTheSuccessorLikeTheLiveMove() {
        Map<Tabel, List<Object[]>> rijen = draai(5, 1500);
        Map<Long, Object[]> perId = new HashMap<>();
        rijen.get(Tabel.INDICATIE).forEach(i -> perId.put((Long) i[0], i));
        LocalDate fusie = LocalDate.of(2022, 1, 1);
        int verplaatst = 0;
        for (Object[] i : rijen.get(Tabel.INDICATIE)) {
            if ((Long) i[2] == 2) {
                assertTrue(((LocalDate) i[7]).isBefore(fusie), "nothing of the dissolved gemeente runs past its end: " + Arrays.toString(i));
            }
            if (!"FUSIE".equals(i[16])) {
                continue;
            }
            verplaatst++;
            Object[] vorige = perId.get((Long) i[15]);
            assertEquals(3L, (Long) i[2], "at the successor");
            assertEquals(fusie, i[6], "starts on the merger date");
            assertEquals(2L, (Long) vorige[2], "continues an indicatie of the predecessor");
            assertEquals(fusie.minusDays(1), vorige[7], "which ends the day before");
            assertNull(vorige[13], "no stop of care at a merger");
            assertNull(vorige[14]);
            assertEquals(vorige[3], i[3], "same product");
            assertEquals(vorige[5], i[5], "same provider");
            assertEquals(vorige[1], i[1], "same client");
        }
        assertTrue(verplaatst > 0, "the world has care that moved at the merger");
    }

    @Test
    void declarationsAtTheContractTariffUpToLastMonthAndCeoRespondentsAreTheWorldsClients() {
        Referentie ref = referentie();
        WereldModel model = new WereldModel(ref, Generator.Preset.van("klein"), 3, 1, WERELD, IDENTITEIT);
        Map<Tabel, List<Object[]>> rijen = draai(3, 600);
        Map<Long, Object[]> indicaties = new HashMap<>();
        rijen.get(Tabel.INDICATIE).forEach(i -> indicaties.put((Long) i[0], i));
        int correcties = 0;
        for (Object[] d : rijen.get(Tabel.DECLARATIE_REGEL)) {
            Object[] i = indicaties.get((Long) d[1]);
            int jaar = (Integer) d[4];
            assertEquals(model.tarief((String) i[3], (String) i[4], jaar), (Long) d[9], "contract tariff of the year");
            assertEquals((long) (Integer) d[7] * (Long) d[9], (Long) d[10]);
            assertTrue(jaar * 100 + (Integer) d[5] <= 202611, "declared up to last month");
            correcties += (Integer) d[7] < 0 ? 1 : 0;
        }
        assertTrue(correcties > 0, "some corrections (credit lines)");
        long basis = ref.tarieven().get("01HV|").get(2020);
        assertEquals(Math.round(Math.round(basis * 1.025) * 1.025), model.tarief("01HV", "", 2022),
                "indexed 2.5% a year beyond the last set tariff");
        // CEO: respondents are clients of the world, of that gemeente, with care in the year, not gone before the fieldwork.
        Map<String, Object[]> perPseudoniem = new HashMap<>();
        rijen.get(Tabel.CLIENT).forEach(c -> perPseudoniem.put((String) c[1], c));
        Map<Long, Object[]> rondes = new HashMap<>();
        rijen.get(Tabel.CEO_RONDE).forEach(r -> rondes.put((Long) r[0], r));
        assertEquals(List.of(2022, 2023, 2024, 2025), rondes.values().stream().map(r -> (Integer) r[2]).distinct().sorted().toList(),
                "a round per full year, including the last one");
        for (Object[] s : rijen.get(Tabel.CEO_STEEKPROEF)) {
            Object[] ronde = rondes.get((Long) s[1]);
            Object[] client = perPseudoniem.get((String) s[3]);
            assertNotNull(client, "a respondent is a client of the world");
            int jaar = (Integer) ronde[2];
            LocalDate veldwerk = ((LocalDateTime) ronde[7]).toLocalDate();
            List<Object[]> zorg = rijen.get(Tabel.INDICATIE).stream().filter(i -> i[1].equals(client[0])).toList();
            assertTrue(zorg.stream().anyMatch(i -> i[2].equals(ronde[1]) && ((LocalDate) i[6]).getYear() <= jaar
                    && ((LocalDate) i[7]).getYear() >= jaar), "care in that gemeente in the year");
            assertTrue(zorg.stream().noneMatch(i -> ("OVERLEDEN".equals(i[14]) || "VERHUISD".equals(i[14]))
                    && ((LocalDate) i[7]).isBefore(veldwerk)), "not gone before the fieldwork date (issue 13 point 13)");
        }
    }

    @Test
    void providerEffectShowsInGoalsAndAnswers() {
        Map<Tabel, List<Object[]>> rijen = draai(13, 3000);
        Map<Long, Long> aanbiederVanIndicatie = new HashMap<>();
        rijen.get(Tabel.INDICATIE).forEach(i -> aanbiederVanIndicatie.put((Long) i[0], (Long) i[5]));
        Map<Long, Long> indicatieVanDoel = new HashMap<>();
        rijen.get(Tabel.DOEL).forEach(d -> indicatieVanDoel.put((Long) d[0], (Long) d[1]));
        double[] goed = new double[2];
        double[] zwak = new double[2];
        for (Object[] e : rijen.get(Tabel.DOEL_EVALUATIE)) {
            long aanbieder = aanbiederVanIndicatie.get(indicatieVanDoel.get((Long) e[1]));
            double q = Wereld.kwaliteit(aanbieder, 13);
            double[] bak = q > 0.2 ? goed : q < -0.2 ? zwak : null;
            if (bak != null) {
                bak[0] += "BEHAALD".equals(e[3]) ? 1 : 0;
                bak[1]++;
            }
        }
        assertTrue(goed[0] / goed[1] > zwak[0] / zwak[1] + 0.03, "better providers reach more goals: "
                + goed[0] / goed[1] + " vs " + zwak[0] / zwak[1]);
    }

    @Test
    void syntheticBsnsComeFromTheNeverIssuedRangeAndPassTheElevenTest() {
        for (int n : new int[] {0, 1, 2, 500_000, Bsn.ONGEBRUIKT_CAPACITEIT - 1}) {
            String bsn = Bsn.ongebruikt(n);
            assertTrue(Bsn.isGeldig(bsn), bsn);
            assertTrue(Bsn.isSynthetischBereik(bsn) && Long.parseLong(bsn) < 10_000_000L, bsn);
        }
        assertNotEquals(Bsn.ongebruikt(1), Bsn.ongebruikt(2));
        assertNull(Bsn.ongebruikt(Bsn.ONGEBRUIKT_CAPACITEIT));
        assertTrue(Bsn.ONGEBRUIKT_CAPACITEIT > 900_000, "room for the region and most of the national preset");
        assertFalse(Bsn.isSynthetischBereik(Bsn.synthetisch(1_234_567)));
    }

    @Test
    void theWorldIsRelativeToToday() {
        assertEquals(2022, WERELD.eersteJaar());
        assertEquals(2025, WERELD.laatsteVolleJaar());
        assertEquals(2026, WERELD.laatsteJaar());
        assertEquals(60, WERELD.maanden());
        assertEquals(2030, Wereld.tot(LocalDate.of(2034, 3, 1)).eersteJaar(), "a demo started in another year looks current");
    }
}
