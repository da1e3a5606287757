package nl.wmoregio.toezicht.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.shared.Wereld;
import nl.wmoregio.toezicht.boundary.MeldingSoort;

/**
 * A curated year of toezicht for the demo region (the world's last full year; the generator adds
 * the other years and the open items around today), deterministic: about 380 meldingen (tens of
 * calamiteiten) in every triage state, 24 onderzoeken in every state with findings per norm, and
 * maatregelen along the cirkel van naleving, some overdue. Written with JDBC at start-up, once.
 */
@Singleton
@Startup
@DependsOn("ToegangDemoData")
@TransactionManagement(TransactionManagementType.BEAN)
public class ToezichtDemoData {

    static final long SEED = 20_230_305L;
    /** The curated year: the world's last full year (issue 14: the demo looks current in any year). */
    static final int JAAR = Wereld.nu().laatsteVolleJaar();
    private static final Logger LOG = Logger.getLogger(ToezichtDemoData.class.getName());
    /** Kinds with their yearly volume for the region. */
    static final Map<MeldingSoort, Integer> VOLUME = new LinkedHashMap<>();

    static {
        VOLUME.put(MeldingSoort.SIGNAAL_KWALITEIT, 170);
        VOLUME.put(MeldingSoort.SIGNAAL_RECHTMATIGHEID, 70);
        VOLUME.put(MeldingSoort.KLACHT, 80);
        VOLUME.put(MeldingSoort.CALAMITEIT, 45);
        VOLUME.put(MeldingSoort.GEWELD, 15);
    }

    static final String[] ONDERZOEK_STATUS = {"DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF",
            "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF", "DEFINITIEF",
            "ZIENSWIJZE_ONTVANGEN", "ZIENSWIJZE_ONTVANGEN", "ZIENSWIJZE_ONTVANGEN", "RAPPORT_CONCEPT", "RAPPORT_CONCEPT", "LOPEND", "LOPEND",
            "GEPLAND", "GEPLAND"};
    static final String[] MAATREGELEN = {"ADVIES", "VERBETERPLAN", "HERHAALONDERZOEK", "FORMELE_WAARSCHUWING", "AANWIJZING",
            "LAST_ONDER_DWANGSOM", "OPSCHORTING_CONTRACT"};

    @Inject
    DatabaseMigrator migrator;

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @PostConstruct
    void seed() {
        if (!migrator.isDemoData()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (count(c, "select count(*) from melding where nummer like 'M%-D%'") > 0 || count(c, "select count(*) from contract") == 0) {
                return;
            }
            int n = seed(c);
            c.commit();
            LOG.info(() -> "Demo toezicht: " + n + " meldingen for " + JAAR);
        } catch (SQLException e) {
            throw new IllegalStateException("Demo toezicht data could not be written", e);
        }
    }

