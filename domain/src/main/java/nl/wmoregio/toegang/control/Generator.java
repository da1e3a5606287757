package nl.wmoregio.toegang.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.toegang.boundary.Bsn;
import nl.wmoregio.toegang.boundary.GeneratorResultaat;

/**
 * Deterministic synthetic toegang data: clients (synthetic 11-proef BSNs, encrypted, pseudonym),
 * indicaties with renewal chains and uitstroom, trajectplan goals with evaluations, and monthly
 * declaration lines at the contract tariff of the year. One seeded {@link Random} drives every
 * choice, so the same preset and seed on the same reference data (gemeenten, contracts, tariffs)
 * write the same counts and amounts. Reads product, tarief and contract read-only (ADR 0007);
 * writes with multi-row INSERTs of {@value #RIJEN_PER_INSERT} rows, committing every
 * {@value #CLIENTEN_PER_COMMIT} clients. Runs as a CLI ({@link #main}) and from the beheer screen.
 */
public final class Generator {

    static final int RIJEN_PER_INSERT = 1000;
    static final int CLIENTEN_PER_COMMIT = 500;
    /** Generated clients get the synthetic BSN of 2,000,000 + their id (demo clients: 1,000,000 + n). */
    public static final int BSN_BASIS = 2_000_000;

    /** A preset: how many clients over which calendar years (declarations are monthly within them). */
    public record Preset(String naam, int clienten, int vanJaar, int totJaar) {

        public static final Map<String, Preset> ALLE = new LinkedHashMap<>();

        static {
            // BNO-O: ~25,000 clients, ~60,000 indicaties, 36 months, ~1M declaration lines.
            ALLE.put("region", new Preset("region", 25_000, 2021, 2023));
            // The Netherlands: ~1.3M clients, ~15M declaration lines in a year.
            ALLE.put("national", new Preset("national", 1_300_000, 2023, 2023));
            // Small, for tests and demos; years nobody else uses so other figures stay put.
            ALLE.put("klein", new Preset("klein", 200, 2036, 2037));
        }

        public static Preset van(String naam) {
            Preset preset = naam == null ? null : ALLE.get(naam.strip().toLowerCase(Locale.ROOT));
            if (preset == null) {
                throw new DomainException("PRESET_ONBEKEND", "preset", "Kies een preset: " + String.join(", ", ALLE.keySet()));
            }
            return preset;
        }

        public int maanden() {
            return (totJaar - vanJaar + 1) * 12;
        }
    }

    /** Called every {@value #CLIENTEN_PER_COMMIT} clients. */
    public interface Voortgang {
        void meld(String fase, long clientenKlaar, long clientenTotaal, long rijen);
    }

    private static final String[] GEMEENTEN = {"GM0828", "GM1982", "GM1991", "GM1721", "GM0755"};
    private static final int[] GEMEENTE_GEWICHT = {92, 91, 60, 31, 11};
    /** Product groups for a client's first product: CBS 2024 ratio HV 43 : begeleiding 16, plus the other catalogue groups. */
    private static final String[] GROEPEN = {"HV", "BI", "BG", "KV", "BW", "MO"};
    private static final int[] GROEP_GEWICHT = {43, 11, 5, 4, 3, 2};
    private static final String[] REDENEN = {"DOEL_BEREIKT", "VOORLIGGEND_VELD", "WLZ", "ZVW", "VERHUISD", "OVERLEDEN", "ANDERS"};
    private static final int[] REDEN_GEWICHT = {35, 15, 12, 5, 10, 15, 8};
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

    private final Preset preset;
    private final long seed;
    private final BsnVersleuteling versleuteling;
    private final Pseudoniemen pseudoniemen;
    private final int clienten;

    public Generator(Preset preset, long seed, BsnVersleuteling versleuteling, Pseudoniemen pseudoniemen) {
        this(preset, seed, versleuteling, pseudoniemen, preset.clienten());
    }

