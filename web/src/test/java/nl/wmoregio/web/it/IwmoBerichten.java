package nl.wmoregio.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data and crafted iWmo 3.2 messages for the iWmo tests. Every run creates its own provider
 * (unique AGB), clients and toewijzingen in 2035; contract tariffs of 2035 are added once.
 */
final class IwmoBerichten {

    static final String BASIS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    static final AtomicLong TELLER = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private IwmoBerichten() {
    }

    /** What this run created, removed again by {@link #opruimen()} so other tests see the demo data only. */
    static final java.util.Set<Long> AANBIEDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final java.util.Set<Long> CLIENTEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final java.util.Set<String> TARIEVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Removes the providers, clients, toewijzingen, declaration lines, messages and 2035 tariffs the
     * iWmo tests created: 2035 indicaties would otherwise become the dashboard's "latest year" and
     * extra providers change the counts other screen tests read. Audit and access-log entries stay
     * (append-only by design).
     */
    static synchronized void opruimen() {
        try (Connection c = db(); Statement s = c.createStatement()) {
            if (!AANBIEDERS.isEmpty()) {
                String a = join(AANBIEDERS);
                s.executeUpdate("delete from iwmo_uitbak where aanbieder_id in (" + a + ")");
                s.executeUpdate("delete from declaratie_regel where aanbieder_id in (" + a + ") and credit_van is not null");
                s.executeUpdate("delete from declaratie_regel where aanbieder_id in (" + a + ")");
                s.executeUpdate("delete from iwmo_bericht where aanbieder_id in (" + a + ")");
                s.executeUpdate("delete from indicatie where aanbieder_id in (" + a + ")");
            }
            if (!CLIENTEN.isEmpty()) {
                String k = join(CLIENTEN);
                s.executeUpdate("delete from declaratie_regel where indicatie_id in (select id from indicatie where client_id in (" + k + "))");
                s.executeUpdate("delete from iwmo_uitbak where client_id in (" + k + ")");
                s.executeUpdate("delete from indicatie where client_id in (" + k + ")");
                s.executeUpdate("delete from client where id in (" + k + ")");
            }
            if (!AANBIEDERS.isEmpty()) {
                s.executeUpdate("delete from aanbieder where id in (" + join(AANBIEDERS) + ")");
            }
            for (String t : TARIEVEN) {
                String[] delen = t.split("\\|", -1);
                try (PreparedStatement p = c.prepareStatement("delete from tarief where product_code = ? and categorie = ? and jaar = 2035")) {
                    p.setString(1, delen[0]);
                    p.setString(2, delen[1]);
                    p.executeUpdate();
                }
            }
            AANBIEDERS.clear();
            CLIENTEN.clear();
            TARIEVEN.clear();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(java.util.Set<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("wmo.db.url"), System.getProperty("wmo.db.user"),
                System.getProperty("wmo.db.password"));
    }

    static long count(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String string(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long insert(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet rs = s.getGeneratedKeys()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A provider with a fresh 8-digit AGB code starting with 35. */
    record Aanbieder(long id, String agb) {
    }

    static Aanbieder aanbieder(String naam) {
        long n = TELLER.incrementAndGet() % 1_000_000;
        String agb = String.format("35%06d", n);
        String kvk = String.format("00%06d", n);
        long id = insert("insert into aanbieder (naam, kvk_nummer, agb_code, status, aangemaakt_op, gewijzigd_op) "
                + "values (?, ?, ?, 'ACTIEF', now(3), now(3))", naam + " " + n, kvk, agb);
        AANBIEDERS.add(id);
        return new Aanbieder(id, agb);
    }

    static long gemeente(String cbs) {
        return count("select id from gemeente where cbs_code = ?", cbs);
    }

    static long client(String cbs) {
        long n = TELLER.incrementAndGet();
        long id = insert("insert into client (pseudoniem, geboortejaar, gemeente_id, segment) values (?, 1960, ?, '2')",
                String.format("%064d", n).replace('0', 'e').substring(0, 52) + String.format("%012d", n), gemeente(cbs));
        CLIENTEN.add(id);
        return id;
    }

    /** A toewijzing (indicatie) in 2035; volume/eenheid/frequentie or budget may be null. */
    static long toewijzing(long client, String cbs, long aanbieder, String product, String categorie, Integer volume,
                           String eenheid, String frequentie, Long budget) {
        return toewijzing(client, cbs, aanbieder, product, categorie, volume, eenheid, frequentie, budget, "2035-01-01", "2035-12-31");
    }

    static long toewijzing(long client, String cbs, long aanbieder, String product, String categorie, Integer volume,
                           String eenheid, String frequentie, Long budget, String van, String tot) {
        return insert("insert into indicatie (client_id, gemeente_id, product_code, categorie, aanbieder_id, van, tot, volume, "
                        + "eenheid, frequentie, budget_cent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                client, gemeente(cbs), product, categorie, aanbieder, van, tot, volume, eenheid, frequentie, budget);
    }

    /** The contract tariff of 2035 (created once per database). */
    static long tarief(String product, String categorie, long bedrag) {
        if (count("select count(*) from tarief where product_code = ? and categorie = ? and jaar = 2035", product, categorie) == 0) {
            TARIEVEN.add(product + "|" + categorie);
        }
        insert("insert ignore into tarief (product_code, categorie, jaar, bedrag_cent, indexatie_pct) values (?, ?, 2035, ?, 0)",
                product, categorie, bedrag);
        return count("select bedrag_cent from tarief where product_code = ? and categorie = ? and jaar = 2035", product, categorie);
    }

    static String id() {
        return "T" + Long.toString(TELLER.incrementAndGet(), 36).toUpperCase();
    }

    /** Today (the server's date): a Dagtekening in the future is refused (TR135). */
    static String vandaag() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
    }

    static String header(String prefix, String code, String afzender, String ontvanger, String id) {
        return header(prefix, code, afzender, ontvanger, id, vandaag());
    }

    static String header(String prefix, String code, String afzender, String ontvanger, String id, String dagtekening) {
        return "<" + prefix + ":Header>"
                + "<" + prefix + ":BerichtCode>" + code + "</" + prefix + ":BerichtCode>"
                + "<" + prefix + ":BerichtVersie>3</" + prefix + ":BerichtVersie>"
                + "<" + prefix + ":BerichtSubversie>2</" + prefix + ":BerichtSubversie>"
                + "<" + prefix + ":Afzender>" + afzender + "</" + prefix + ":Afzender>"
                + "<" + prefix + ":Ontvanger>" + ontvanger + "</" + prefix + ":Ontvanger>"
                + "<" + prefix + ":BerichtIdentificatie><iwmo:Identificatie>" + id + "</iwmo:Identificatie>"
                + "<iwmo:Dagtekening>" + dagtekening + "</iwmo:Dagtekening></" + prefix + ":BerichtIdentificatie>"
                + "<" + prefix + ":XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>"
                + "<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></" + prefix + ":XsdVersie>"
                + "</" + prefix + ":Header>\n";
    }

    /** A credit line: cancels the debet with reference {@code vorige} (VorigReferentieNummer). */
    static String credit(String ref, String vorige, long toewijzing, String cat, String code, String begin, String eind, long volume,
                         String eenheid, Long tarief, long bedrag) {
        return prestatie(ref, toewijzing, cat, code, begin, eind, volume, eenheid, tarief, bedrag)
                .replace("</iwmo:ReferentieNummer>", "</iwmo:ReferentieNummer><iwmo:VorigReferentieNummer>" + vorige
                        + "</iwmo:VorigReferentieNummer>")
                .replace("<iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:IngediendBedrag>",
                        "<iwmo:DebetCredit>C</iwmo:DebetCredit></wmo323:IngediendBedrag>");
    }

    /** The sum of the lines (debet minus credit), as TotaalIngediendBedrag must be (TR358). */
    static long som(String... clienten) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<iwmo:Bedrag>(\\d+)</iwmo:Bedrag><iwmo:DebetCredit>([DC])<")
                .matcher(String.join("", clienten));
        long som = 0;
        while (m.find()) {
            som += ("C".equals(m.group(2)) ? -1 : 1) * Long.parseLong(m.group(1));
        }
        return som;
    }

    static String prestatie(String ref, long toewijzing, String cat, String code, String begin, String eind, long volume,
                            String eenheid, Long tarief, long bedrag) {
        return "<wmo323:Prestatie>"
                + "<wmo323:ProductReferentie><iwmo:ReferentieNummer>" + ref + "</iwmo:ReferentieNummer></wmo323:ProductReferentie>"
                + "<wmo323:ToewijzingNummer>" + toewijzing + "</wmo323:ToewijzingNummer>"
                + "<wmo323:ProductCategorie>" + cat + "</wmo323:ProductCategorie>"
                + "<wmo323:ProductCode>" + code + "</wmo323:ProductCode>"
                + "<wmo323:ProductPeriode><iwmo:Begindatum>" + begin + "</iwmo:Begindatum><iwmo:Einddatum>" + eind
                + "</iwmo:Einddatum></wmo323:ProductPeriode>"
                + "<wmo323:GeleverdVolume>" + volume + "</wmo323:GeleverdVolume>"
                + "<wmo323:Eenheid>" + eenheid + "</wmo323:Eenheid>"
                + (tarief == null ? "" : "<wmo323:ProductTarief>" + tarief + "</wmo323:ProductTarief>")
                + "<wmo323:IngediendBedrag><iwmo:Bedrag>" + bedrag + "</iwmo:Bedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:IngediendBedrag>"
                + "</wmo323:Prestatie>\n";
    }

    static String client323(String bsn, String... prestaties) {
        return "<wmo323:Client><wmo323:Bsn>" + bsn + "</wmo323:Bsn><wmo323:Prestaties>\n" + String.join("", prestaties)
                + "</wmo323:Prestaties></wmo323:Client>\n";
    }

    /** A WMO323 for DeclaratiePeriode December 2035 (one calendar month, CS340), dated today. */
    static String wmo323(String afzender, String ontvanger, long totaal, String... clienten) {
        String id = id();
        return wmo323(afzender, ontvanger, id, id, vandaag(), "2035-12-01", "2035-12-31", totaal, clienten);
    }

    static String wmo323(String afzender, String ontvanger, String id, String declaratieNummer, String dagtekening, String periodeVan,
                         String periodeTot, long totaal, String... clienten) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\" xmlns:iwmo=\"" + BASIS + "\">\n"
                + header("wmo323", "484", afzender, ontvanger, id, dagtekening)
                + "<wmo323:Declaratie><wmo323:DeclaratieNummer>" + declaratieNummer + "</wmo323:DeclaratieNummer>\n"
                + "<wmo323:DeclaratiePeriode><iwmo:Begindatum>" + periodeVan + "</iwmo:Begindatum><iwmo:Einddatum>" + periodeTot
                + "</iwmo:Einddatum></wmo323:DeclaratiePeriode>\n"
                + "<wmo323:DeclaratieDagtekening>2036-01-03</wmo323:DeclaratieDagtekening>\n"
                + "<wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>" + Math.abs(totaal) + "</iwmo:TotaalBedrag><iwmo:DebetCredit>"
                + (totaal < 0 ? "C" : "D") + "</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n"
                + "<wmo323:Clienten>\n" + String.join("", clienten) + "</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n";
    }

    static String clientKop(String p, String bsn) {
        return "<" + p + ":Bsn>" + bsn + "</" + p + ":Bsn>"
                + "<" + p + ":Geboortedatum><iwmo:Datum>1960-01-01</iwmo:Datum></" + p + ":Geboortedatum>"
                + "<" + p + ":Geslacht>0</" + p + ":Geslacht>"
                + "<" + p + ":Naam><iwmo:Geslachtsnaam><iwmo:Achternaam>Test</iwmo:Achternaam></iwmo:Geslachtsnaam></" + p + ":Naam>\n";
    }

    static String wmo305(String afzender, String ontvanger, String bsn, long toewijzing, String begin) {
        return wmo305(afzender, ontvanger, bsn, toewijzing, begin, "1");
    }

    static String wmo305(String afzender, String ontvanger, String bsn, long toewijzing, String begin, String status) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wmo305:Bericht xmlns:wmo305=\"http://www.istandaarden.nl/iwmo/3_2/wmo305/schema\" xmlns:iwmo=\"" + BASIS + "\">\n"
                + header("wmo305", "418", afzender, ontvanger, id())
                + "<wmo305:Client>" + clientKop("wmo305", bsn) + "<wmo305:StartProducten><wmo305:StartProduct>"
                + "<wmo305:ToewijzingNummer>" + toewijzing + "</wmo305:ToewijzingNummer>"
                + "<wmo305:Begindatum>" + begin + "</wmo305:Begindatum>"
                + "<wmo305:StatusAanlevering>" + status + "</wmo305:StatusAanlevering>"
                + "</wmo305:StartProduct></wmo305:StartProducten></wmo305:Client></wmo305:Bericht>\n";
    }

    static String wmo307(String afzender, String ontvanger, String bsn, long toewijzing, String begin, String reden, String eind) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wmo307:Bericht xmlns:wmo307=\"http://www.istandaarden.nl/iwmo/3_2/wmo307/schema\" xmlns:iwmo=\"" + BASIS + "\">\n"
                + header("wmo307", "420", afzender, ontvanger, id())
                + "<wmo307:Client>" + clientKop("wmo307", bsn) + "<wmo307:StopProducten><wmo307:StopProduct>"
                + "<wmo307:ToewijzingNummer>" + toewijzing + "</wmo307:ToewijzingNummer>"
                + "<wmo307:Begindatum>" + begin + "</wmo307:Begindatum>"
                + "<wmo307:RedenBeeindiging>" + reden + "</wmo307:RedenBeeindiging>"
                + "<wmo307:Einddatum>" + eind + "</wmo307:Einddatum>"
                + "<wmo307:StatusAanlevering>1</wmo307:StatusAanlevering>"
                + "</wmo307:StopProduct></wmo307:StopProducten></wmo307:Client></wmo307:Bericht>\n";
    }
}
