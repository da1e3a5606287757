package nl.wmoregio.gebruiker.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmoregio.gebruiker.control.Aanmeldgeheugen;
import nl.wmoregio.gebruiker.control.Wachtwoorden;
import nl.wmoregio.gebruiker.entity.Gebruiker;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Checks credentials for the login mechanisms (form and HTTP Basic). */
@Stateless
@PermitAll
public class GebruikerService {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    Wachtwoorden wachtwoorden;

    @Inject
    Aanmeldgeheugen geheugen;

    public Optional<Aanmelding> aanmelden(String gebruikersnaam, char[] wachtwoord) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank() || wachtwoord == null) {
            return Optional.empty();
        }
        Optional<Gebruiker> gevonden = em.createQuery("select g from Gebruiker g where g.gebruikersnaam = :naam",
                        Gebruiker.class)
                .setParameter("naam", gebruikersnaam.strip())
                .getResultStream()
                .findFirst();
        if (gevonden.isEmpty()) {
            wachtwoorden.verifyAgainstDummy(wachtwoord); // same cost whether or not the user exists
            return Optional.empty();
        }
        Gebruiker gebruiker = gevonden.get();
        if (!gebruiker.isActief()) {
            // L6 (issue 16): an inactive account costs a full hash too, so timing does not tell it apart
            wachtwoorden.verifyAgainstDummy(wachtwoord);
            geheugen.vergeet(gebruiker.getGebruikersnaam());
            return Optional.empty();
        }
        // The row is read on every login (active flag, roles, stored hash); only PBKDF2 is skipped
        // when the same name + password + stored hash succeeded less than a minute ago (ADR 0005).
        if (!geheugen.bekend(gebruiker.getGebruikersnaam(), wachtwoord, gebruiker.getWachtwoordHash())) {
            if (!wachtwoorden.verify(wachtwoord, gebruiker.getWachtwoordHash())) {
                return Optional.empty();
            }
            String opgeslagen = gebruiker.getWachtwoordHash();
            if (Wachtwoorden.verouderd(opgeslagen)) {
                opgeslagen = herhash(gebruiker, wachtwoord, opgeslagen);
            }
            geheugen.onthoud(gebruiker.getGebruikersnaam(), wachtwoord, opgeslagen);
        }
        return Optional.of(new Aanmelding(gebruiker.getGebruikersnaam(), gebruiker.getVolledigeNaam(),
                Set.copyOf(gebruiker.getRollen()), gebruiker.getGemeenteId()));
    }

    /**
     * L7 (issue 16): a hash made with fewer iterations is replaced right after it verified (the only
     * moment the password is known). An update past the entity, so the row's version stays: an open edit on the
     * beheer screen is not made stale by its user logging in; the compare on the old hash makes two
     * simultaneous logins harmless.
     */
    private String herhash(Gebruiker gebruiker, char[] wachtwoord, String oud) {
        String nieuw = wachtwoorden.hash(wachtwoord);
        // native: a JPQL bulk update would raise the version (EclipseLink does so for versioned entities)
        int rijen = em.createNativeQuery("update gebruiker set wachtwoord_hash = ? where id = ? and wachtwoord_hash = ?")
                .setParameter(1, nieuw).setParameter(2, gebruiker.getId()).setParameter(3, oud)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Gebruiker.class, gebruiker.getId());
        return rijen == 1 ? nieuw : oud;
    }

    /**
     * M4 (issue 16): the user as now stored, for re-validating a screen session: empty when the user
     * no longer exists or is inactive; else the current roles. One indexed read, no password hashing.
     */
    public Optional<Aanmelding> actueel(String gebruikersnaam) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam;
        // Scalar queries always go to the database; a refreshed entity could keep a cached role set.
        List<Object[]> rij = em.createQuery("select g.volledigeNaam, g.gemeenteId from Gebruiker g"
                        + " where g.gebruikersnaam = :naam and g.actief = true", Object[].class)
                .setParameter("naam", naam).getResultList();
        if (rij.isEmpty()) {
            return Optional.empty();
        }
        List<String> rollen = em.createQuery("select r from Gebruiker g join g.rollen r where g.gebruikersnaam = :naam", String.class)
                .setParameter("naam", naam).getResultList();
        return Optional.of(new Aanmelding(naam, (String) rij.get(0)[0], Set.copyOf(rollen), (Long) rij.get(0)[1]));
    }

    /** The toezicht organisation of a user (GGD, WMO_TOEZICHTHOUDER), empty when none is set. */
    public Optional<String> toezichtOrganisatie(String gebruikersnaam) {
        return em.createQuery("select g.toezichtOrganisatie from Gebruiker g where g.gebruikersnaam = :naam", String.class)
                .setParameter("naam", gebruikersnaam == null ? "" : gebruikersnaam)
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
