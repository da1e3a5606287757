package nl.wmoregio.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over the audit trail (issue 16 M6, table audit_keten, V90): every audit_entry row
 * gets one chain row with hash = SHA-256(previous hash, the row's content). A deleted audit row
 * leaves its chain row without a row (VERWIJDERD), a changed one no longer matches its hash
 * (GEWIJZIGD), a deleted chain row leaves a gap (GAT) and breaks the link (GEBROKEN).
 *
 * <p>Rows are sealed AFTER they committed ({@link #verzegel}), not in the inserting transaction:
 * writing an audit row never waits for the chain (no global lock held across business
 * transactions, no deadlock with the REQUIRES_NEW refusal log, the demo seeders' bulk inserts stay
 * as fast as they were). One sealer at a time across servers: MariaDB's named lock
 * {@code wmo_audit_keten} plus the volgnummer primary key. The price: a row deleted before it was
 * sealed (the sealer runs every 30 s and before every check) is not detected, and removing the
 * last rows of BOTH tables (a truncated tail) is detected only against a copy of the head
 * (volgnummer, hash) kept elsewhere: every seal logs it.
 *
 * <p>Plain JDBC on a connection the caller gives (auto-commit off), so the same code runs in the
 * server and in tests.
 */
public final class AuditKeten {

    public static final String BEGIN = "0".repeat(64);
    static final String SLOT = "wmo_audit_keten";
    static final int PAGINA = 2_000;
    /** Rows that committed late (an id older than the newest sealed one) are looked for this far back. */
    static final long VENSTER = 10_000;
    static final int MAX_FOUTEN = 100;

    private static final String INHOUD = "a.id, DATE_FORMAT(a.tijdstip, '%Y-%m-%d %H:%i:%s.%f'), a.actor, a.actie, a.entiteit, "
            + "a.entiteit_id, a.details, a.reden";

    private AuditKeten() {
    }

    /** One problem the check found. */
    public record Fout(String soort, long volgnummer, long auditId, String melding) {
    }

    /** What a check found; {@code kop*} is the chain's head, to compare with a copy kept elsewhere. */
    public record Rapport(boolean intact, long vanaf, long gecontroleerd, long kopVolgnummer, String kopHash,
            long nietVerzegeld, List<Fout> fouten) {
    }

    /**
     * The chain hash of one audit row: SHA-256 over the previous hash and every field, each
     * length-prefixed (so "ab"+"c" and "a"+"bc" differ) and null distinct from "".
     */
    public static String hash(String vorige, Object... velden) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(vorige.getBytes(StandardCharsets.US_ASCII));
            for (Object veld : velden) {
                if (veld == null) {
                    sha.update("|-".getBytes(StandardCharsets.US_ASCII));
                } else {
                    byte[] b = veld.toString().getBytes(StandardCharsets.UTF_8);
                    sha.update(("|" + b.length + ":").getBytes(StandardCharsets.US_ASCII));
                    sha.update(b);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String vorige, ResultSet r, int eerste) throws SQLException {
        Object[] velden = new Object[8];
        for (int i = 0; i < velden.length; i++) {
            velden[i] = r.getString(eerste + i);
        }
        return hash(vorige, velden);
    }

    /**
     * Seals every committed audit row that has no chain row yet, in id order, in pages of
     * {@value #PAGINA} (each page its own commit). {@code volledig}: look at every row, not only the
     * last {@value #VENSTER} ids. Returns the number of rows sealed, or -1 when another sealer holds
     * the lock for more than 10 s.
     */
    public static long verzegel(Connection c, boolean volledig) throws SQLException {
        if (!lock(c)) {
            return -1;
        }
        try {
            long volgnummer = 0;
            String vorige = BEGIN;
            long vanaf = 0;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT volgnummer, hash, (SELECT MAX(audit_id) FROM audit_keten) "
                            + "FROM audit_keten ORDER BY volgnummer DESC LIMIT 1")) {
                if (r.next()) {
                    volgnummer = r.getLong(1);
                    vorige = r.getString(2);
                    vanaf = volledig ? 0 : Math.max(0, r.getLong(3) - VENSTER);
                }
            }
            c.commit();
            long verzegeld = 0;
            while (true) {
                List<Object[]> pagina = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + INHOUD + " FROM audit_entry a WHERE a.id > ? "
                        + "AND NOT EXISTS (SELECT 1 FROM audit_keten k WHERE k.audit_id = a.id) ORDER BY a.id LIMIT " + PAGINA)) {
                    ps.setLong(1, vanaf);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            String h = hash(vorige, r, 1);
                            pagina.add(new Object[] {++volgnummer, r.getLong(1), vorige, h});
                            vorige = h;
                        }
                    }
                }
                if (pagina.isEmpty()) {
                    c.commit();
                    return verzegeld;
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_keten (volgnummer, audit_id, vorige_hash, hash, "
                        + "verzegeld_op) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(3))")) {
                    for (Object[] rij : pagina) {
                        ins.setLong(1, (Long) rij[0]);
                        ins.setLong(2, (Long) rij[1]);
                        ins.setString(3, (String) rij[2]);
                        ins.setString(4, (String) rij[3]);
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
                c.commit();
                verzegeld += pagina.size();
                vanaf = (Long) pagina.get(pagina.size() - 1)[1];
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            unlock(c);
        }
    }

    /**
     * Checks the chain from volgnummer {@code vanaf} (1 = all; a later start takes the previous
     * chain row's hash as given) to its head: read-only.
     */
    public static Rapport controleer(Connection c, long vanaf) throws SQLException {
        long start = Math.max(1, vanaf);
        String vorige = BEGIN;
        if (start > 1) {
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_keten WHERE volgnummer = ?")) {
                ps.setLong(1, start - 1);
                try (ResultSet r = ps.executeQuery()) {
                    vorige = r.next() ? r.getString(1) : null;
                }
            }
        }
        List<Fout> fouten = new ArrayList<>();
        long verwacht = start;
        long gecontroleerd = 0;
        long kop = start - 1;
        String kopHash = vorige;
        long na = start - 1;
        while (true) {
            int gelezen = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT k.volgnummer, k.audit_id, k.vorige_hash, k.hash, " + INHOUD
                    + " FROM audit_keten k LEFT JOIN audit_entry a ON a.id = k.audit_id WHERE k.volgnummer > ? "
                    + "ORDER BY k.volgnummer LIMIT " + PAGINA)) {
                ps.setLong(1, na);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        gelezen++;
                        long nr = r.getLong(1);
                        long auditId = r.getLong(2);
                        String vorigeHash = r.getString(3);
                        String eigen = r.getString(4);
                        if (nr != verwacht) {
                            fout(fouten, "GAT", nr, auditId, "ketenregels " + verwacht + " t/m " + (nr - 1) + " ontbreken");
                        }
                        if (vorige != null && !vorige.equals(vorigeHash)) {
                            fout(fouten, "GEBROKEN", nr, auditId, "de vorige hash klopt niet met ketenregel " + (nr - 1));
                        }
                        r.getLong(5);
                        if (r.wasNull()) {
                            fout(fouten, "VERWIJDERD", nr, auditId, "auditregel " + auditId + " ontbreekt (verwijderd)");
                        } else if (!hash(vorigeHash, r, 5).equals(eigen)) {
                            fout(fouten, "GEWIJZIGD", nr, auditId, "auditregel " + auditId + " is gewijzigd na het verzegelen");
                        }
                        vorige = eigen;
                        verwacht = nr + 1;
                        na = nr;
                        kop = nr;
                        kopHash = eigen;
                        gecontroleerd++;
                    }
                }
            }
            if (gelezen < PAGINA) {
                break;
            }
        }
        long nietVerzegeld;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_entry a "
                + "WHERE NOT EXISTS (SELECT 1 FROM audit_keten k WHERE k.audit_id = a.id)")) {
            r.next();
            nietVerzegeld = r.getLong(1);
        }
        c.commit();
        return new Rapport(fouten.isEmpty(), start, gecontroleerd, kop, kopHash, nietVerzegeld, List.copyOf(fouten));
    }

    private static void fout(List<Fout> fouten, String soort, long nr, long auditId, String melding) {
        if (fouten.size() < MAX_FOUTEN) {
            fouten.add(new Fout(soort, nr, auditId, melding));
        }
    }

    private static boolean lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 10)")) {
            ps.setString(1, SLOT);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, SLOT);
            ps.executeQuery().close();
        }
    }
}
