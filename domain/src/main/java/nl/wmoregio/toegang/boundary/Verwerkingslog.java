package nl.wmoregio.toegang.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import nl.wmoregio.shared.Rollen;

/**
 * Verwerkingenlogging for other components: a processing of client data that does not go
 * through {@link ClientService} (an iWmo message changing an indicatie, a CEO sample, an export)
 * appends rows to {@code client_inzage} in the caller's transaction: who (the caller, or
 * {@code systeem} for a scheduled job), role, when, which pseudonym, what and why (purpose).
 * Append-only: there is no method to change or remove a row (and V13's triggers refuse it).
 */
@Stateless
@PermitAll
public class Verwerkingslog {

    /** Actions written to the log. */
    public static final String LEZEN = "LEZEN";
    public static final String LIJST = "LIJST";
    public static final String WIJZIGEN = "WIJZIGEN";
    public static final String EXPORT = "EXPORT";
    public static final String STEEKPROEF = "STEEKPROEF";

    static final String SYSTEEM = "systeem";
    private static final String[] ROLLEN = {Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER, Rollen.CONTRACTMANAGER,
        Rollen.CONTROLLER, Rollen.INKOOP, Rollen.AANBIEDER};
    private static final int PER_INSERT = 500;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Resource
    SessionContext context;

    public void registreer(String pseudoniem, String actie, String doel) {
        registreerAlle(List.of(pseudoniem), actie, doel);
    }

    /** One row per distinct pseudonym, in multi-row inserts. */
    public void registreerAlle(Collection<String> pseudoniemen, String actie, String doel) {
        List<String> uniek = new ArrayList<>(new LinkedHashSet<>(pseudoniemen));
        uniek.removeIf(p -> p == null || p.isBlank());
        if (uniek.isEmpty()) {
            return;
        }
        String gebruiker = gebruiker();
        String rol = rol();
        String reden = doel == null || doel.isBlank() ? "onbekend" : doel.length() > 500 ? doel.substring(0, 500) : doel;
        for (int van = 0; van < uniek.size(); van += PER_INSERT) {
            List<String> deel = uniek.subList(van, Math.min(uniek.size(), van + PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into client_inzage (tijdstip, gebruiker, rol, pseudoniem, actie, doel) values ");
            for (int i = 0; i < deel.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(utc_timestamp(3), ?, ?, ?, ?, ?)");
            }
            Query q = em.createNativeQuery(sql.toString());
            int n = 1;
            for (String p : deel) {
                q.setParameter(n++, gebruiker).setParameter(n++, rol).setParameter(n++, p).setParameter(n++, actie)
                        .setParameter(n++, reden);
            }
            q.executeUpdate();
        }
    }

    private String gebruiker() {
        String naam = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return naam == null || naam.isBlank() || "ANONYMOUS".equalsIgnoreCase(naam) ? SYSTEEM : naam;
    }

    private String rol() {
        for (String r : ROLLEN) {
            if (context.isCallerInRole(r)) {
                return r;
            }
        }
        return null;
    }
}
