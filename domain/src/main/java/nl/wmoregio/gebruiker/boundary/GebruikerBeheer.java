package nl.wmoregio.gebruiker.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.audit.boundary.AuditView;
import nl.wmoregio.gebruiker.control.Aanmeldgeheugen;
import nl.wmoregio.gebruiker.control.WachtwoordRegel;
import nl.wmoregio.gebruiker.control.Wachtwoorden;
import nl.wmoregio.gebruiker.entity.Gebruiker;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Versies;

/**
 * User management for the BEHEERDER (issue 16, L19): list, create, change roles and bindings,
 * (de)activate. Never a delete (the audit trail names users). Every change is written to the audit
 * trail in the same transaction, with the reason; a password only as its hash, never in the trail.
 * The bindings follow the roles: GEMEENTE needs a gemeente, TOEZICHTHOUDER a toezicht organisation,
 * MELDER a provider; a binding without its role is refused, so no account holds a scope it cannot use.
 */
@Stateless
@RolesAllowed(Rollen.BEHEERDER)
public class GebruikerBeheer {

    static final String AUDIT_ENTITEIT = "Gebruiker";
    public static final List<String> TOEZICHT_ORGANISATIES = List.of("GGD", "WMO_TOEZICHTHOUDER");
    static final Map<String, String> SORTEERBAAR = Map.of(
            "gebruikersnaam", "g.gebruikersnaam", "volledigeNaam", "g.volledigeNaam", "actief", "g.actief");
    private static final Pattern NAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    Wachtwoorden wachtwoorden;

    @Inject
    Aanmeldgeheugen geheugen;

    @Inject
    AuditService audit;

    @Inject
    GemeenteService gemeenten;

    @Inject
    AanbiederService aanbieders;

    @Resource
    SessionContext context;

