package nl.wmoregio.toegang.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmoregio.shared.BulkInsert;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Wereld;
import nl.wmoregio.toegang.boundary.GeneratorResultaat;

/**
 * Writes the synthetic world of {@link WereldModel} into the database: reads the reference data
 * ({@link Referentie}), lets the model yield its rows and writes them with multi-row INSERTs
 * ({@link BulkInsert}), committing every {@value #CLIENTEN_PER_COMMIT} clients. All-or-nothing:
 * on any failure every row this run wrote is deleted again (ids are assigned by the run, so the
 * run knows its id ranges). Runs as a CLI ({@link #main}), from the beheer screen (demo mode
 * only, issue 16 M8) and as the demo seeder ({@link ToegangDemoData}, preset {@code demo}).
 */
public final class Generator {

    static final int CLIENTEN_PER_COMMIT = 500;

    /** A preset: how many clients; the years are those of the {@link Wereld} (the last four full years up to today). */
    public record Preset(String naam, int clienten) {

        public static final Map<String, Preset> ALLE = new LinkedHashMap<>();

        static {
            // Small, for tests: a few hundred clients, every source filled.
            ALLE.put("klein", new Preset("klein", 200));
            // The run command's region: every figure non-zero, starts in about a minute.
            ALLE.put("demo", new Preset("demo", 5_000));
            // BNO-O at scale: ~25,000 clients.
            ALLE.put("region", new Preset("region", 25_000));
            // The Netherlands: ~1.3M clients.
            ALLE.put("national", new Preset("national", 1_300_000));
        }

        public static Preset van(String naam) {
            Preset preset = naam == null ? null : ALLE.get(naam.strip().toLowerCase(Locale.ROOT));
            if (preset == null) {
                throw new DomainException("PRESET_ONBEKEND", "preset", "Kies een preset: " + String.join(", ", ALLE.keySet()));
            }
            return preset;
        }
    }

    /** Called every {@value #CLIENTEN_PER_COMMIT} clients. */
    public interface Voortgang {
        void meld(String fase, long clientenKlaar, long clientenTotaal, long rijen);
    }

    private final Preset preset;
    private final long seed;
    private final BsnVersleuteling versleuteling;
    private final Pseudoniemen pseudoniemen;
    private final int clienten;
    private final Wereld wereld;

    public Generator(Preset preset, long seed, BsnVersleuteling versleuteling, Pseudoniemen pseudoniemen) {
        this(preset, seed, versleuteling, pseudoniemen, preset.clienten(), Wereld.nu());
    }

    /** With another number of clients than the preset's (the CLI's --clienten) and another world (tests). */
    public Generator(Preset preset, long seed, BsnVersleuteling versleuteling, Pseudoniemen pseudoniemen, int clienten, Wereld wereld) {
        this.preset = preset;
        this.seed = seed;
        this.versleuteling = versleuteling;
        this.pseudoniemen = pseudoniemen;
        this.clienten = clienten;
        this.wereld = wereld;
    }

