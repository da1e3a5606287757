package nl.wmoregio.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on the IT database, for setting up test rows and counting what was stored. */
final class Database {

    private Database() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("wmo.db.url"), System.getProperty("wmo.db.user"),
                System.getProperty("wmo.db.password"));
    }

    static int update(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    static long number(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    static List<List<Object>> rows(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