    private int seed(Connection c) throws SQLException {
        Random r = new Random(SEED);
        List<Long> gemeenten = ids(c, "select id from gemeente where cbs_code in ('GM0828','GM1982','GM1991','GM1721','GM0755') order by cbs_code");
        List<Long> aanbieders = ids(c, "select aanbieder_id from contract order by aanbieder_id");
        List<String> pseudoniemen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pseudoniem from client order by id limit 200")) {
            while (rs.next()) {
                pseudoniemen.add(rs.getString(1));
            }
        }
        Map<String, Long> normen = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, id from toetsingskader_norm where kader_id = 1 order by volgorde")) {
            while (rs.next()) {
                normen.put(rs.getString(1), rs.getLong(2));
            }
        }
        Timestamp nu = Timestamp.valueOf(LocalDate.of(JAAR, 12, 31).atTime(12, 0));
        // Onderzoeken first: the meldingen that led to them point at them.
        List<long[]> onderzoeken = new ArrayList<>(); // {id, aanbieder, gemeente}
        try (PreparedStatement o = c.prepareStatement("insert into onderzoek (nummer, type, aanbieder_id, gemeente_id, kader_id, organisatie, "
                + "scope, status, gepland_van, gepland_tot, start_datum, eind_datum, zienswijze, zienswijze_datum, definitief_op, aangemaakt_op) "
                + "values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement on = c.prepareStatement("insert into onderzoek_norm (onderzoek_id, norm_id) values (?, ?)");
             PreparedStatement b = c.prepareStatement("insert into bevinding (onderzoek_id, norm_id, oordeel, onderbouwing, vastgesteld_door, vastgesteld_op) values (?, ?, ?, ?, ?, ?)");
             PreparedStatement m = c.prepareStatement("insert into maatregel (onderzoek_id, aanbieder_id, type, omschrijving, deadline, status, opvolging, afgerond_op, aangemaakt_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement a = audit(c)) {
            for (int i = 0; i < ONDERZOEK_STATUS.length; i++) {
                String status = ONDERZOEK_STATUS[i];
                boolean ggd = i % 3 == 0;
                String type = ggd ? "CALAMITEITENONDERZOEK" : i % 3 == 1 ? "SIGNAALGERICHT" : i % 6 == 2 ? "PROACTIEF_KWALITEIT" : "RECHTMATIGHEID";
                long aanbieder = aanbieders.get(r.nextInt(Math.min(40, aanbieders.size())));
                long gemeente = gemeenten.get(r.nextInt(gemeenten.size()));
                LocalDate van = LocalDate.of(JAAR, 1 + i / 2, 1 + r.nextInt(20));
                LocalDate tot = van.plusWeeks(8);
                boolean gestart = !status.equals("GEPLAND");
                boolean klaar = gestart && !status.equals("LOPEND");
                boolean zienswijze = status.equals("ZIENSWIJZE_ONTVANGEN") || status.equals("DEFINITIEF");
                o.setString(1, String.format("OZ%d-D%03d", JAAR, i + 1));
                o.setString(2, type);
                o.setLong(3, aanbieder);
                o.setLong(4, gemeente);
                o.setString(5, ggd ? "GGD" : "WMO_TOEZICHTHOUDER");
                o.setString(6, ggd ? "Calamiteit: toedracht, oorzaken en maatregelen van de aanbieder" : "Kwaliteit en rechtmatigheid van de begeleiding");
                o.setString(7, status);
                o.setDate(8, Date.valueOf(van));
                o.setDate(9, Date.valueOf(tot));
                o.setDate(10, gestart ? Date.valueOf(van.plusDays(3)) : null);
                o.setDate(11, klaar ? Date.valueOf(tot.minusDays(5)) : null);
                o.setString(12, zienswijze ? "De aanbieder herkent de bevindingen en heeft een verbeterplan opgesteld." : null);
                o.setDate(13, zienswijze ? Date.valueOf(tot.plusDays(14)) : null);
                o.setTimestamp(14, status.equals("DEFINITIEF") ? Timestamp.valueOf(tot.plusDays(30).atTime(10, 0)) : null);
                o.setTimestamp(15, Timestamp.valueOf(van.atTime(9, 0)));
                o.executeUpdate();
                long id = key(o);
                onderzoeken.add(new long[] {id, aanbieder, gemeente});
                auditRij(a, "Onderzoek", id, "AANGEMAAKT", "demo-data; type=" + type + "; status=" + status, van);
                boolean heleKader = i % 2 == 0;
                int normNr = 0;
                for (Map.Entry<String, Long> norm : normen.entrySet()) {
                    if (!heleKader && normNr++ % 2 == 1) {
                        continue;
                    }
                    on.setLong(1, id);
                    on.setLong(2, norm.getValue());
                    on.addBatch();
                    if (gestart && (klaar || r.nextBoolean())) {
                        int score = r.nextInt(10);
                        String oordeel = score < 6 ? "VOLDOET" : score < 9 ? "VOLDOET_DEELS" : "VOLDOET_NIET";
                        b.setLong(1, id);
                        b.setLong(2, norm.getValue());
                        b.setString(3, oordeel);
                        b.setString(4, "Dossieronderzoek (" + (3 + r.nextInt(8)) + " dossiers) en interviews met medewerkers");
                        b.setString(5, ggd ? "toezichthouder.ggd" : "toezichthouder");
                        b.setTimestamp(6, Timestamp.valueOf(van.plusDays(10).atTime(14, 0)));
                        b.addBatch();
                    }
                }
                on.executeBatch();
                b.executeBatch();
                if (klaar) {
                    int aantal = 1 + r.nextInt(2);
                    for (int k = 0; k < aantal; k++) {
                        String mt = MAATREGELEN[Math.min(MAATREGELEN.length - 1, (i + k * 3) % MAATREGELEN.length)];
                        LocalDate deadline = tot.plusDays(60 + r.nextInt(120));
                        boolean open = i % 4 == 0 || k == 1;
                        m.setLong(1, id);
                        m.setLong(2, aanbieder);
                        m.setString(3, mt);
                        m.setString(4, "Maatregel " + mt.toLowerCase().replace('_', ' ') + " naar aanleiding van de bevindingen");
                        m.setDate(5, Date.valueOf(deadline));
                        m.setString(6, open ? "OPEN" : "AFGEROND");
                        m.setString(7, open ? null : "Opgevolgd en gecontroleerd bij de herbeoordeling");
                        m.setDate(8, open ? null : Date.valueOf(deadline.minusDays(5)));
                        m.setTimestamp(9, Timestamp.valueOf(tot.atTime(11, 0)));
                        m.addBatch();
                    }
                    m.executeBatch();
                }
            }
            a.executeBatch();
        }
        int nummer = 0;
        try (PreparedStatement p = c.prepareStatement("insert into melding (nummer, bron, soort, aanbieder_id, gemeente_id, client_pseudoniem, "
                + "gebeurtenis_datum, melddatum, omschrijving, melder_naam, melder_contact, te_laat, werkdagen, status, organisatie, triage_deadline, "
                + "sluitreden, samengevoegd_met_id, onderzoek_id, geanonimiseerd, aangemaakt_door, aangemaakt_op) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement a = audit(c)) {
            List<Long> hoofdmeldingen = new ArrayList<>();
            int onderzoekIndex = 0;
            for (Map.Entry<MeldingSoort, Integer> v : VOLUME.entrySet()) {
                MeldingSoort soort = v.getKey();
                boolean meldplicht = soort == MeldingSoort.CALAMITEIT || soort == MeldingSoort.GEWELD;
                for (int i = 0; i < v.getValue(); i++) {
                    nummer++;
                    LocalDate melddatum = LocalDate.of(JAAR, 1, 2).plusDays(r.nextInt(362));
                    LocalDate gebeurtenis = melddatum.minusDays(meldplicht ? r.nextInt(6) : r.nextInt(30));
                    int werkdagen = Werkdagen.tussen(gebeurtenis, melddatum);
                    String bron = meldplicht ? (r.nextInt(4) == 0 ? "ZORGVERLENER" : "AANBIEDER")
                            : new String[] {"CONSULENT", "VERWIJZER", "ZORGVERLENER", "INWONER", "ANONIEM", "CONSULENT"}[r.nextInt(6)];
                    String organisatie = meldplicht ? "GGD" : "WMO_TOEZICHTHOUDER";
                    // State: December is still in triage; otherwise mostly closed, some merged, some led to an onderzoek.
                    int kans = r.nextInt(100);
                    String status;
                    Long onderzoekId = null;
                    Long samengevoegd = null;
                    if (melddatum.getMonthValue() == 12 && kans < 50) {
                        status = kans < 25 ? "NIEUW" : "TOEGEWEZEN";
                    } else if (kans < 8 && onderzoekIndex < onderzoeken.size()) {
                        status = "IN_ONDERZOEK";
                        onderzoekId = onderzoeken.get(onderzoekIndex++)[0];
                    } else if (kans < 18 && !hoofdmeldingen.isEmpty()) {
                        status = "SAMENGEVOEGD";
                        samengevoegd = hoofdmeldingen.get(r.nextInt(hoofdmeldingen.size()));
                    } else if (kans < 22) {
                        status = "TOEGEWEZEN";
                    } else {
                        status = "GESLOTEN";
                    }
                    boolean identiteit = !bron.equals("ANONIEM") && r.nextInt(3) > 0;
                    boolean anoniem = status.equals("GESLOTEN") && identiteit && melddatum.getMonthValue() < 4;
                    p.setString(1, String.format("M%d-D%04d", JAAR, nummer));
                    p.setString(2, bron);
                    p.setString(3, soort.name());
                    long aanbieder = onderzoekId != null ? onderzoeken.get(onderzoekIndex - 1)[1] : aanbieders.get(r.nextInt(aanbieders.size()));
                    long gemeente = onderzoekId != null ? onderzoeken.get(onderzoekIndex - 1)[2] : gemeenten.get(r.nextInt(gemeenten.size()));
                    p.setLong(4, aanbieder);
                    p.setLong(5, gemeente);
                    p.setString(6, !pseudoniemen.isEmpty() && r.nextBoolean() ? pseudoniemen.get(r.nextInt(pseudoniemen.size())) : null);
                    p.setDate(7, Date.valueOf(gebeurtenis));
                    p.setDate(8, Date.valueOf(melddatum));
                    p.setString(9, omschrijving(soort, r));
                    p.setString(10, identiteit && !anoniem ? "Demo-melder " + nummer : null);
                    p.setString(11, identiteit && !anoniem ? "melder" + nummer + "@example.invalid" : null);
                    p.setBoolean(12, meldplicht && werkdagen > 2);
                    p.setInt(13, werkdagen);
                    p.setString(14, status);
                    p.setString(15, status.equals("NIEUW") ? null : organisatie);
                    p.setDate(16, Date.valueOf(melddatum.plusDays(5)));
                    p.setString(17, status.equals("GESLOTEN") ? new String[] {"Geen aanwijzingen voor tekortkomingen",
                            "Doorverwezen naar de klachtenregeling van de aanbieder", "Afgehandeld in het contractgesprek",
                            "Aanbieder heeft afdoende maatregelen genomen"}[r.nextInt(4)] : null);
                    if (samengevoegd == null) {
                        p.setNull(18, java.sql.Types.BIGINT);
                    } else {
                        p.setLong(18, samengevoegd);
                    }
                    if (onderzoekId == null) {
                        p.setNull(19, java.sql.Types.BIGINT);
                    } else {
                        p.setLong(19, onderzoekId);
                    }
                    p.setBoolean(20, anoniem);
                    p.setString(21, bron.equals("AANBIEDER") ? "melder" : "toezichthouder");
                    p.setTimestamp(22, Timestamp.valueOf(melddatum.atTime(10, 0)));
                    p.executeUpdate();
                    long id = key(p);
                    if (status.equals("GESLOTEN") || status.equals("TOEGEWEZEN")) {
                        hoofdmeldingen.add(id);
                    }
                    auditRij(a, "Melding", id, "AANGEMAAKT", "demo-data; soort=" + soort + "; status=" + status, melddatum);
                }
            }
            a.executeBatch();
        }
        return nummer;
    }

    static String omschrijving(MeldingSoort soort, Random r) {
        String[] teksten = switch (soort) {
            case SIGNAAL_KWALITEIT -> new String[] {"Begeleider komt afspraken niet na", "Wisselende medewerkers, cliënt raakt onrustig",
                    "Ondersteuningsplan ontbreekt of is verouderd"};
            case SIGNAAL_RECHTMATIGHEID -> new String[] {"Gedeclareerde uren lijken niet geleverd", "Cliënt kent de aanbieder niet",
                    "Zelfde handtekening op alle urenbriefjes"};
            case KLACHT -> new String[] {"Klacht over bejegening", "Klacht over schoonmaak", "Klacht over bereikbaarheid"};
            case CALAMITEIT -> new String[] {"Val met letsel tijdens ondersteuning", "Medicatiefout met ziekenhuisopname",
                    "Cliënt vermist uit beschermd wonen"};
            case GEWELD -> new String[] {"Fysiek geweld door medewerker gemeld", "Seksueel grensoverschrijdend gedrag gemeld",
                    "Geweld tussen bewoners onvoldoende gestopt"};
        };
        return teksten[r.nextInt(teksten.length)];
    }

    private static PreparedStatement audit(Connection c) throws SQLException {
        return c.prepareStatement("insert into audit_entry (tijdstip, actor, actie, entiteit, entiteit_id, details, reden) values (?, 'systeem', ?, ?, ?, ?, null)");
    }

    private static void auditRij(PreparedStatement a, String entiteit, long id, String actie, String details, LocalDate op) throws SQLException {
        a.setTimestamp(1, Timestamp.valueOf(op.atTime(9, 0)));
        a.setString(2, actie);
        a.setString(3, entiteit);
        a.setString(4, String.valueOf(id));
        a.setString(5, details);
        a.addBatch();
    }

    private static long key(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
