package nl.wmoregio.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffered multi-row INSERT for demo seeders and the generator: one statement per
 * {@value #RIJEN} rows (about 50x fewer round trips than single-row batches on MariaDB).
 * {@link #flush()} writes what is buffered; the caller owns the transaction.
 */
public final class BulkInsert {

    public static final int RIJEN = 1000;

    private final Connection connection;
    private final String prefix;
    private final String suffix;
    private final int kolommen;
    private final List<Object[]> rijen = new ArrayList<>(RIJEN);
    private PreparedStatement vol;
    private long geschreven;

    public BulkInsert(Connection connection, String tabel, String kolomLijst) {
        this(connection, "insert into " + tabel, kolomLijst, "");
    }

    /** With another verb ({@code insert ignore into t}) or a suffix ({@code on duplicate key update ...}). */
    public BulkInsert(Connection connection, String insertInto, String kolomLijst, String suffix) {
        this.connection = connection;
        this.prefix = insertInto + " (" + kolomLijst + ") values ";
        this.suffix = suffix == null || suffix.isEmpty() ? "" : " " + suffix;
        this.kolommen = kolomLijst.split(",").length;
    }

    public void add(Object... waarden) {
        if (waarden.length != kolommen) {
            throw new IllegalArgumentException(prefix + ": " + waarden.length + " values for " + kolommen + " columns");
        }
        rijen.add(waarden);
    }

    /** A full statement is buffered: time to {@link #flush()} (the caller decides, so parents go before children). */
    public boolean vol() {
        return rijen.size() >= RIJEN;
    }

    public long geschreven() {
        return geschreven;
    }

    public void flush() throws SQLException {
        int i = 0;
        while (rijen.size() - i >= RIJEN) {
            if (vol == null) {
                vol = connection.prepareStatement(sql(RIJEN));
            }
            zet(vol, i, RIJEN);
            vol.executeUpdate();
            i += RIJEN;
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

    /** Flushes and closes the prepared statement. */
    public void sluit() throws SQLException {
        flush();
        if (vol != null) {
            vol.close();
            vol = null;
        }
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
        StringBuilder sb = new StringBuilder(prefix.length() + aantal * (rij.length() + 1) + suffix.length());
        sb.append(prefix);
        for (int r = 0; r < aantal; r++) {
            if (r > 0) {
                sb.append(',');
            }
            sb.append(rij);
        }
        return sb.append(suffix).toString();
    }
}