    /** With another number of clients than the preset's (the CLI's --clienten). */
    public Generator(Preset preset, long seed, BsnVersleuteling versleuteling, Pseudoniemen pseudoniemen, int clienten) {
        this.preset = preset;
        this.seed = seed;
        this.versleuteling = versleuteling;
        this.pseudoniemen = pseudoniemen;
        this.clienten = clienten;
    }

    // ------------------------------------------------------------------------------------------ reference data

    private record Product(String code, String groep, String eenheid, String frequentie, String[] categorieen) {
    }

    private final Map<Long, Long> gemeenteIds = new HashMap<>();
    private final List<Long> gemeenteLijst = new ArrayList<>();
    private int[] gemeenteGewicht;
    private final Map<String, Product> producten = new TreeMap<>();
    private final Map<String, List<String>> productenPerGroep = new TreeMap<>();
    private final Map<String, long[]> aanbiedersPerProduct = new TreeMap<>();
    private final Map<String, double[]> gewichtPerProduct = new TreeMap<>();
    private final Map<String, TreeMap<Integer, Long>> tarieven = new HashMap<>();

    private void leesReferentie(Connection c) throws SQLException {
        Map<String, Long> perCbs = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select cbs_code, id from gemeente order by id")) {
            while (rs.next()) {
                perCbs.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<Integer> gewichten = new ArrayList<>();
        for (int i = 0; i < GEMEENTEN.length; i++) {
            if (perCbs.containsKey(GEMEENTEN[i])) {
                gemeenteLijst.add(perCbs.get(GEMEENTEN[i]));
                gewichten.add(GEMEENTE_GEWICHT[i]);
            }
        }
        if (gemeenteLijst.isEmpty()) { // another region: every gemeente alike
            perCbs.values().stream().sorted().forEach(id -> {
                gemeenteLijst.add(id);
                gewichten.add(1);
            });
        }
        gemeenteGewicht = gewichten.stream().mapToInt(Integer::intValue).toArray();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select code, productgroep_code, eenheid, frequentie, categorieen from product order by code")) {
            while (rs.next()) {
                String cats = rs.getString(5);
                Product p = new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        cats == null || cats.isBlank() ? new String[0] : cats.split(","));
                producten.put(p.code(), p);
            }
        }
        Map<String, List<Long>> gecontracteerd = new TreeMap<>();
        List<Long> alleAanbieders = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct d.product_code, c.aanbieder_id "
                + "from contract c join deelovereenkomst d on d.contract_id = c.id order by d.product_code, c.aanbieder_id")) {
            while (rs.next()) {
                gecontracteerd.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                if (!alleAanbieders.contains(rs.getLong(2))) {
                    alleAanbieders.add(rs.getLong(2));
                }
            }
        }
        // Skew: a seeded ranking of all contracted providers; per product the providers in that order
        // get weight 1/rank -> a few large (the same ones across products), many small.
        Collections.sort(alleAanbieders);
        Collections.shuffle(alleAanbieders, new Random(seed ^ 0x5DEECE66DL));
        Map<Long, Integer> rang = new HashMap<>();
        for (int r = 0; r < alleAanbieders.size(); r++) {
            rang.put(alleAanbieders.get(r), r);
        }
        for (Map.Entry<String, List<Long>> e : gecontracteerd.entrySet()) {
            Product p = producten.get(e.getKey());
            if (p == null) {
                continue;
            }
            long[] ids = e.getValue().stream().sorted((a, b) -> Integer.compare(rang.get(a), rang.get(b)))
                    .mapToLong(Long::longValue).toArray();
            double[] w = new double[ids.length];
            for (int i = 0; i < ids.length; i++) {
                w[i] = 1.0 / (i + 1);
            }
            aanbiedersPerProduct.put(p.code(), ids);
            gewichtPerProduct.put(p.code(), w);
            productenPerGroep.computeIfAbsent(p.groep(), k -> new ArrayList<>()).add(p.code());
        }
        if (productenPerGroep.isEmpty()) {
            throw new DomainException("GEEN_CONTRACTEN", null, "Er zijn geen gecontracteerde producten: laad eerst de inkoopgegevens");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select product_code, categorie, jaar, bedrag_cent from tarief")) {
            while (rs.next()) {
                tarieven.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new TreeMap<>()).put(rs.getInt(3), rs.getLong(4));
            }
        }
    }

    /** The contract tariff of the year; a year without a tariff uses the nearest earlier one (else the first). */
    long tarief(String product, String categorie, int jaar) {
        TreeMap<Integer, Long> perJaar = tarieven.get(product + "|" + (categorie == null ? "" : categorie));
        if (perJaar == null || perJaar.isEmpty()) {
            return 0;
        }
        Map.Entry<Integer, Long> e = perJaar.floorEntry(jaar);
        return (e == null ? perJaar.firstEntry() : e).getValue();
    }

    // ------------------------------------------------------------------------------------------ generation

    public GeneratorResultaat genereer(Connection c, Voortgang voortgang) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select get_lock('wmo-generator', 0)")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                throw new DomainException("GENERATOR_BEZIG", null, "De generator draait al");
            }
        }
        try {
            leesReferentie(c);
            c.commit();
            return schrijf(c, voortgang, start);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("do release_lock('wmo-generator')");
            }
            c.setAutoCommit(autoCommit);
        }
    }

    private GeneratorResultaat schrijf(Connection c, Voortgang voortgang, long start) throws SQLException {
        Random rnd = new Random(seed);
        long clientId = volgende(c, "client");
        long indicatieId = volgende(c, "indicatie");
        long doelId = volgende(c, "doel");
        Inserts client = new Inserts(c, "client", "id, pseudoniem, bsn_versleuteld, bsn_laatste, geboortejaar, gemeente_id, segment");
        Inserts indicatie = new Inserts(c, "indicatie", "id, client_id, gemeente_id, product_code, categorie, aanbieder_id, van, tot, "
                + "volume, eenheid, frequentie, reden_wijziging, start_zorg, stop_zorg, reden_einde, vorige_id");
        Inserts doel = new Inserts(c, "doel", "id, indicatie_id, leefgebied, omschrijving, beoogd_resultaat");
        Inserts evaluatie = new Inserts(c, "doel_evaluatie", "doel_id, datum, uitkomst, toelichting");
        Inserts regel = new Inserts(c, "declaratie_regel", "indicatie_id, aanbieder_id, gemeente_id, jaar, maand, product_code, "
                + "volume, eenheid, tarief_cent, bedrag_cent");
        List<Inserts> volgorde = List.of(client, indicatie, doel, evaluatie, regel);
        LocalDate vensterBegin = LocalDate.of(preset.vanJaar(), 1, 1);
        LocalDate vensterEinde = LocalDate.of(preset.totJaar(), 12, 31);
        long verlengingen = 0;
        long beeindigd = 0;
        long bedrag = 0;
        int maanden = preset.maanden();

        for (int n = 0; n < clienten; n++) {
            long id = clientId++;
            String bsn = Bsn.synthetisch((int) (BSN_BASIS + id));
            int geboortejaar = geboortejaar(rnd);
            long gemeente = gemeenteLijst.get(kies(rnd, gemeenteGewicht));
            client.add(id, pseudoniemen.van(bsn), versleuteling.versleutel(bsn), bsn.substring(6), geboortejaar, gemeente,
                    segment(geboortejaar, rnd));
            List<String> groepen = new ArrayList<>();
            groepen.add(beschikbareGroep(rnd, GROEPEN[kies(rnd, GROEP_GEWICHT)]));
            if (rnd.nextInt(100) < 40) { // combination or doorstroom: a second product of another group
                String tweede = groepen.get(0);
                while (tweede.equals(groepen.get(0))) {
                    tweede = beschikbareGroep(rnd, GROEPEN[kies(rnd, GROEP_GEWICHT)]);
                }
                groepen.add(tweede);
            }
            for (String groep : groepen) {
                List<String> codes = productenPerGroep.get(groep);
                Product product = producten.get(codes.get(rnd.nextInt(codes.size())));
                long[] aanbieders = aanbiedersPerProduct.get(product.code());
                long aanbieder = aanbieders[kies(rnd, gewichtPerProduct.get(product.code()))];
                String categorie = product.categorieen().length == 0 ? null : categorie(rnd, product.categorieen());
                // Stock and inflow: most care already runs when the window opens, the rest flows in.
                LocalDate van = vensterBegin.plusMonths(rnd.nextInt(100) < 70 ? -1 - rnd.nextInt(24) : rnd.nextInt(maanden));
                Long vorige = null;
                while (true) {
                    LocalDate tot = van.plusMonths(12 + rnd.nextInt(31)).minusDays(1);
                    boolean loptDoor = tot.isAfter(vensterEinde);
                    boolean verlengd = !loptDoor && rnd.nextInt(100) < 70;
                    String reden = loptDoor || verlengd ? null : REDENEN[kies(rnd, REDEN_GEWICHT)];
                    int volume = volume(rnd, product);
                    long iid = indicatieId++;
                    indicatie.add(iid, id, gemeente, product.code(), categorie, aanbieder, Date.valueOf(van), Date.valueOf(tot),
                            volume, product.eenheid(), product.frequentie(), vorige == null ? null : "01", Date.valueOf(van),
                            reden == null ? null : Date.valueOf(tot), reden, vorige);
                    if (vorige != null) {
                        verlengingen++;
                    }
                    if (reden != null) {
                        beeindigd++;
                    }
                    // Trajectplan: goals, evaluated at the end of the indicatie (and halfway through long ones).
                    String[] gebieden = LEEFGEBIEDEN.getOrDefault(product.groep(), new String[] {"ZELFZORG"});
                    int aantalDoelen = product.groep().equals("HV") ? 1 : 1 + rnd.nextInt(3);
                    for (int d = 0; d < aantalDoelen; d++) {
                        String gebied = gebieden[(d + rnd.nextInt(gebieden.length)) % gebieden.length];
                        long did = doelId++;
                        doel.add(did, iid, gebied, OMSCHRIJVING.get(gebied), "Na " + (6 + rnd.nextInt(7)) + " maanden zelfstandiger");
                        if (tot.isAfter(van.plusMonths(12)) && !van.plusMonths(6).isAfter(vensterEinde)) {
                            evaluatie.add(did, Date.valueOf(van.plusMonths(6)), rnd.nextInt(100) < 60 ? "DEELS" : "NIET_BEHAALD", null);
                        }
                        if (!loptDoor) {
                            evaluatie.add(did, Date.valueOf(tot), uitkomst(rnd, reden), null);
                        }
                    }
                    // Declarations: one line per month of care inside the window (traject products: once).
                    LocalDate maand = (van.isBefore(vensterBegin) ? vensterBegin : van).withDayOfMonth(1);
                    boolean traject = "6".equals(product.frequentie());
                    while (!maand.isAfter(tot) && !maand.isAfter(vensterEinde)) {
                        if (rnd.nextInt(100) >= 3) { // now and then a month without care
                            int maandVolume = maandVolume(rnd, product, volume);
                            long tarief = tarief(product.code(), categorie, maand.getYear());
                            long regelBedrag = maandVolume * tarief;
                            regel.add(iid, aanbieder, gemeente, maand.getYear(), maand.getMonthValue(), product.code(), maandVolume,
                                    product.eenheid(), tarief, regelBedrag);
                            bedrag += regelBedrag;
                        }
                        if (traject) {
                            break;
                        }
                        maand = maand.plusMonths(1);
                    }
                    if (!verlengd) {
                        break;
                    }
                    vorige = iid;
                    van = tot.plusDays(1);
                }
            }
            if (volgorde.stream().anyMatch(Inserts::vol)) {
                flush(volgorde);
            }
            if ((n + 1) % CLIENTEN_PER_COMMIT == 0 || n + 1 == clienten) {
                flush(volgorde);
                c.commit();
                if (voortgang != null) {
                    voortgang.meld("schrijven", n + 1, clienten, volgorde.stream().mapToLong(Inserts::geschreven).sum());
                }
            }
        }
        flush(volgorde);
        c.commit();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new GeneratorResultaat(preset.naam(), seed, client.geschreven(), indicatie.geschreven(), verlengingen, beeindigd,
                doel.geschreven(), evaluatie.geschreven(), regel.geschreven(), bedrag, millis);
    }

    private String beschikbareGroep(Random rnd, String groep) {
        if (productenPerGroep.containsKey(groep)) {
            return groep;
        }
        List<String> groepen = new ArrayList<>(productenPerGroep.keySet());
        return groepen.get(rnd.nextInt(groepen.size()));
    }

    private static void flush(List<Inserts> volgorde) throws SQLException {
        for (Inserts inserts : volgorde) {
            inserts.flush();
        }
    }

    private static long volgende(Connection c, String tabel) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + tabel)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int geboortejaar(Random rnd) {
        int r = rnd.nextInt(100);
        if (r < 42) {
            return 1920 + rnd.nextInt(29);   // 75+ in 2023: segment 3
        }
        if (r < 50) {
            return 2000 + rnd.nextInt(6);    // 18-23: segment 1B
        }
        return 1949 + rnd.nextInt(51);       // 24-74: 1A or 2
    }

    private static String segment(int geboortejaar, Random rnd) {
        int leeftijd = 2023 - geboortejaar;
        if (leeftijd >= 75) {
            return "3";
        }
        if (leeftijd <= 23) {
            return "1B";
        }
        return rnd.nextInt(100) < 45 ? "1A" : "2";
    }

    private static String categorie(Random rnd, String[] categorieen) {
        int r = rnd.nextInt(100);
        int index = r < 50 ? 0 : r < 85 ? 1 : 2;
        return categorieen[Math.min(index, categorieen.length - 1)];
    }

    /** The allocated volume per eenheid and frequentie (per week for hours and dagdelen, per month otherwise). */
    private static int volume(Random rnd, Product p) {
        return switch (p.eenheid()) {
            case "04" -> 2 + rnd.nextInt(5);   // hours a week (HV)
            case "16" -> 1 + rnd.nextInt(5);   // dagdelen a week (groepsbegeleiding)
            case "14" -> 2 + rnd.nextInt(7);   // etmalen a month (kortdurend verblijf)
            default -> 1;                      // output products: one prestatie a month / a traject
        };
    }

    private static int maandVolume(Random rnd, Product p, int volume) {
        if ("2".equals(p.frequentie())) { // per week: about four weeks, sometimes less
            return Math.max(1, volume * 4 - (rnd.nextInt(100) < 20 ? 1 + rnd.nextInt(volume) : 0));
        }
        return volume;
    }

    private static String uitkomst(Random rnd, String reden) {
        int r = rnd.nextInt(100);
        if ("DOEL_BEREIKT".equals(reden)) {
            return r < 80 ? "BEHAALD" : "DEELS";
        }
        return r < 35 ? "BEHAALD" : r < 75 ? "DEELS" : "NIET_BEHAALD";
    }

    private static int kies(Random rnd, int[] gewicht) {
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

    private static int kies(Random rnd, double[] gewicht) {
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

    /** Buffered multi-row INSERT: one statement per {@value #RIJEN_PER_INSERT} rows. */
    private static final class Inserts {
        private final Connection connection;
        private final String prefix;
        private final int kolommen;
        private final List<Object[]> rijen = new ArrayList<>(RIJEN_PER_INSERT);
        private PreparedStatement vol;
        private long geschreven;

        Inserts(Connection connection, String tabel, String kolomLijst) {
            this.connection = connection;
            this.prefix = "insert into " + tabel + " (" + kolomLijst + ") values ";
            this.kolommen = kolomLijst.split(",").length;
        }

        void add(Object... waarden) {
            rijen.add(waarden);
        }

        boolean vol() {
            return rijen.size() >= RIJEN_PER_INSERT;
        }

        long geschreven() {
            return geschreven;
        }

        void flush() throws SQLException {
            int i = 0;
            while (rijen.size() - i >= RIJEN_PER_INSERT) {
                if (vol == null) {
                    vol = connection.prepareStatement(sql(RIJEN_PER_INSERT));
                }
                zet(vol, i, RIJEN_PER_INSERT);
                vol.executeUpdate();
                i += RIJEN_PER_INSERT;
            }
            int rest = rijen.size() - i;
            if (rest > 0) {
                try (PreparedStatement s = connection.prepareStatement(sql(rest))) {
                    zet(s, i, rest);
                    s.executeUpdate();
                }
            }
            geschreven += rijen.size();
            rijen.clear();
        }

        private void zet(PreparedStatement s, int vanaf, int aantal) throws SQLException {
            int p = 1;
            for (int r = vanaf; r < vanaf + aantal; r++) {
                for (Object waarde : rijen.get(r)) {
                    s.setObject(p++, waarde);
                }
            }
        }

        private String sql(int aantal) {
            String rij = "(" + "?,".repeat(kolommen - 1) + "?)";
            StringBuilder sb = new StringBuilder(prefix.length() + aantal * (rij.length() + 1));
            sb.append(prefix);
            for (int r = 0; r < aantal; r++) {
                if (r > 0) {
                    sb.append(',');
                }
                sb.append(rij);
            }
            return sb.toString();
        }
    }

    // ------------------------------------------------------------------------------------------ CLI

    /**
     * {@code java ... nl.wmoregio.toegang.control.Generator --preset region --seed 42 --url jdbc:mariadb://... --user wmo --password ...}
     * Keys from WMO_BSN_SLEUTEL and WMO_PSEUDONIEM_SLEUTEL; database also from WMO_DB_URL/USER/PASSWORD.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opties = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opties.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Preset preset = Preset.van(opties.getOrDefault("preset", "region"));
        long seed = Long.parseLong(opties.getOrDefault("seed", "42"));
        int aantal = Integer.parseInt(opties.getOrDefault("clienten", Integer.toString(preset.clienten())));
        String url = opties.getOrDefault("url", System.getenv("WMO_DB_URL"));
        String user = opties.getOrDefault("user", System.getenv().getOrDefault("WMO_DB_USER", "wmo"));
        String password = opties.getOrDefault("password", System.getenv().getOrDefault("WMO_DB_PASSWORD", ""));
        if (url == null) {
            System.err.println("Geef --url jdbc:mariadb://host:poort/db of WMO_DB_URL");
            System.exit(2);
        }
        Generator generator = new Generator(preset, seed, new BsnVersleuteling(sleutel("WMO_BSN_SLEUTEL")),
                new Pseudoniemen(sleutel("WMO_PSEUDONIEM_SLEUTEL")), aantal);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            GeneratorResultaat r = generator.genereer(c, (fase, klaar, totaal, rijen) ->
                    System.out.printf("[generator] %,d/%,d clients, %,d rows%n", klaar, totaal, rijen));
            System.out.printf("[generator] preset %s seed %d: %,d clients, %,d indicaties (%,d renewals, %,d ended), %,d goals, "
                            + "%,d evaluations, %,d declaration lines, EUR %,.2f; %,d rows in %.1f s = %,d rows/s%n",
                    r.preset(), r.seed(), r.clienten(), r.indicaties(), r.verlengingen(), r.beeindigd(), r.doelen(), r.evaluaties(),
                    r.declaratieRegels(), r.bedragCent() / 100.0, r.rijen(), r.millis() / 1000.0, r.rijenPerSeconde());
        }
    }

    private static byte[] sleutel(String env) {
        String waarde = System.getenv(env);
        if (waarde == null || waarde.isBlank()) {
            System.err.println(env + " ontbreekt: dezelfde base64-sleutel als de applicatie gebruikt");
            System.exit(2);
        }
        return Base64.getDecoder().decode(waarde.strip());
    }
}
