package nl.wmoregio.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The database accounts and what each may do (issue 16 M6). Three roles:
 * <ul>
 *   <li><b>migration</b> (WMO_DB_MIGRATION_USER): owns the schema, runs Flyway at start, and grants
 *       the other two their rights on every table after each migration (so a new table is covered
 *       at once). Not used after start.</li>
 *   <li><b>runtime</b> (WMO_DB_USER, the server's pool): SELECT, INSERT, UPDATE, DELETE on the
 *       tables, only SELECT and INSERT on the append-only log tables ({@link #ALLEEN_TOEVOEGEN});
 *       no DDL, so no DROP TRIGGER, TRUNCATE (needs DROP), ALTER or CREATE.</li>
 *   <li><b>warehouse</b> (WMO_WAREHOUSE_DB_USER): SELECT on the operational tables (without the
 *       encrypted columns {@code *_versleuteld} and {@code bsn*}, the log tables and the accounts), all DML on
 *       {@code wh_*} only.</li>
 * </ul>
 * With one account configured everything runs as that one (development, small installations):
 * nothing is granted and the protection is the append-only triggers only.
 */
public final class DatabaseRechten {

    private static final Logger LOG = Logger.getLogger(DatabaseRechten.class.getName());

    /** Append-only log tables: the runtime account may add and read, never change or remove. */
    public static final Set<String> ALLEEN_TOEVOEGEN = Set.of("audit_entry", "audit_keten", "client_inzage");
    /** Never for the warehouse: accounts and credentials, the logs, the migration history. */
    static final Set<String> NIET_VOOR_WAREHOUSE = Set.of("gebruiker", "gebruiker_rol", "flyway_schema_history");

    public enum Rol { RUNTIME, WAREHOUSE }

    private DatabaseRechten() {
    }

    /** A table or view of the schema with its columns. */
    public record Tabel(String naam, List<String> kolommen) {
    }

    /** The GRANT statements for {@code account} ('user'@'host', quoted) in schema {@code db}. */
    public static List<String> grants(Rol rol, String db, String account, List<Tabel> tabellen) {
        List<String> sql = new ArrayList<>();
        for (Tabel t : tabellen) {
            String naam = t.naam().toLowerCase(Locale.ROOT);
            String doel = id(db) + "." + id(t.naam());
            if (rol == Rol.RUNTIME) {
                if (naam.equals("flyway_schema_history")) {
                    sql.add("GRANT SELECT ON " + doel + " TO " + account);
                } else if (ALLEEN_TOEVOEGEN.contains(naam)) {
                    sql.add("GRANT SELECT, INSERT ON " + doel + " TO " + account);
                } else {
                    sql.add("GRANT SELECT, INSERT, UPDATE, DELETE ON " + doel + " TO " + account);
                }
            } else if (naam.startsWith("wh_")) {
                sql.add("GRANT SELECT, INSERT, UPDATE, DELETE ON " + doel + " TO " + account);
            } else if (!ALLEEN_TOEVOEGEN.contains(naam) && !NIET_VOOR_WAREHOUSE.contains(naam)) {
                List<String> leesbaar = t.kolommen().stream()
                        .filter(k -> !geheim(k)).toList();
                if (leesbaar.size() == t.kolommen().size()) {
                    sql.add("GRANT SELECT ON " + doel + " TO " + account);
                } else if (!leesbaar.isEmpty()) {
                    sql.add("GRANT SELECT (" + String.join(", ", leesbaar.stream().map(DatabaseRechten::id).toList())
                            + ") ON " + doel + " TO " + account);
                }
            }
        }
        return sql;
    }

    /** Columns the warehouse never reads: the encrypted ones and anything of the BSN (its last digits too). */
    static boolean geheim(String kolom) {
        String k = kolom.toLowerCase(Locale.ROOT);
        return k.endsWith("_versleuteld") || k.startsWith("bsn");
    }

    /** 'user'@'host' with quotes escaped. */
    public static String account(String user, String host) {
        return "'" + user.replace("\\", "\\\\").replace("'", "''") + "'@'" + host.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String id(String naam) {
        return "`" + naam.replace("`", "``") + "`";
    }

    /** The tables and views of the connection's schema with their columns, in name order. */
    public static List<Tabel> tabellen(Connection c) throws SQLException {
        Map<String, List<String>> kolommen = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position");
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                kolommen.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return kolommen.entrySet().stream().map(e -> new Tabel(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * Takes away whatever {@code account} held on the schema and its tables, then grants what the
     * role needs on every table now in the schema. Run by the migration account (it needs GRANT
     * OPTION) after Flyway. Returns the number of GRANT statements.
     */
    public static int pasToe(Connection c, Rol rol, String account) throws SQLException {
        String db;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DATABASE()")) {
            r.next();
            db = r.getString(1);
        }
        List<Tabel> tabellen = tabellen(c);
        try (Statement s = c.createStatement()) {
            // a REVOKE of a right never granted fails (1141/1147): the aim is only "nothing left over"
            stil(s, "REVOKE ALL PRIVILEGES ON " + id(db) + ".* FROM " + account);
            for (Tabel t : tabellen) {
                stil(s, "REVOKE ALL PRIVILEGES ON " + id(db) + "." + id(t.naam()) + " FROM " + account);
            }
            List<String> grants = grants(rol, db, account, tabellen);
            for (String g : grants) {
                s.execute(g);
            }
            LOG.info(() -> "database: " + rol + "-account " + account + " heeft rechten op " + grants.size() + " tabellen");
            return grants.size();
        }
    }

    private static void stil(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            // nothing to take away
        }
    }
}
