package nl.wmoregio.toegang.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Wereld;
import nl.wmoregio.toegang.boundary.Bsn;

/**
 * The synthetic world as a pure, seeded model (issue 14 point 1, issue 18 point 1): from the
 * reference data, a preset, a seed and the world's window it yields rows, table by table, to a
 * {@link Rijen} sink: clients, indicaties with renewal chains, waiting times, mergers and
 * uitstroom, goals and evaluations, monthly declarations with corrections, CEO rounds whose
 * respondents are sampled from these clients, meldingen, onderzoeken with findings and measures,
 * quality rounds and budgets. No database: the same inputs give the same rows (tested), the
 * {@link Generator} writes them with bulk inserts.
 *
 * <p>The chain rules of issue 13 hold by construction: an indicatie only for a product group the
 * gemeente takes part in on its start date (participation read from the reference data), only
 * at a provider contracted for that product on that date, with a tariff category where the
 * product has categories, eenheid and frequentie from the product, never the same product twice
 * at once for one client, segment 1B only 18-23 and 3 only 75+ on every indicatie date,
 * begeleiding plus short (3-6 months) and IB4 MO only up to 27 and at most a year, start of care
 * (WMO305) on or after the start of the indicatie. A provider's quality effect
 * ({@link Wereld#kwaliteit}) drives goals, CEO answers on V06-V10, findings and quality scores.
 */
public final class WereldModel {

    /** Where the rows go; columns in the order of {@link Tabel#kolommen}. */
    public interface Rijen {
        void rij(Tabel tabel, Object... waarden);
    }

    /** Every table the model fills, in foreign-key order (parents first). */
    public enum Tabel {
        CLIENT("client", "id, pseudoniem, bsn_versleuteld, bsn_laatste, geboortejaar, gemeente_id, segment"),
        INDICATIE("indicatie", "id, client_id, gemeente_id, product_code, categorie, aanbieder_id, van, tot, volume, eenheid, "
                + "frequentie, reden_wijziging, start_zorg, stop_zorg, reden_einde, vorige_id, overgang"),
        DOEL("doel", "id, indicatie_id, leefgebied, omschrijving, beoogd_resultaat"),
        DOEL_EVALUATIE("doel_evaluatie", "id, doel_id, datum, uitkomst, toelichting"),
        DECLARATIE_REGEL("declaratie_regel", "id, indicatie_id, aanbieder_id, gemeente_id, jaar, maand, product_code, volume, "
                + "eenheid, tarief_cent, bedrag_cent"),
        CEO_RONDE("ceo_ronde", "id, gemeente_id, jaar, gevraagde_omvang, seed, populatie, steekproef, getrokken_op"),
        CEO_STEEKPROEF("ceo_steekproef", "id, ronde_id, respondent, pseudoniem, productgroep, aanbieder_id"),
        CEO_ANTWOORD("ceo_antwoord", "id, steekproef_id, vraag_id, antwoord"),
        ONDERZOEK("onderzoek", "id, nummer, type, aanbieder_id, gemeente_id, kader_id, organisatie, scope, status, gepland_van, "
                + "gepland_tot, start_datum, eind_datum, zienswijze, zienswijze_datum, definitief_op, aangemaakt_op"),
        ONDERZOEK_NORM("onderzoek_norm", "onderzoek_id, norm_id"),
        BEVINDING("bevinding", "id, onderzoek_id, norm_id, oordeel, onderbouwing, vastgesteld_door, vastgesteld_op"),
        MAATREGEL("maatregel", "id, onderzoek_id, aanbieder_id, type, omschrijving, deadline, status, opvolging, afgerond_op, "
                + "aangemaakt_op"),
        MELDING("melding", "id, nummer, bron, soort, aanbieder_id, gemeente_id, client_pseudoniem, gebeurtenis_datum, melddatum, "
                + "omschrijving, te_laat, werkdagen, status, organisatie, triage_deadline, sluitreden, onderzoek_id, "
                + "aangemaakt_door, aangemaakt_op"),
        KW_RONDE("kw_ronde", "id, naam, methode_id, van, tot, selectie"),
        KW_BEOORDELING("kw_beoordeling", "id, ronde_id, aanbieder_id, leerpunten, beoordeeld_door, beoordeeld_op"),
        KW_SCORE("kw_score", "id, beoordeling_id, indicator_id, score, onderbouwing"),
        WH_BUDGET("wh_budget", "gemeente_id, jaar, budget_cent");

        public final String naam;
        public final String kolommen;

        Tabel(String naam, String kolommen) {
            this.naam = naam;
            this.kolommen = kolommen;
        }
    }

    /** Identity of a synthetic client: the pseudonym and the encrypted BSN (injected: keys live outside the model). */
    public record Identiteit(Function<String, String> pseudoniem, Function<String, String> versleutel) {
    }

    /** What was yielded (rows per table, the declared total) and where the client ids start. */
    public record Telling(Map<Tabel, Long> rijen, long verlengingen, long beeindigd, long bedragCent, long eersteClientId) {

        public long van(Tabel t) {
            return rijen.getOrDefault(t, 0L);
        }
    }

