package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.control.InkoopRules;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Contractgesprek;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;

/** Contract management conversations per provider, with agreements and follow-up actions. */
@Stateless
@PermitAll
public class GesprekService {

    @Inject
    InkoopRepository repository;

    @Inject
    AuditService audit;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Resource
    SessionContext sessionContext;

    public List<GesprekView> vanAanbieder(long aanbiederId) {
        repository.get(Aanbieder.class, aanbiederId, "Aanbieder");
        return em.createQuery("select g from Contractgesprek g where g.aanbieder.id = :a order by g.datum desc, g.id desc",
                        Contractgesprek.class)
                .setParameter("a", aanbiederId).getResultStream().map(GesprekService::view).toList();
    }

    /** Open follow-up actions of all providers, the earliest first: the contract managers' worklist. */
    public List<GesprekView> openActies(int max) {
        return em.createQuery("select g from Contractgesprek g where g.actieAfgerond = false and g.vervolgactie is not null "
                        + "order by g.vervolgdatum asc, g.id asc", Contractgesprek.class)
                .setMaxResults(max).getResultStream().map(GesprekService::view).toList();
    }

    @RolesAllowed({Rollen.CONTRACTMANAGER, Rollen.INKOOP})
    public GesprekView leg(long aanbiederId, GesprekInput input) {
        Aanbieder aanbieder = repository.get(Aanbieder.class, aanbiederId, "Aanbieder");
        if (input.datum() == null) {
            throw new DomainException("VERPLICHT", "datum", "De datum van het gesprek is verplicht");
        }
        if (input.datum().isAfter(Tijd.vandaag())) {
            throw new DomainException("DATUM_IN_TOEKOMST", "datum", "Leg een gesprek vast dat heeft plaatsgevonden (datum niet in de toekomst)");
        }
        String vervolgactie = leeg(input.vervolgactie()) ? null : InkoopRules.tekst(input.vervolgactie(), "vervolgactie", "Vervolgactie", 500);
        if (vervolgactie != null && input.vervolgdatum() == null) {
            throw new DomainException("VERPLICHT", "vervolgdatum", "Geef aan wanneer de vervolgactie klaar moet zijn");
        }
        if (input.vervolgdatum() != null && input.vervolgdatum().isBefore(input.datum())) {
            throw new DomainException("EINDE_VOOR_BEGIN", "vervolgdatum", "De vervolgdatum ligt vóór de datum van het gesprek");
        }
        Contractgesprek gesprek = new Contractgesprek(aanbieder, input.datum(),
                InkoopRules.tekst(input.onderwerp(), "onderwerp", "Onderwerp", 200),
                leeg(input.verslag()) ? null : InkoopRules.tekst(input.verslag(), "verslag", "Verslag", 4000),
                leeg(input.afspraken()) ? null : InkoopRules.tekst(input.afspraken(), "afspraken", "Afspraken", 2000),
                vervolgactie, input.vervolgdatum(), sessionContext.getCallerPrincipal().getName());
        repository.persist(gesprek);
        repository.flush();
        audit.record("Aanbieder", aanbiederId, "GESPREK_VASTGELEGD", gesprek.getOnderwerp() + " op " + gesprek.getDatum(), null);
        return view(gesprek);
    }

    @RolesAllowed({Rollen.CONTRACTMANAGER, Rollen.INKOOP})
    public GesprekView rondActieAf(long aanbiederId, long gesprekId, long expectedVersion) {
        Contractgesprek gesprek = repository.get(Contractgesprek.class, gesprekId, "Gesprek");
        if (gesprek.getAanbieder().getId() != aanbiederId) {
            throw new NotFoundException("Gesprek", gesprekId);
        }
        Versies.controleer(gesprek.getVersion(), expectedVersion, "Gesprek");
        gesprek.rondActieAf();
        Versies.flush(repository::flush, "Gesprek", gesprek::getVersion);
        audit.record("Aanbieder", aanbiederId, "ACTIE_AFGEROND", gesprek.getVervolgactie(), null);
        return view(gesprek);
    }

    private static boolean leeg(String text) {
        return text == null || text.isBlank();
    }

    static GesprekView view(Contractgesprek g) {
        boolean achterstallig = !g.isActieAfgerond() && g.getVervolgactie() != null && g.getVervolgdatum() != null
                && g.getVervolgdatum().isBefore(Tijd.vandaag());
        return new GesprekView(g.getId(), g.getAanbieder().getId(), g.getAanbieder().getNaam(), g.getDatum(), g.getOnderwerp(),
                g.getVerslag(), g.getAfspraken(), g.getVervolgactie(), g.getVervolgdatum(), g.isActieAfgerond(), achterstallig,
                g.getVastgelegdDoor(), g.getVersion());
    }
}
