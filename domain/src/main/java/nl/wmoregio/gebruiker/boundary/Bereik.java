package nl.wmoregio.gebruiker.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.Rollen;

/**
 * The caller's scope: which gemeente the caller is bound to and whether they may see gemeente X.
 * The one place that reads the binding ({@code gebruiker.gemeente_id}); every component asks here
 * (issue 18: it was written four times with four failure behaviours).
 *
 * <p>A caller with a regional role ({@link #REGIONAAL}) works for the whole region and is not bound.
 * Every other caller (GEMEENTE) is bound to the gemeente of the account; without one they see
 * nothing ({@link GeenToegang}), never everything: fail closed.
 */
@Stateless
@PermitAll
public class Bereik {

    /** Roles that work for the whole region. */
    public static final List<String> REGIONAAL = List.of(Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER,
            Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER);

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditService audit;

    /** The caller's own gemeente id, or null when the caller may see every gemeente. */
    public Long beperktTot() {
        if (REGIONAAL.stream().anyMatch(context::isCallerInRole)) {
            return null;
        }
        Long gemeente = gebondenAan(gebruiker());
        if (gemeente == null) {
            throw new GeenToegang("Geen gemeente gekoppeld aan deze gebruiker");
        }
        return gemeente;
    }

    /** True when the caller may see this gemeente's data. */
    public boolean magZien(long gemeenteId) {
        Long eigen = beperktTot();
        return eigen == null || eigen == gemeenteId;
    }

    /** Refuses ({@link GeenToegang}, 403, recorded) when the caller may not see this gemeente. */
    public void controleer(long gemeenteId) {
        if (!magZien(gemeenteId)) {
            throw geweigerd(gemeenteId);
        }
    }

    /**
     * The gemeente a filter may use: the requested one (null = all) for a regional caller; for a
     * bound caller their own, and a request for another gemeente is refused.
     */
    public Long filter(Long gevraagd) {
        Long eigen = beperktTot();
        if (eigen == null) {
            return gevraagd;
        }
        if (gevraagd != null && !gevraagd.equals(eigen)) {
            throw geweigerd(gevraagd);
        }
        return eigen;
    }

    /** Records the refused cross-gemeente access (L15) and returns the exception to throw. */
    private GeenToegang geweigerd(long gemeenteId) {
        audit.weigering("Gemeente", gemeenteId, "toegang tot gegevens van een andere gemeente geweigerd");
        return new GeenToegang("Alleen de eigen gemeente");
    }

    /** The caller's user name ("systeem" for a call without a caller, e.g. a timer). */
    public String gebruiker() {
        return context.getCallerPrincipal() == null ? "systeem" : context.getCallerPrincipal().getName();
    }

    /** The provider the caller's reporting account (MELDER) belongs to, or null (issue 16, M10). */
    public Long aanbieder() {
        List<Long> rows = em.createQuery("select g.aanbiederId from Gebruiker g where g.gebruikersnaam = :naam", Long.class)
                .setParameter("naam", gebruiker()).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The toezicht organisation of the caller (GGD, WMO_TOEZICHTHOUDER), or null (issue 16, M1). */
    public String organisatie() {
        List<String> rows = em.createQuery("select g.toezichtOrganisatie from Gebruiker g where g.gebruikersnaam = :naam", String.class)
                .setParameter("naam", gebruiker()).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The gemeente an account is bound to, or null. */
    public Long gebondenAan(String gebruikersnaam) {
        List<Long> rows = em.createQuery("select g.gemeenteId from Gebruiker g where g.gebruikersnaam = :naam", Long.class)
                .setParameter("naam", gebruikersnaam == null ? "" : gebruikersnaam).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