    /** Current gemeenten of BNO-O with a rough weight by Wmo clients (Meierijstad: HV only). */
    static final Map<String, Integer> GEMEENTE_GEWICHT = Map.of("GM0828", 92, "GM1982", 91, "GM1991", 60, "GM1721", 31,
            "GM0755", 11, "GM1948", 30);
    private static final String[] GROEPEN = {"HV", "BI", "BG", "KV", "BW", "MO"};
    /** Group weights per age class (elderly, young adults, other adults): CBS ratio HV 43 : begeleiding 16 overall. */
    private static final int[][] GROEP_GEWICHT = {{72, 10, 8, 8, 2, 0}, {0, 48, 32, 0, 8, 12}, {30, 36, 17, 3, 7, 7}};
    private static final String[] REDENEN = {"DOEL_BEREIKT", "VOORLIGGEND_VELD", "WLZ", "ZVW", "ANDERS"};
    private static final int[] REDEN_GEWICHT = {45, 20, 15, 7, 13};
    private static final Map<String, String[]> LEEFGEBIEDEN = Map.of(
            "HV", new String[] {"HUISHOUDEN"},
            "BI", new String[] {"ZELFZORG", "FINANCIEN", "SOCIALE_CONTACTEN", "WONEN"},
            "BG", new String[] {"DAGBESTEDING", "SOCIALE_CONTACTEN"},
            "KV", new String[] {"GEZONDHEID", "ZELFZORG"},
            "BW", new String[] {"WONEN", "ZELFZORG", "FINANCIEN", "GEZONDHEID"},
            "MO", new String[] {"WONEN", "FINANCIEN", "GEZONDHEID"});
    private static final Map<String, String> OMSCHRIJVING = Map.of(
            "HUISHOUDEN", "Schoon en leefbaar huis", "ZELFZORG", "Dagstructuur en zelfzorg volhouden",
            "FINANCIEN", "Grip op geldzaken, geen nieuwe schulden", "SOCIALE_CONTACTEN", "Minder eenzaam, vaste contacten",
            "WONEN", "Zelfstandig (beschermd) wonen", "DAGBESTEDING", "Zinvolle dagbesteding",
            "GEZONDHEID", "Mantelzorger ontlasten, gezondheid stabiel", "MOBILITEIT", "Zelf naar afspraken");
    static final String BEGELEIDING_PLUS = ToewijzingRegels.BEGELEIDING_PLUS;
    static final String IB4_MO = ToewijzingRegels.IB4_MO;
    static final String IB_MO = "16IMO";
    /** Meldingen per client-year: ~500 a year for the region's ~25,000 clients (the toezicht demo has ~380 in its curated year). */
    private static final double MELDINGEN_PER_CLIENTJAAR = 0.02;
    private static final int CEO_OMVANG = 800;
    private static final String[] MAATREGELEN = {"ADVIES", "VERBETERPLAN", "HERHAALONDERZOEK", "FORMELE_WAARSCHUWING", "AANWIJZING"};
    private static final String[] SOORTEN = {"SIGNAAL_KWALITEIT", "SIGNAAL_RECHTMATIGHEID", "KLACHT", "CALAMITEIT", "GEWELD"};
    private static final int[] SOORT_GEWICHT = {170, 70, 80, 45, 15};

    private final Referentie ref;
    private final Generator.Preset preset;
    private final long seed;
    private final int clienten;
    private final Wereld wereld;
    private final Identiteit identiteit;

    // derived reference data
    private final List<Referentie.Gemeente> huidige = new ArrayList<>();
    private int[] huidigeGewicht;
    private final Map<Long, Referentie.Gemeente> gemeentePerId = new HashMap<>();
    private final Map<String, List<String>> productenPerGroep = new TreeMap<>();
    private final Map<Long, Integer> rang = new HashMap<>();
    private final Map<Long, List<Referentie.Deelname>> deelnamesPerGemeente = new HashMap<>();
    private final Map<String, List<Referentie.Contract>> contractenPerProduct = new HashMap<>();
    private int aanbiederAantal;

    // state while yielding
    private final Map<Tabel, Long> geteld = new EnumMap<>(Tabel.class);
    private final Map<String, Long> ids = new HashMap<>();
    private long verlengingen;
    private long beeindigd;
    private long bedrag;
    private final Map<String, Ceo> ceo = new TreeMap<>();
    private final Map<String, long[]> kostenPerGemeenteJaar = new TreeMap<>(); // "gemeente|jaar" -> {cent, maanden-bitmask}
    private final Map<Integer, Map<Long, Integer>> clientenPerJaarAanbieder = new TreeMap<>();
    private final Map<Integer, Map<Long, Integer>> clientenPerJaarGemeente = new TreeMap<>();

    public WereldModel(Referentie ref, Generator.Preset preset, long seed, int clienten, Wereld wereld, Identiteit identiteit) {
        this.ref = ref;
        this.preset = preset;
        this.seed = seed;
        this.clienten = clienten;
        this.wereld = wereld;
        this.identiteit = identiteit;
        bereidVoor();
    }

    private void bereidVoor() {
        for (Referentie.Deelname d : ref.deelnames()) {
            deelnamesPerGemeente.computeIfAbsent(d.gemeenteId(), k -> new ArrayList<>()).add(d);
        }
        for (Referentie.Contract c : ref.contracten()) {
            contractenPerProduct.computeIfAbsent(c.product(), k -> new ArrayList<>()).add(c);
        }
        for (Referentie.Gemeente g : ref.gemeenten()) {
            gemeentePerId.put(g.id(), g);
        }
        LocalDate einde = wereld.peildatum();
        List<Integer> gewichten = new ArrayList<>();
        for (Referentie.Gemeente g : ref.gemeenten()) {
            if (g.bestaatOp(einde) && !groepenVoor(g.id(), einde).isEmpty()) {
                Integer w = GEMEENTE_GEWICHT.get(g.cbs());
                if (w != null || GEMEENTE_GEWICHT.keySet().stream().noneMatch(c -> ref.gemeenten().stream().anyMatch(x -> x.cbs().equals(c)))) {
                    huidige.add(g);
                    gewichten.add(w == null ? 10 : w);
                }
            }
        }
        if (huidige.isEmpty()) {
            throw new DomainException("GEEN_GEMEENTEN", null, "Er zijn geen gemeenten met deelname: laad eerst de regiogegevens");
        }
        huidigeGewicht = gewichten.stream().mapToInt(Integer::intValue).toArray();
        List<Long> aanbieders = ref.contracten().stream().map(Referentie.Contract::aanbiederId).distinct().sorted().toList();
        if (aanbieders.isEmpty()) {
            throw new DomainException("GEEN_CONTRACTEN", null, "Er zijn geen gecontracteerde producten: laad eerst de inkoopgegevens");
        }
        // A seeded ranking: the first ten get ~80% of the clients, the last 40 none (DOMAIN.md volumes).
        List<Long> volgorde = new ArrayList<>(aanbieders);
        Collections.shuffle(volgorde, new Random(seed ^ 0x5DEECE66DL));
        for (int r = 0; r < volgorde.size(); r++) {
            rang.put(volgorde.get(r), r);
        }
        aanbiederAantal = volgorde.size();
        for (Referentie.Contract c : ref.contracten()) {
            Referentie.Product p = ref.producten().get(c.product());
            if (p != null && !productenPerGroep.computeIfAbsent(p.groep(), k -> new ArrayList<>()).contains(p.code())) {
                productenPerGroep.get(p.groep()).add(p.code());
            }
        }
        productenPerGroep.values().forEach(Collections::sort);
        for (String tabel : Referentie.TABELLEN) {
            ids.put(tabel, ref.volgendeId().getOrDefault(tabel, 1L));
        }
    }

    private long id(String tabel) {
        long id = ids.get(tabel);
        ids.put(tabel, id + 1);
        return id;
    }

    private void rij(Rijen uit, Tabel t, Object... waarden) {
        uit.rij(t, waarden);
        geteld.merge(t, 1L, Long::sum);
    }

