package nl.wmoregio.gebruiker.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.entity.Gebruiker;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first BEHEERDER of a production install (issue 16, L19): without demo data there is no user
 * who could open the user screen. When {@code WMO_EERSTE_BEHEERDER} and
 * {@code WMO_EERSTE_BEHEERDER_WACHTWOORD} are set and no active BEHEERDER exists, that account is
 * created (password by {@link WachtwoordRegel}; audited). Once a BEHEERDER exists the variables do
 * nothing: remove them after the first start.
 */
@Singleton
@Startup
@DependsOn("DemoGebruikers")
public class EersteBeheerder {

    private static final Logger LOG = Logger.getLogger(EersteBeheerder.class.getName());

    @Inject
    @ConfigProperty(name = "wmo.eerste-beheerder")
    Optional<String> naam;

    @Inject
    @ConfigProperty(name = "wmo.eerste-beheerder-wachtwoord")
    Optional<String> wachtwoord;

    @Inject
    Wachtwoorden wachtwoorden;

    @Inject
    AuditService audit;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    /** Whether to create one: both values given and no active BEHEERDER. Refuses a weak password loudly. */
    static boolean nodig(String naam, String wachtwoord, long actieveBeheerders) {
        if (naam == null || naam.isBlank() || wachtwoord == null || actieveBeheerders > 0) {
            return false;
        }
        WachtwoordRegel.controleer(wachtwoord, naam);
        return true;
    }

    @PostConstruct
    void maak() {
        long actief = em.createQuery("select count(g) from Gebruiker g join g.rollen r where g.actief = true and r = :rol", Long.class)
                .setParameter("rol", Rollen.BEHEERDER).getSingleResult();
        try {
            if (!nodig(naam.orElse(null), wachtwoord.orElse(null), actief)) {
                return;
            }
        } catch (DomainException e) {
            LOG.severe(() -> "WMO_EERSTE_BEHEERDER not created: " + e.getMessage());
            return;
        }
        String gebruikersnaam = naam.get().strip().toLowerCase(java.util.Locale.ROOT);
        if (!em.createQuery("select g.id from Gebruiker g where g.gebruikersnaam = :n", Long.class)
                .setParameter("n", gebruikersnaam).getResultList().isEmpty()) {
            LOG.severe(() -> "WMO_EERSTE_BEHEERDER not created: the name " + gebruikersnaam + " is taken");
            return;
        }
        Gebruiker g = new Gebruiker(gebruikersnaam, wachtwoorden.hash(wachtwoord.get().toCharArray()), "Eerste beheerder",
                Set.of(Rollen.BEHEERDER), null);
        em.persist(g);
        em.flush();
        audit.record("Gebruiker", g.getId(), "AANGEMAAKT", "gebruikersnaam=" + gebruikersnaam + "; rollen=BEHEERDER",
                "Eerste beheerder bij installatie (WMO_EERSTE_BEHEERDER)");
        LOG.warning(() -> "First BEHEERDER " + gebruikersnaam + " created; remove WMO_EERSTE_BEHEERDER(_WACHTWOORD) from the environment");
    }
}