    public Page<GebruikerView> zoek(GebruikerFilter filter, PageRequest page) {
        String sort = page.sort() == null || page.sort().isBlank() ? "g.gebruikersnaam" : SORTEERBAAR.get(page.sort());
        if (sort == null) {
            throw new DomainException("SORT_ONBEKEND", "sort", "Sorteren kan op: " + String.join(", ", new TreeSet<>(SORTEERBAAR.keySet())));
        }
        if (filter.rol() != null && !filter.rol().isBlank() && !Rollen.ALLE.contains(filter.rol())) {
            throw new DomainException("ROL_ONBEKEND", "rol", "Kies een rol uit " + String.join(", ", Rollen.ALLE));
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.tekst() != null && !filter.tekst().isBlank()) {
            where.append(" and (lower(g.gebruikersnaam) like :tekst or lower(g.volledigeNaam) like :tekst)");
        }
        if (filter.rol() != null && !filter.rol().isBlank()) {
            where.append(" and g.id in (select g2.id from Gebruiker g2 join g2.rollen r where r = :rol)");
        }
        if (filter.actief() != null) {
            where.append(" and g.actief = :actief");
        }
        TypedQuery<Gebruiker> query = em.createQuery("select g from Gebruiker g" + where + " order by " + sort
                + (page.ascending() ? " asc" : " desc") + ", g.id asc", Gebruiker.class);
        TypedQuery<Long> tel = em.createQuery("select count(g) from Gebruiker g" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, tel)) {
            if (filter.tekst() != null && !filter.tekst().isBlank()) {
                q.setParameter("tekst", "%" + filter.tekst().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (filter.rol() != null && !filter.rol().isBlank()) {
                q.setParameter("rol", filter.rol());
            }
            if (filter.actief() != null) {
                q.setParameter("actief", filter.actief());
            }
        }
        List<GebruikerView> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(GebruikerBeheer::view).toList();
        return new Page<>(items, page.page(), page.size(), tel.getSingleResult());
    }

    public GebruikerView get(long id) {
        return view(gebruiker(id));
    }

    public List<AuditView> historie(long id) {
        gebruiker(id);
        return audit.history(AUDIT_ENTITEIT, id, 200);
    }

    public GebruikerView maak(GebruikerInput input) {
        String naam = input.gebruikersnaam() == null ? "" : input.gebruikersnaam().strip().toLowerCase(Locale.ROOT);
        if (!NAAM.matcher(naam).matches()) {
            throw new DomainException("GEBRUIKERSNAAM_ONGELDIG", "gebruikersnaam",
                    "Een gebruikersnaam heeft 3 tot 64 tekens: kleine letters, cijfers, punt, streepje of liggend streepje");
        }
        // the column compares as utf8mb4_unicode_ci: a name differing only in case/accents is the same name
        if (!em.createQuery("select g.id from Gebruiker g where g.gebruikersnaam = :n", Long.class)
                .setParameter("n", naam).getResultList().isEmpty()) {
            throw new DomainException("GEBRUIKERSNAAM_BESTAAT", "gebruikersnaam", "Gebruikersnaam " + naam + " is al in gebruik");
        }
        String volledigeNaam = volledigeNaam(input.volledigeNaam());
        Set<String> rollen = rollen(input.rollen());
        Bindingen b = bindingen(rollen, input);
        WachtwoordRegel.controleer(input.wachtwoord(), naam);
        String reden = reden(input.reden());
        Gebruiker g = new Gebruiker(naam, wachtwoorden.hash(input.wachtwoord().toCharArray()), volledigeNaam, rollen, b.gemeenteId());
        g.wijzig(volledigeNaam, rollen, b.gemeenteId(), b.toezichtOrganisatie(), b.aanbiederId());
        em.persist(g);
        em.flush();
        audit.record(AUDIT_ENTITEIT, g.getId(), "AANGEMAAKT", "gebruikersnaam=" + naam + "; " + beschrijf(g), reden);
        return view(g);
    }

    public GebruikerView wijzig(long id, long verwachteVersie, GebruikerInput input) {
        Gebruiker g = gebruiker(id);
        Versies.controleer(g.getVersion(), verwachteVersie, "Gebruiker " + g.getGebruikersnaam());
        String volledigeNaam = volledigeNaam(input.volledigeNaam());
        Set<String> rollen = rollen(input.rollen());
        Bindingen b = bindingen(rollen, input);
        boolean nieuwWachtwoord = input.wachtwoord() != null && !input.wachtwoord().isEmpty();
        if (nieuwWachtwoord) {
            WachtwoordRegel.controleer(input.wachtwoord(), g.getGebruikersnaam());
        }
        String reden = reden(input.reden());
        if (isZelf(g) && !rollen.contains(Rollen.BEHEERDER)) {
            throw new DomainException("EIGEN_BEHEERROL", "rollen", "U kunt uw eigen rol BEHEERDER niet afnemen");
        }
        String voor = beschrijf(g);
        g.wijzig(volledigeNaam, rollen, b.gemeenteId(), b.toezichtOrganisatie(), b.aanbiederId());
        if (nieuwWachtwoord) {
            g.nieuwWachtwoord(wachtwoorden.hash(input.wachtwoord().toCharArray()));
            geheugen.vergeet(g.getGebruikersnaam());
        }
        // a change of the role set alone must bump the version too, so concurrent edits collide
        em.lock(g, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versies.flush(em::flush, "Gebruiker " + g.getGebruikersnaam(), g::getVersion);
        audit.record(AUDIT_ENTITEIT, id, "GEWIJZIGD", voor + " -> " + beschrijf(g)
                + (nieuwWachtwoord ? "; nieuw beginwachtwoord gezet" : ""), reden);
        return view(g);
    }

    public GebruikerView zetActief(long id, long verwachteVersie, boolean actief, Reden invoer) {
        Gebruiker g = gebruiker(id);
        Versies.controleer(g.getVersion(), verwachteVersie, "Gebruiker " + g.getGebruikersnaam());
        String reden = reden(invoer == null ? null : invoer.reden());
        if (!actief && isZelf(g)) {
            throw new DomainException("EIGEN_ACCOUNT", "id", "U kunt uw eigen account niet deactiveren");
        }
        if (g.isActief() == actief) {
            throw new DomainException(actief ? "AL_ACTIEF" : "AL_INACTIEF", "actief",
                    "Gebruiker " + g.getGebruikersnaam() + " is al " + (actief ? "actief" : "inactief"));
        }
        g.setActief(actief);
        geheugen.vergeet(g.getGebruikersnaam());
        Versies.flush(em::flush, "Gebruiker " + g.getGebruikersnaam(), g::getVersion);
        audit.record(AUDIT_ENTITEIT, id, actief ? "GEACTIVEERD" : "GEDEACTIVEERD", "gebruikersnaam=" + g.getGebruikersnaam(), reden);
        return view(g);
    }

    private Gebruiker gebruiker(long id) {
        Gebruiker g = em.find(Gebruiker.class, id);
        if (g == null) {
            throw new NotFoundException("Gebruiker", id);
        }
        return g;
    }

    private boolean isZelf(Gebruiker g) {
        Principal p = context.getCallerPrincipal();
        return p != null && g.getGebruikersnaam().equalsIgnoreCase(p.getName());
    }

    record Bindingen(Long gemeenteId, String toezichtOrganisatie, Long aanbiederId) {
    }

    private Bindingen bindingen(Set<String> rollen, GebruikerInput input) {
        Long gemeenteId = input.gemeenteId();
        if (rollen.contains(Rollen.GEMEENTE)) {
            if (gemeenteId == null) {
                throw new DomainException("GEMEENTE_VERPLICHT", "gemeenteId", "Een gebruiker met rol GEMEENTE hoort bij één gemeente");
            }
            try {
                gemeenten.get(gemeenteId);
            } catch (NotFoundException e) {
                throw new DomainException("GEMEENTE_ONBEKEND", "gemeenteId", "Gemeente " + gemeenteId + " bestaat niet");
            }
        } else if (gemeenteId != null) {
            throw new DomainException("GEMEENTE_ZONDER_ROL", "gemeenteId", "Alleen een gebruiker met rol GEMEENTE hoort bij een gemeente");
        }
        String organisatie = input.toezichtOrganisatie() == null || input.toezichtOrganisatie().isBlank() ? null
                : input.toezichtOrganisatie().strip().toUpperCase(Locale.ROOT);
        if (rollen.contains(Rollen.TOEZICHTHOUDER)) {
            if (organisatie == null || !TOEZICHT_ORGANISATIES.contains(organisatie)) {
                throw new DomainException("ORGANISATIE_VERPLICHT", "toezichtOrganisatie",
                        "Een toezichthouder werkt voor " + String.join(" of ", TOEZICHT_ORGANISATIES));
            }
        } else if (organisatie != null) {
            throw new DomainException("ORGANISATIE_ZONDER_ROL", "toezichtOrganisatie",
                    "Alleen een toezichthouder hoort bij een toezichtorganisatie");
        }
        Long aanbiederId = input.aanbiederId();
        if (rollen.contains(Rollen.MELDER)) {
            if (aanbiederId == null) {
                throw new DomainException("AANBIEDER_VERPLICHT", "aanbiederId", "Een meldaccount hoort bij één aanbieder");
            }
            try {
                aanbieders.get(aanbiederId);
            } catch (NotFoundException e) {
                throw new DomainException("AANBIEDER_ONBEKEND", "aanbiederId", "Aanbieder " + aanbiederId + " bestaat niet");
            }
        } else if (aanbiederId != null) {
            throw new DomainException("AANBIEDER_ZONDER_ROL", "aanbiederId", "Alleen een meldaccount (MELDER) hoort bij een aanbieder");
        }
        return new Bindingen(gemeenteId, organisatie, aanbiederId);
    }

    private static Set<String> rollen(List<String> invoer) {
        if (invoer == null || invoer.isEmpty()) {
            throw new DomainException("ROL_VERPLICHT", "rollen", "Kies minstens één rol");
        }
        Set<String> rollen = new LinkedHashSet<>();
        for (String rol : invoer) {
            if (rol == null || !Rollen.ALLE.contains(rol)) {
                throw new DomainException("ROL_ONBEKEND", "rollen", "Kies rollen uit " + String.join(", ", Rollen.ALLE));
            }
            rollen.add(rol);
        }
        if (rollen.contains(Rollen.MELDER) && rollen.size() > 1) {
            // a provider's reporting account is outside the organisation: it never holds another role
            throw new DomainException("MELDER_ALLEEN", "rollen", "Een meldaccount (MELDER) heeft geen andere rollen");
        }
        return rollen;
    }

    private static String volledigeNaam(String invoer) {
        if (invoer == null || invoer.isBlank()) {
            throw new DomainException("NAAM_VERPLICHT", "volledigeNaam", "Geef de volledige naam");
        }
        if (invoer.strip().length() > 200) {
            throw new DomainException("NAAM_TE_LANG", "volledigeNaam", "De naam heeft hoogstens 200 tekens");
        }
        return invoer.strip();
    }

    private static String reden(String invoer) {
        if (invoer == null || invoer.strip().length() < 5) {
            throw new DomainException("REDEN_VERPLICHT", "reden", "Geef de reden van de wijziging (minstens 5 tekens)");
        }
        if (invoer.strip().length() > 500) {
            throw new DomainException("REDEN_TE_LANG", "reden", "De reden heeft hoogstens 500 tekens");
        }
        return invoer.strip();
    }

    private static String beschrijf(Gebruiker g) {
        return "naam=" + g.getVolledigeNaam() + "; rollen=" + String.join(",", new TreeSet<>(g.getRollen()))
                + (g.getGemeenteId() == null ? "" : "; gemeenteId=" + g.getGemeenteId())
                + (g.getToezichtOrganisatie() == null ? "" : "; toezichtOrganisatie=" + g.getToezichtOrganisatie())
                + (g.getAanbiederId() == null ? "" : "; aanbiederId=" + g.getAanbiederId());
    }

    static GebruikerView view(Gebruiker g) {
        return new GebruikerView(g.getId(), g.getGebruikersnaam(), g.getVolledigeNaam(), new ArrayList<>(new TreeSet<>(g.getRollen())),
                g.getGemeenteId(), g.getToezichtOrganisatie(), g.getAanbiederId(), g.isActief(), g.getVersion());
    }
}