    // ------------------------------------------------------------------------------------------ rules as lookups

    /** Product groups the gemeente takes part in on the date (no participation rows at all: every group). */
    List<String> groepenVoor(long gemeenteId, LocalDate d) {
        if (ref.deelnames().isEmpty()) {
            return List.of(GROEPEN);
        }
        List<String> groepen = new ArrayList<>();
        for (Referentie.Deelname dn : deelnamesPerGemeente.getOrDefault(gemeenteId, List.of())) {
            if (!dn.van().isAfter(d) && (dn.tot() == null || !dn.tot().isBefore(d))
                    && !groepen.contains(dn.groep())) {
                groepen.add(dn.groep());
            }
        }
        return groepen;
    }

    boolean neemtDeel(long gemeenteId, String groep, LocalDate d) {
        return groepenVoor(gemeenteId, d).contains(groep);
    }

    /** Providers contracted for the product on the date, with their weights (rank: a few large, many small, 40 without clients). */
    private long kiesAanbieder(Random rnd, String product, LocalDate d) {
        List<Long> kandidaten = new ArrayList<>();
        List<Double> gewichten = new ArrayList<>();
        for (Referentie.Contract c : contractenPerProduct.getOrDefault(product, List.of())) {
            if (!c.van().isAfter(d) && !c.tot().isBefore(d) && !kandidaten.contains(c.aanbiederId())) {
                int r = rang.get(c.aanbiederId());
                kandidaten.add(c.aanbiederId());
                gewichten.add(r < 10 ? 40.0 : r >= aanbiederAantal - 40 ? 0.0 : 1.0);
            }
        }
        if (kandidaten.isEmpty()) {
            return -1;
        }
        double som = gewichten.stream().mapToDouble(Double::doubleValue).sum();
        if (som == 0) {
            return kandidaten.get(rnd.nextInt(kandidaten.size()));
        }
        double x = rnd.nextDouble() * som;
        for (int i = 0; i < kandidaten.size(); i++) {
            x -= gewichten.get(i);
            if (x < 0) {
                return kandidaten.get(i);
            }
        }
        return kandidaten.get(kandidaten.size() - 1);
    }

    private LocalDate contractEinde(long aanbieder, String product, LocalDate d) {
        LocalDate einde = d;
        for (Referentie.Contract c : contractenPerProduct.getOrDefault(product, List.of())) {
            if (c.aanbiederId() == aanbieder && !c.van().isAfter(d) && !c.tot().isBefore(d)
                    && c.tot().isAfter(einde)) {
                einde = c.tot();
            }
        }
        return einde;
    }

    /** The contract tariff of the year; a year beyond the last set one is indexed 2.5% a year (as InkoopDemoData extends them). */
    long tarief(String product, String categorie, int jaar) {
        TreeMap<Integer, Long> perJaar = ref.tarieven().get(product + "|" + (categorie == null ? "" : categorie));
        if (perJaar == null || perJaar.isEmpty()) {
            return 0;
        }
        Map.Entry<Integer, Long> e = perJaar.floorEntry(jaar);
        if (e == null) {
            return perJaar.firstEntry().getValue();
        }
        long t = e.getValue();
        for (int j = e.getKey(); j < jaar; j++) {
            t = Math.round(t * 1.025);
        }
        return t;
    }

    /** Lowest possible age at a date from the birth year only (birthday not yet passed). */
    static int minLeeftijd(int geboortejaar, LocalDate d) {
        return d.getYear() - geboortejaar - 1;
    }

    static int maxLeeftijd(int geboortejaar, LocalDate d) {
        return d.getYear() - geboortejaar;
    }

    // ------------------------------------------------------------------------------------------ the world

    public Telling genereer(Rijen uit, Generator.Voortgang voortgang) {
        Random rnd = new Random(seed);
        Random ceoRnd = new Random(seed ^ 0xCE0L);
        long eersteClient = ids.get("client");
        int pogingen = 0;
        for (int n = 0; n < clienten && pogingen < clienten * 10; pogingen++) {
            if (!client(rnd, ceoRnd, uit)) {
                continue; // nothing fitted (no contract or participation on the drawn date): draw again
            }
            n++;
            if (voortgang != null && (n % Generator.CLIENTEN_PER_COMMIT == 0 || n == clienten)) {
                voortgang.meld("clienten", n, clienten, geteld.values().stream().mapToLong(Long::longValue).sum());
            }
        }
        ceoRondes(uit);
        toezicht(uit);
        kwaliteit(uit);
        budgetten(uit);
        return new Telling(new EnumMap<>(geteld), verlengingen, beeindigd, bedrag, eersteClient);
    }

    private record Ind(long id, long gemeente, String groep, long aanbieder, LocalDate van, LocalDate tot) {
    }

