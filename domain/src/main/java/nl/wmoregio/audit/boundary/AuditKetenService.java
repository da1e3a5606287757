package nl.wmoregio.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.audit.control.AuditKeten;
import nl.wmoregio.shared.Rollen;

/**
 * Seals the audit trail into its hash chain every 30 s and checks it on request (issue 16 M6; see
 * {@link AuditKeten}). Own JDBC transactions (bean-managed), never the caller's: the chain follows
 * committed audit rows only. One at a time in this server (singleton write lock), one at a time
 * across servers (MariaDB lock).
 */
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditKetenService {

    private static final Logger LOG = Logger.getLogger(AuditKetenService.class.getName());

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @PermitAll
    public void verzegelPeriodiek() {
        try {
            verzegel(false);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "auditketen: verzegelen mislukt", e);
        }
    }

    /** Seals what is not sealed yet, then checks the chain from volgnummer {@code vanaf} (1 = all). */
    @RolesAllowed(Rollen.BEHEERDER)
    public AuditKetenRapport controleer(long vanaf) {
        try {
            long verzegeld = verzegel(true);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                AuditKeten.Rapport r = AuditKeten.controleer(c, vanaf);
                if (!r.intact()) {
                    LOG.severe(() -> "auditketen NIET intact: " + r.fouten().size() + " problemen, eerste: " + r.fouten().get(0));
                }
                return AuditKetenRapport.van(r, Math.max(0, verzegeld));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("De auditketen kon niet worden gecontroleerd", e);
        }
    }

    private long verzegel(boolean volledig) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long n = AuditKeten.verzegel(c, volledig);
            c.setAutoCommit(true);
            if (n > 0) {
                // the head in the server log: a copy outside the database, against a truncated tail
                try (var s = c.createStatement(); var r = s.executeQuery(
                        "SELECT volgnummer, hash FROM audit_keten ORDER BY volgnummer DESC LIMIT 1")) {
                    if (r.next()) {
                        String kop = r.getLong(1) + " " + r.getString(2);
                        LOG.info(() -> "auditketen: " + n + " regels verzegeld, kop " + kop);
                    }
                }
            }
            return n;
        }
    }
}