    public GeneratorResultaat genereer(Connection c, Voortgang voortgang) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        // A named lock is server-wide: named per database, so worlds in other databases on the same server (other test runs) do not block this one.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select get_lock(concat('wmo-generator-', database()), 0)")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                throw new DomainException("GENERATOR_BEZIG", null, "De generator draait al");
            }
        }
        Referentie ref = null;
        try {
            ref = Referentie.lees(c);
            c.commit();
            WereldModel model = new WereldModel(ref, preset, seed, clienten, wereld,
                    new WereldModel.Identiteit(pseudoniemen::van,
                            bsn -> versleuteling.versleutel(bsn, pseudoniemen.van(bsn))));
            JdbcRijen rijen = new JdbcRijen(c, voortgang);
            WereldModel.Telling t = model.genereer(rijen, rijen::voortgang);
            rijen.sluit();
            c.commit();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long overig = t.rijen().entrySet().stream().filter(e -> e.getKey().ordinal() > WereldModel.Tabel.DECLARATIE_REGEL.ordinal())
                    .mapToLong(Map.Entry::getValue).sum();
            return new GeneratorResultaat(preset.naam(), seed, t.van(WereldModel.Tabel.CLIENT), t.van(WereldModel.Tabel.INDICATIE),
                    t.verlengingen(), t.beeindigd(), t.van(WereldModel.Tabel.DOEL), t.van(WereldModel.Tabel.DOEL_EVALUATIE),
                    t.van(WereldModel.Tabel.DECLARATIE_REGEL), t.bedragCent(), millis, overig, t.eersteClientId());
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            if (ref != null) {
                ruimOp(c, ref);
            }
            if (e instanceof JdbcRijen.Fout f) {
                throw f.getCause();
            }
            throw e;
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("do release_lock(concat('wmo-generator-', database()))");
            }
            c.setAutoCommit(autoCommit);
        }
    }

    /** All-or-nothing: deletes every row with an id this run assigned (children first). */
    private static void ruimOp(Connection c, Referentie ref) throws SQLException {
        try (Statement s = c.createStatement()) {
            long onderzoek = ref.volgendeId().get("onderzoek");
            s.executeUpdate("delete from onderzoek_norm where onderzoek_id >= " + onderzoek);
            // Budgets are insert-ignore rows keyed by gemeente and year; a failed run's budgets may stay (harmless, documented).
            for (String tabel : List.of("melding", "maatregel", "bevinding", "kw_score", "kw_beoordeling", "kw_ronde", "ceo_antwoord",
                    "ceo_steekproef", "declaratie_regel", "doel_evaluatie", "doel", "indicatie", "client", "onderzoek", "ceo_ronde")) {
                long vanaf = ref.volgendeId().get(tabel);
                if (tabel.equals("indicatie")) { // renewals point at earlier ones of the same run
                    s.executeUpdate("update indicatie set vorige_id = null where id >= " + vanaf);
                }
                s.executeUpdate("delete from " + tabel + " where id >= " + vanaf);
            }
            c.commit();
        }
    }

    /** The sink: one bulk insert per table, flushed in foreign-key order whenever one is full, committed per 500 clients. */
    static final class JdbcRijen implements WereldModel.Rijen {

        static final class Fout extends RuntimeException {
            Fout(SQLException e) {
                super(e);
            }

            @Override
            public synchronized SQLException getCause() {
                return (SQLException) super.getCause();
            }
        }

        private final Connection c;
        private final Voortgang voortgang;
        private final Map<WereldModel.Tabel, BulkInsert> inserts = new EnumMap<>(WereldModel.Tabel.class);

        JdbcRijen(Connection c, Voortgang voortgang) {
            this.c = c;
            this.voortgang = voortgang;
            for (WereldModel.Tabel t : WereldModel.Tabel.values()) {
                inserts.put(t, t == WereldModel.Tabel.WH_BUDGET
                        ? new BulkInsert(c, "insert ignore into " + t.naam, t.kolommen, "")
                        : new BulkInsert(c, t.naam, t.kolommen));
            }
        }

        @Override
        public void rij(WereldModel.Tabel tabel, Object... waarden) {
            BulkInsert b = inserts.get(tabel);
            b.add(waarden);
            if (b.vol()) {
                flush();
            }
        }

        void flush() {
            try {
                for (BulkInsert b : inserts.values()) {
                    b.flush();
                }
            } catch (SQLException e) {
                throw new Fout(e);
            }
        }

        void voortgang(String fase, long klaar, long totaal, long rijen) {
            flush();
            try {
                c.commit();
            } catch (SQLException e) {
                throw new Fout(e);
            }
            if (voortgang != null) {
                voortgang.meld(fase, klaar, totaal, rijen);
            }
        }

        void sluit() throws SQLException {
            for (BulkInsert b : inserts.values()) {
                b.sluit();
            }
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
                new Pseudoniemen(sleutel("WMO_PSEUDONIEM_SLEUTEL")), aantal, Wereld.nu());
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            GeneratorResultaat r = generator.genereer(c, (fase, klaar, totaal, rijen) ->
                    System.out.printf("[generator] %,d/%,d clients, %,d rows%n", klaar, totaal, rijen));
            System.out.printf("[generator] preset %s seed %d: %,d clients, %,d indicaties (%,d renewals, %,d ended), %,d goals, "
                            + "%,d evaluations, %,d declaration lines, EUR %,.2f, %,d CEO/toezicht/kwaliteit/budget rows; "
                            + "%,d rows in %.1f s = %,d rows/s%n",
                    r.preset(), r.seed(), r.clienten(), r.indicaties(), r.verlengingen(), r.beeindigd(), r.doelen(), r.evaluaties(),
                    r.declaratieRegels(), r.bedragCent() / 100.0, r.overigeRijen(), r.rijen(), r.millis() / 1000.0, r.rijenPerSeconde());
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