    private boolean client(Random rnd, Random ceoRnd, Rijen uit) {
        long id = id("client");
        Referentie.Gemeente gemeente = huidige.get(kies(rnd, huidigeGewicht));
        int w0 = wereld.eersteJaar();
        int klasse = rnd.nextInt(100) < 42 ? 0 : rnd.nextInt(100) < 14 ? 1 : 2;
        int geboortejaar = switch (klasse) {
            case 0 -> w0 - 78 - rnd.nextInt(20);
            case 1 -> w0 - 22 - rnd.nextInt(2);
            default -> w0 - 26 - rnd.nextInt(48);
        };
        // Death or moving away: decided up front, every chain of the client stops there.
        LocalDate weg = null;
        String wegReden = null;
        if (rnd.nextInt(100) < (klasse == 0 ? 22 : 6)) {
            weg = wereld.begin().plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(wereld.begin(), wereld.peildatum())));
            wegReden = klasse == 0 && rnd.nextInt(100) < 80 ? "OVERLEDEN" : "VERHUISD";
        }
        List<String> mogelijk = groepenVoor(gemeente.id(), wereld.peildatum());
        List<String> groepen = new ArrayList<>();
        groepen.add(kiesGroep(rnd, klasse, mogelijk));
        if (mogelijk.size() > 1 && rnd.nextInt(100) < 35) {
            String tweede = kiesGroep(rnd, klasse, mogelijk);
            if (!tweede.equals(groepen.get(0))) {
                groepen.add(tweede);
            }
        }
        List<Ind> indicaties = new ArrayList<>();
        List<Object[]> indicatieRijen = new ArrayList<>();
        LocalDate eersteVan = null;
        LocalDate laatsteVan = null;
        for (String groep : groepen) {
            List<Ind> keten = keten(rnd, uit, id, gemeente, groep, geboortejaar, weg, wegReden, indicatieRijen);
            for (Ind i : keten) {
                eersteVan = eersteVan == null || i.van().isBefore(eersteVan) ? i.van() : eersteVan;
                laatsteVan = laatsteVan == null || i.van().isAfter(laatsteVan) ? i.van() : laatsteVan;
            }
            indicaties.addAll(keten);
        }
        if (indicaties.isEmpty()) { // nothing fits (for example no contract yet): a client without care is left out
            ids.put("client", id); // give the id back
            return false;
        }
        String segment;
        if (minLeeftijd(geboortejaar, eersteVan) >= 75) {
            segment = "3";
        } else if (minLeeftijd(geboortejaar, eersteVan) >= 18 && maxLeeftijd(geboortejaar, laatsteVan) <= 23) {
            segment = "1B";
        } else {
            segment = rnd.nextInt(100) < 45 ? "1A" : "2";
        }
        int nummer = (int) (id % Integer.MAX_VALUE);
        String bsn = Bsn.ongebruikt(nummer);
        String pseudoniem = identiteit.pseudoniem().apply(bsn != null ? bsn : "synthetisch-" + preset.naam() + "-" + seed + "-" + id);
        rij(uit, Tabel.CLIENT, id, pseudoniem, bsn == null ? null : identiteit.versleutel().apply(bsn),
                bsn == null ? null : bsn.substring(6), geboortejaar, gemeente.id(), segment);
        for (Object[] r : indicatieRijen) {
            rij(uit, (Tabel) r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
        }
        // Yearly bookkeeping: CEO population (issue 13 point 13: not when gone before the fieldwork date), client counts.
        for (int jaar = wereld.eersteJaar(); jaar <= wereld.laatsteJaar(); jaar++) {
            LocalDate jan = LocalDate.of(jaar, 1, 1);
            LocalDate dec = LocalDate.of(jaar, 12, 31);
            Ind laatste = null;
            for (Ind i : indicaties) {
                if (!i.van().isAfter(dec) && !i.tot().isBefore(jan) && (laatste == null || i.van().isAfter(laatste.van()))) {
                    laatste = i;
                }
            }
            if (laatste == null) {
                continue;
            }
            clientenPerJaarAanbieder.computeIfAbsent(jaar, k -> new HashMap<>()).merge(laatste.aanbieder(), 1, Integer::sum);
            clientenPerJaarGemeente.computeIfAbsent(jaar, k -> new HashMap<>()).merge(laatste.gemeente(), 1, Integer::sum);
            LocalDate veldwerk = veldwerk(jaar);
            if (jaar <= wereld.laatsteVolleJaar() && (weg == null || !weg.isBefore(veldwerk))) {
                ceo.computeIfAbsent(laatste.gemeente() + "|" + jaar, k -> new Ceo()).voegToe(ceoRnd,
                        new Kandidaat(pseudoniem, laatste.groep(), laatste.aanbieder()));
            }
        }
        return true;
    }

    /** The CEO fieldwork date of a year: the sample is drawn on 1 February of the next year. */
    static LocalDate veldwerk(int jaar) {
        return LocalDate.of(jaar + 1, 2, 1);
    }

    private String kiesGroep(Random rnd, int klasse, List<String> mogelijk) {
        int[] gewicht = new int[GROEPEN.length];
        for (int i = 0; i < GROEPEN.length; i++) {
            gewicht[i] = mogelijk.contains(GROEPEN[i]) && productenPerGroep.containsKey(GROEPEN[i]) ? GROEP_GEWICHT[klasse][i] : 0;
        }
        if (java.util.Arrays.stream(gewicht).sum() == 0) {
            for (int i = 0; i < GROEPEN.length; i++) {
                gewicht[i] = mogelijk.contains(GROEPEN[i]) && productenPerGroep.containsKey(GROEPEN[i]) ? 1 : 0;
            }
        }
        if (java.util.Arrays.stream(gewicht).sum() == 0) {
            return mogelijk.get(0);
        }
        return GROEPEN[kies(rnd, gewicht)];
    }

    /** One product group for one client: an indicatie and its renewals, split at a merger date, stopped when the client is gone. */
    private List<Ind> keten(Random rnd, Rijen uit, long client, Referentie.Gemeente gemeente, String groep, int geboortejaar,
            LocalDate weg, String wegReden, List<Object[]> rijen) {
        List<Ind> keten = new ArrayList<>();
        List<String> codes = productenPerGroep.get(groep);
        if (codes == null || codes.isEmpty()) {
            return keten;
        }
        String code = codes.get(rnd.nextInt(codes.size()));
        // Stock and inflow: most care already runs when the window opens, the rest flows in.
        LocalDate van = wereld.begin().plusMonths(rnd.nextInt(100) < 50 ? -1 - rnd.nextInt(24) : rnd.nextInt(wereld.maanden()))
                .plusDays(rnd.nextInt(28));
        if (van.isAfter(wereld.peildatum())) {
            van = wereld.peildatum();
        }
        Referentie.Product product = ref.producten().get(code);
        boolean kort = code.equals(BEGELEIDING_PLUS) || code.equals(IB4_MO);
        String categorie = product.categorieen().length == 0 ? null : categorie(rnd, product.categorieen());
        long aanbieder = -1;
        Long vorige = null;
        boolean eerste = true;
        boolean naFusie = false; // this link continues the chain at the successor (overgang FUSIE, as FusieService does live)
        while (weg == null || van.isBefore(weg)) {
            // Gemeente on this date: before a merger the predecessor that took part in the group then.
            long indGemeente = gemeente.id();
            LocalDate grens = null;
            if (!gemeente.bestaatOp(van) && kort) { // a time-boxed product is not split at a merger: it starts there
                van = gemeente.van();
            }
            if (!gemeente.bestaatOp(van)) {
                Long voorganger = null;
                for (Referentie.Gemeente g : ref.gemeenten()) {
                    if (gemeente.id() == (g.opvolger() == null ? -1 : g.opvolger()) && g.bestaatOp(van) && neemtDeel(g.id(), groep, van)) {
                        voorganger = g.id();
                        break;
                    }
                }
                if (voorganger == null) {
                    van = gemeente.van();
                } else {
                    indGemeente = voorganger;
                    grens = gemeente.van();
                }
            }
            if (!neemtDeel(indGemeente, groep, van)) {
                break;
            }
            if (code.equals(IB4_MO) && maxLeeftijd(geboortejaar, van) > 27) { // IB4 MO only up to 27: the general MO product
                if (!codes.contains(IB_MO)) {
                    break;
                }
                code = IB_MO;
                product = ref.producten().get(code);
                kort = false;
                aanbieder = -1;
            }
            if (aanbieder < 0 || contractEinde(aanbieder, code, van).isBefore(van.plusDays(1))) {
                aanbieder = kiesAanbieder(rnd, code, van);
                if (aanbieder < 0) {
                    break;
                }
            }
            int maanden = code.equals(BEGELEIDING_PLUS) ? 3 + rnd.nextInt(4) : code.equals(IB4_MO) ? 6 + rnd.nextInt(7)
                    : 12 + rnd.nextInt(31);
            LocalDate tot = van.plusMonths(maanden).minusDays(1);
            if (code.equals(IB4_MO) && tot.isAfter(van.plusYears(1).minusDays(1))) {
                tot = van.plusYears(1).minusDays(1);
            }
            boolean gesplitst = false;
            if (grens != null && !tot.isBefore(grens)) {
                tot = grens.minusDays(1);
                gesplitst = true;
            }
            LocalDate contractTot = contractEinde(aanbieder, code, van);
            if (tot.isAfter(contractTot)) {
                tot = contractTot;
            }
            String reden = null;
            boolean verlengd;
            if (weg != null && !tot.isBefore(weg)) {
                tot = weg;
                reden = wegReden;
                verlengd = false;
            } else if (gesplitst) {
                verlengd = true;
            } else {
                boolean loptDoor = tot.isAfter(wereld.peildatum());
                verlengd = !loptDoor && !kort && rnd.nextInt(100) < 70;
                reden = loptDoor || verlengd ? null : kort && rnd.nextInt(100) < 70 ? "DOEL_BEREIKT" : REDENEN[kies(rnd, REDEN_GEWICHT)];
            }
            int volume = volume(rnd, product);
            long iid = id("indicatie");
            // Waiting time (WMO305 after the start of the indicatie): only for new care; a renewal continues.
            LocalDate startZorg = eerste ? van.plusDays(wachtdagen(rnd, groep)) : van;
            if (startZorg.isAfter(tot)) {
                startZorg = tot;
            }
            boolean gestart = !startZorg.isAfter(wereld.peildatum());
            rijen.add(new Object[] {Tabel.INDICATIE, iid, client, indGemeente, code, categorie, aanbieder, van, tot, volume,
                    product.eenheid(), product.frequentie(), vorige == null ? null : "01", gestart ? startZorg : null,
                    reden == null ? null : tot, reden, vorige, naFusie && indGemeente == gemeente.id() ? "FUSIE" : null});
            keten.add(new Ind(iid, indGemeente, groep, aanbieder, van, tot));
            if (vorige != null) {
                verlengingen++;
            }
            if (reden != null) {
                beeindigd++;
            }
            doelen(rnd, rijen, iid, product, van, tot, reden, aanbieder);
            if (gestart) {
                declaraties(rnd, rijen, iid, aanbieder, indGemeente, product, categorie, volume, startZorg, tot);
            }
            if (!verlengd) {
                break;
            }
            vorige = iid;
            van = tot.plusDays(1);
            eerste = false;
            naFusie = gesplitst;
            if (van.isAfter(wereld.peildatum())) {
                break;
            }
        }
        return keten;
    }

    private static int wachtdagen(Random rnd, String groep) {
        int r = rnd.nextInt(100);
        return switch (groep) {
            case "BW" -> 14 + rnd.nextInt(r < 30 ? 150 : 60);    // waiting lists for a place
            case "HV" -> rnd.nextInt(r < 15 ? 42 : 14);
            default -> rnd.nextInt(r < 20 ? 70 : 21);
        };
    }

    private void doelen(Random rnd, List<Object[]> rijen, long iid, Referentie.Product product, LocalDate van, LocalDate tot,
            String reden, long aanbieder) {
        String[] gebieden = LEEFGEBIEDEN.getOrDefault(product.groep(), new String[] {"ZELFZORG"});
        int aantal = product.groep().equals("HV") ? 1 : 1 + rnd.nextInt(3);
        double q = Wereld.kwaliteit(aanbieder, seed);
        for (int d = 0; d < aantal; d++) {
            String gebied = gebieden[(d + rnd.nextInt(gebieden.length)) % gebieden.length];
            long did = id("doel");
            rijen.add(new Object[] {Tabel.DOEL, did, iid, gebied, OMSCHRIJVING.get(gebied), "Na " + (6 + rnd.nextInt(7))
                    + " maanden zelfstandiger"});
            LocalDate tussen = van.plusMonths(6);
            if (tot.isAfter(van.plusMonths(12)) && !tussen.isAfter(wereld.peildatum())) {
                rijen.add(new Object[] {Tabel.DOEL_EVALUATIE, id("doel_evaluatie"), did, tussen,
                        rnd.nextDouble() < 0.55 + 0.15 * q ? "DEELS" : "NIET_BEHAALD", null});
            }
            if (!tot.isAfter(wereld.peildatum())) {
                rijen.add(new Object[] {Tabel.DOEL_EVALUATIE, id("doel_evaluatie"), did, tot, uitkomst(rnd, reden, q), null});
            }
        }
    }

    /** Outcome with the provider effect: a good provider (q = 1) reaches a goal about 25 points more often than a weak one. */
    static String uitkomst(Random rnd, String reden, double q) {
        double r = rnd.nextDouble();
        double behaald = ("DOEL_BEREIKT".equals(reden) ? 0.75 : 0.35) + 0.12 * q;
        return r < behaald ? "BEHAALD" : r < behaald + 0.35 ? "DEELS" : "NIET_BEHAALD";
    }

    private void declaraties(Random rnd, List<Object[]> rijen, long iid, long aanbieder, long gemeente, Referentie.Product product,
            String categorie, int volume, LocalDate start, LocalDate tot) {
        YearMonth laatste = wereld.laatsteDeclaratieMaand();
        YearMonth maand = YearMonth.from(start.isBefore(wereld.begin()) ? wereld.begin() : start);
        YearMonth eind = YearMonth.from(tot).isAfter(laatste) ? laatste : YearMonth.from(tot);
        boolean traject = "6".equals(product.frequentie());
        while (!maand.isAfter(eind)) {
            if (rnd.nextInt(100) >= 3) { // now and then a month without care
                int v = maandVolume(rnd, product, volume);
                long tarief = tarief(product.code(), categorie, maand.getYear());
                declaratie(rijen, iid, aanbieder, gemeente, maand, product, v, tarief);
                // A correction (~3%): the line for this period is credited and declared again with the right volume.
                if (v > 1 && rnd.nextInt(100) < 3) {
                    declaratie(rijen, iid, aanbieder, gemeente, maand, product, -v, tarief);
                    declaratie(rijen, iid, aanbieder, gemeente, maand, product, v - 1, tarief);
                }
            }
            if (traject) {
                break;
            }
            maand = maand.plusMonths(1);
        }
    }

    private void declaratie(List<Object[]> rijen, long iid, long aanbieder, long gemeente, YearMonth maand, Referentie.Product product,
            int volume, long tarief) {
        long regelBedrag = volume * tarief;
        rijen.add(new Object[] {Tabel.DECLARATIE_REGEL, id("declaratie_regel"), iid, aanbieder, gemeente, maand.getYear(),
                maand.getMonthValue(), product.code(), volume, product.eenheid(), tarief, regelBedrag});
        bedrag += regelBedrag;
        long[] k = kostenPerGemeenteJaar.computeIfAbsent(gemeente + "|" + maand.getYear(), x -> new long[2]);
        k[0] += regelBedrag;
        k[1] |= 1L << maand.getMonthValue();
    }

    // ------------------------------------------------------------------------------------------ CEO

    record Kandidaat(String pseudoniem, String groep, long aanbieder) {
    }

    /** A reservoir sample per gemeente and year, filled while the clients stream by. */
    private static final class Ceo {
        final List<Kandidaat> steekproef = new ArrayList<>();
        int populatie;

        void voegToe(Random rnd, Kandidaat k) {
            populatie++;
            if (steekproef.size() < CEO_OMVANG) {
                steekproef.add(k);
            } else {
                int j = rnd.nextInt(populatie);
                if (j < CEO_OMVANG) {
                    steekproef.set(j, k);
                }
            }
        }
    }

    private void ceoRondes(Rijen uit) {
        if (ref.vragen().isEmpty()) {
            return;
        }
        for (Map.Entry<String, Ceo> e : ceo.entrySet()) {
            String[] sleutel = e.getKey().split("\\|");
            long gemeente = Long.parseLong(sleutel[0]);
            int jaar = Integer.parseInt(sleutel[1]);
            Ceo c = e.getValue();
            long rondeSeed = jaar * 10_000L + gemeente;
            Random rnd = new Random(seed ^ rondeSeed);
            Long ronde = ref.ceoRondes().get(gemeente + "|" + jaar);
            if (ronde == null) { // an existing round (an earlier run) takes the extra respondents
                ronde = id("ceo_ronde");
                rij(uit, Tabel.CEO_RONDE, ronde, gemeente, jaar, CEO_OMVANG, rondeSeed, c.populatie, c.steekproef.size(),
                        LocalDateTime.of(veldwerk(jaar), java.time.LocalTime.of(9, 0)));
            }
            double respons = 0.35 + 0.15 * rnd.nextDouble();
            double niveau = 0.74 + 0.10 * rnd.nextDouble();
            for (Kandidaat k : c.steekproef) {
                long sid = id("ceo_steekproef");
                rij(uit, Tabel.CEO_STEEKPROEF, sid, ronde, "W" + sid, k.pseudoniem(), k.groep(), k.aanbieder());
                if (rnd.nextDouble() >= respons) {
                    continue;
                }
                double q = Wereld.kwaliteit(k.aanbieder(), seed);
                for (Referentie.Vraag v : ref.vragen()) {
                    rij(uit, Tabel.CEO_ANTWOORD, id("ceo_antwoord"), sid, v.id(), antwoord(rnd, v, niveau, q));
                }
            }
        }
    }

    /**
     * A synthetic answer: mostly (helemaal) eens, some weet niet / n.v.t., a few blanks. Questions
     * about the support (V06-V10) go with the provider's quality; V01-V05 (the front door) do not.
     */
    static Integer antwoord(Random rnd, Referentie.Vraag v, double niveau, double q) {
        double r = rnd.nextDouble();
        if (r < 0.02) {
            return null;
        }
        if (r < 0.07) {
            return rnd.nextBoolean() ? 9 : 8;
        }
        if ("JANEE".equals(v.type())) {
            return rnd.nextDouble() < 0.45 ? 1 : 2;
        }
        boolean ondersteuning = v.code().compareTo("V06") >= 0 && v.code().compareTo("V10") <= 0 && v.code().length() == 3;
        double p = niveau + (ondersteuning ? 0.12 * q : 0) + switch (v.code()) {
            case "V06", "V07", "V03" -> 0.04;
            case "V08", "V09", "V10" -> -0.02;
            case "V02" -> -0.06;
            default -> 0.0;
        };
        if (rnd.nextDouble() < p) {
            return rnd.nextDouble() < 0.35 ? 5 : 4;
        }
        double x = rnd.nextDouble();
        return x < 0.55 ? 3 : x < 0.85 ? 2 : 1;
    }

    // ------------------------------------------------------------------------------------------ toezicht

    private void toezicht(Rijen uit) {
        if (ref.kaderId() == null) {
            return;
        }
        Random rnd = new Random(seed ^ 0x70E2L);
        LocalDate vandaag = wereld.peildatum();
        for (Map.Entry<Integer, Map<Long, Integer>> e : clientenPerJaarAanbieder.entrySet()) {
            int jaar = e.getKey();
            List<Long> aanbieders = new ArrayList<>(new TreeMap<>(e.getValue()).keySet());
            double[] signaalGewicht = new double[aanbieders.size()];
            double[] onderzoekGewicht = new double[aanbieders.size()];
            int clientJaren = 0;
            for (int i = 0; i < aanbieders.size(); i++) {
                int n = e.getValue().get(aanbieders.get(i));
                double q = Wereld.kwaliteit(aanbieders.get(i), seed);
                signaalGewicht[i] = n * (1.4 - q);
                onderzoekGewicht[i] = Math.sqrt(n) * (1.2 - q) * (1.2 - q);
                clientJaren += n;
            }
            List<Long> gemeenten = new ArrayList<>(new TreeMap<>(clientenPerJaarGemeente.get(jaar)).keySet());
            LocalDate begin = LocalDate.of(jaar, 1, 1);
            LocalDate einde = jaar == wereld.laatsteJaar() ? vandaag : LocalDate.of(jaar, 12, 31);
            int dagen = (int) ChronoUnit.DAYS.between(begin, einde) + 1;
            double fractie = dagen / 365.0;
            int meldingen = Math.max(6, (int) Math.round(clientJaren * MELDINGEN_PER_CLIENTJAAR * fractie));
            int onderzoeken = Math.max(4, meldingen / 6);
            for (int o = 0; o < onderzoeken; o++) {
                long aanbieder = aanbieders.get(kies(rnd, onderzoekGewicht));
                long gemeente = gemeenten.get(rnd.nextInt(gemeenten.size()));
                long oid = onderzoek(rnd, uit, jaar, aanbieder, gemeente, begin, einde);
                // The melding that led to it.
                LocalDate melddatum = begin.plusDays(rnd.nextInt(Math.max(1, dagen)));
                melding(rnd, uit, jaar, aanbieder, gemeente, melddatum, "IN_ONDERZOEK", oid);
            }
            if (jaar == wereld.laatsteJaar()) { // the triage worklist today: new ones of the last days, deadline ahead
                int actueel = 3 + clientJaren / 2000;
                for (int m = 0; m < actueel; m++) {
                    LocalDate melddatum = vandaag.minusDays(rnd.nextInt(5));
                    melding(rnd, uit, jaar, aanbieders.get(kies(rnd, signaalGewicht)), gemeenten.get(rnd.nextInt(gemeenten.size())),
                            melddatum.isBefore(begin) ? begin : melddatum, m % 3 == 2 ? "TOEGEWEZEN" : "NIEUW", null);
                }
            }
            for (int m = onderzoeken; m < meldingen; m++) {
                long aanbieder = aanbieders.get(kies(rnd, signaalGewicht));
                long gemeente = gemeenten.get(rnd.nextInt(gemeenten.size()));
                LocalDate melddatum = begin.plusDays(rnd.nextInt(dagen));
                long oud = ChronoUnit.DAYS.between(melddatum, vandaag);
                int kans = rnd.nextInt(100);
                // Recent ones are still in triage (deadline ahead, or just passed); older ones mostly closed.
                String status = oud < 21 ? (kans < 60 ? "NIEUW" : "TOEGEWEZEN") : kans < 12 ? "TOEGEWEZEN" : "GESLOTEN";
                melding(rnd, uit, jaar, aanbieder, gemeente, melddatum, status, null);
            }
        }
    }

    private long onderzoek(Random rnd, Rijen uit, int jaar, long aanbieder, long gemeente, LocalDate begin, LocalDate einde) {
        LocalDate vandaag = wereld.peildatum();
        long oid = id("onderzoek");
        int spreiding = (int) ChronoUnit.DAYS.between(begin, einde) + (jaar == wereld.laatsteJaar() ? 45 : 1);
        LocalDate van = begin.plusDays(rnd.nextInt(Math.max(1, spreiding)));
        LocalDate tot = van.plusWeeks(8);
        String status;
        if (van.isAfter(vandaag)) {
            status = "GEPLAND";
        } else if (tot.isAfter(vandaag)) {
            status = "LOPEND";
        } else if (tot.plusDays(30).isAfter(vandaag)) {
            status = "RAPPORT_CONCEPT";
        } else if (tot.plusDays(60).isAfter(vandaag)) {
            status = "ZIENSWIJZE_ONTVANGEN";
        } else {
            status = "DEFINITIEF";
        }
        boolean ggd = rnd.nextInt(3) == 0;
        String type = ggd ? "CALAMITEITENONDERZOEK" : rnd.nextBoolean() ? "SIGNAALGERICHT" : rnd.nextBoolean() ? "PROACTIEF_KWALITEIT"
                : "RECHTMATIGHEID";
        boolean gestart = !status.equals("GEPLAND");
        boolean klaar = gestart && !status.equals("LOPEND");
        boolean zienswijze = status.equals("ZIENSWIJZE_ONTVANGEN") || status.equals("DEFINITIEF");
        rij(uit, Tabel.ONDERZOEK, oid, String.format("OZ%d-W%d", jaar, oid), type, aanbieder, gemeente, ref.kaderId(),
                ggd ? "GGD" : "WMO_TOEZICHTHOUDER", ggd ? "Calamiteit: toedracht, oorzaken en maatregelen van de aanbieder"
                        : "Kwaliteit en rechtmatigheid van de ondersteuning", status, van, tot,
                gestart ? van.plusDays(3) : null, klaar ? tot.minusDays(5) : null,
                zienswijze ? "De aanbieder herkent de bevindingen en heeft een verbeterplan opgesteld." : null,
                zienswijze ? tot.plusDays(14) : null, status.equals("DEFINITIEF") ? tot.plusDays(30).atTime(10, 0) : null,
                van.minusDays(14).atTime(9, 0));
        double q = Wereld.kwaliteit(aanbieder, seed);
        int ernst = 0;
        for (long norm : ref.normen()) {
            rij(uit, Tabel.ONDERZOEK_NORM, oid, norm);
            if (gestart && (klaar || rnd.nextBoolean())) {
                double r = rnd.nextDouble();
                double niet = Math.max(0.03, 0.10 - 0.12 * q);
                String oordeel = r < niet ? "VOLDOET_NIET" : r < niet + 0.22 - 0.08 * q ? "VOLDOET_DEELS" : "VOLDOET";
                ernst += oordeel.equals("VOLDOET_NIET") ? 2 : oordeel.equals("VOLDOET_DEELS") ? 1 : 0;
                LocalDate vastgesteld = van.plusDays(10).isAfter(vandaag) ? vandaag : van.plusDays(10);
                rij(uit, Tabel.BEVINDING, id("bevinding"), oid, norm, oordeel, "Dossieronderzoek (" + (3 + rnd.nextInt(8))
                        + " dossiers) en interviews met medewerkers", ggd ? "toezichthouder.ggd" : "toezichthouder",
                        vastgesteld.atTime(14, 0));
            }
        }
        if (status.equals("DEFINITIEF") && ernst > 0) {
            int aantal = ernst > 3 ? 2 : 1;
            for (int k = 0; k < aantal; k++) {
                String type2 = MAATREGELEN[Math.min(MAATREGELEN.length - 1, ernst / 2 + k)];
                LocalDate deadline = tot.plusDays(60 + rnd.nextInt(150));
                // Long past: mostly done; some stay open (overdue); recent ones are open with the deadline ahead.
                boolean open = deadline.isAfter(vandaag.minusDays(30)) || rnd.nextInt(100) < 12;
                rij(uit, Tabel.MAATREGEL, id("maatregel"), oid, aanbieder, type2, "Maatregel " + type2.toLowerCase().replace('_', ' ')
                        + " naar aanleiding van de bevindingen", deadline, open ? "OPEN" : "AFGEROND",
                        open ? null : "Opgevolgd en gecontroleerd bij de herbeoordeling", open ? null : deadline.minusDays(5),
                        tot.plusDays(30).atTime(11, 0));
            }
        }
        return oid;
    }

    private void melding(Random rnd, Rijen uit, int jaar, long aanbieder, long gemeente, LocalDate melddatum, String status, Long onderzoek) {
        String soort = SOORTEN[kies(rnd, SOORT_GEWICHT)];
        boolean meldplicht = soort.equals("CALAMITEIT") || soort.equals("GEWELD");
        LocalDate gebeurtenis = melddatum.minusDays(meldplicht ? rnd.nextInt(6) : rnd.nextInt(30));
        int werkdagen = werkdagen(gebeurtenis, melddatum);
        String bron = meldplicht ? "AANBIEDER" : new String[] {"CONSULENT", "VERWIJZER", "ZORGVERLENER", "INWONER", "ANONIEM"}[rnd.nextInt(5)];
        long mid = id("melding");
        rij(uit, Tabel.MELDING, mid, String.format("M%d-W%d", jaar, mid), bron, soort, aanbieder, gemeente, null, gebeurtenis, melddatum,
                "Synthetische melding (" + soort.toLowerCase().replace('_', ' ') + ")", meldplicht && werkdagen > 2, werkdagen, status,
                status.equals("NIEUW") ? null : meldplicht ? "GGD" : "WMO_TOEZICHTHOUDER", melddatum.plusDays(5),
                status.equals("GESLOTEN") ? "Afgehandeld in het contractgesprek" : null, onderzoek,
                bron.equals("AANBIEDER") ? "melder" : "toezichthouder", melddatum.atTime(10, 0));
    }

    static int werkdagen(LocalDate van, LocalDate tot) {
        int n = 0;
        for (LocalDate d = van; d.isBefore(tot); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------ kwaliteit and budgets

    private void kwaliteit(Rijen uit) {
        if (ref.methodeId() == null || ref.indicatoren().isEmpty()) {
            return;
        }
        Random rnd = new Random(seed ^ 0x0C0FFEEL);
        for (Map.Entry<Integer, Map<Long, Integer>> e : clientenPerJaarAanbieder.entrySet()) {
            int jaar = e.getKey();
            if (jaar > wereld.laatsteVolleJaar()) {
                continue;
            }
            long ronde = id("kw_ronde");
            rij(uit, Tabel.KW_RONDE, ronde, "Kwaliteitsmonitoring " + jaar + " (" + preset.naam() + ", seed " + seed + ")",
                    ref.methodeId(), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31), "ALLE");
            for (long aanbieder : new TreeMap<>(e.getValue()).keySet()) {
                double q = Wereld.kwaliteit(aanbieder, seed);
                long b = id("kw_beoordeling");
                rij(uit, Tabel.KW_BEOORDELING, b, ronde, aanbieder, q < -0.3 ? "Ondersteuningsplannen en evaluaties op orde brengen" : null,
                        "contractmanager", LocalDate.of(jaar, 3 + rnd.nextInt(9), 15));
                for (Referentie.Indicator i : ref.indicatoren()) {
                    double midden = i.norm() + q * (i.max() - i.min()) / 2.0 + rnd.nextGaussian() * 0.6;
                    int score = (int) Math.max(i.min(), Math.min(i.max(), Math.round(midden)));
                    rij(uit, Tabel.KW_SCORE, id("kw_score"), b, i.id(), score, null);
                }
            }
        }
    }

    /** Budget per gemeente per year: the year's (annualised) cost with a seeded margin; three years ahead indexed 3%. */
    private void budgetten(Rijen uit) {
        Random rnd = new Random(seed ^ 0xB0D6E7L);
        Map<Long, Long> laatste = new LinkedHashMap<>();
        Map<Long, Integer> laatsteJaar = new HashMap<>();
        for (Map.Entry<String, long[]> e : kostenPerGemeenteJaar.entrySet()) {
            String[] s = e.getKey().split("\\|");
            long gemeente = Long.parseLong(s[0]);
            int jaar = Integer.parseInt(s[1]);
            int maanden = Long.bitCount(e.getValue()[1]);
            long jaarKosten = e.getValue()[0] * 12 / Math.max(1, maanden);
            long budget = Math.round(jaarKosten * (0.95 + 0.08 * rnd.nextDouble()) / 100_000.0) * 100_000;
            rij(uit, Tabel.WH_BUDGET, gemeente, jaar, budget);
            laatste.put(gemeente, budget);
            laatsteJaar.put(gemeente, jaar);
        }
        for (Map.Entry<Long, Long> e : laatste.entrySet()) {
            long budget = e.getValue();
            for (int jaar = laatsteJaar.get(e.getKey()) + 1; jaar <= wereld.laatsteJaar() + 3; jaar++) {
                budget = Math.round(budget * 1.03 / 100_000.0) * 100_000;
                rij(uit, Tabel.WH_BUDGET, e.getKey(), jaar, budget);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ draws

    private static String categorie(Random rnd, String[] categorieen) {
        int r = rnd.nextInt(100);
        int index = r < 50 ? 0 : r < 85 ? 1 : 2;
        return categorieen[Math.min(index, categorieen.length - 1)];
    }

    /** The allocated volume per eenheid and frequentie of the product (per week for hours and dagdelen, per month otherwise). */
    private static int volume(Random rnd, Referentie.Product p) {
        return switch (p.eenheid()) {
            case "04" -> 2 + rnd.nextInt(5);   // hours a week (HV)
            case "16" -> 1 + rnd.nextInt(5);   // dagdelen a week (groepsbegeleiding)
            case "14" -> 2 + rnd.nextInt(7);   // etmalen a month (kortdurend verblijf)
            default -> 1;                      // output products: one prestatie a month / a traject
        };
    }

    private static int maandVolume(Random rnd, Referentie.Product p, int volume) {
        if ("2".equals(p.frequentie())) { // per week: about four weeks, sometimes less
            return Math.max(1, volume * 4 - (rnd.nextInt(100) < 20 ? 1 + rnd.nextInt(volume) : 0));
        }
        return volume;
    }

    static int kies(Random rnd, int[] gewicht) {
        int som = 0;
        for (int g : gewicht) {
            som += g;
        }
        int r = rnd.nextInt(som);
        for (int i = 0; i < gewicht.length; i++) {
            r -= gewicht[i];
            if (r < 0) {
                return i;
            }
        }
        return gewicht.length - 1;
    }

    static int kies(Random rnd, double[] gewicht) {
        double som = 0;
        for (double g : gewicht) {
            som += g;
        }
        double r = rnd.nextDouble() * som;
        for (int i = 0; i < gewicht.length; i++) {
            r -= gewicht[i];
            if (r < 0) {
                return i;
            }
        }
        return gewicht.length - 1;
    }
}
