package nl.wmoregio.toegang.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.control.ToewijzingRegels;

/**
 * For the start page (issue 13, rule 7 "enforced and monitored"): running indicaties of the
 * time-boxed products (begeleiding plus, IB4 MO) whose box ends within {@value #DAGEN} days and
 * that have no follow-up yet, so the gemeente decides on time what comes after. A GEMEENTE user
 * sees only indicaties of the own gemeente.
 */
@Stateless
@RolesAllowed({Rollen.GEMEENTE, Rollen.BEHEERDER})
public class ToegangAandacht {

    public static final int DAGEN = 30;
    static final List<String> TIJDGEBONDEN = List.of(ToewijzingRegels.BEGELEIDING_PLUS, ToewijzingRegels.IB4_MO);

    /** One time-boxed indicatie near its end; the client by id only (the page it links to checks access). */
    public record Tijdgebonden(long indicatieId, long clientId, long gemeenteId, String productCode, long aanbiederId,
                               LocalDate van, LocalDate tot) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Bereik bereik;

    public Page<Tijdgebonden> tijdgebondenAflopend(PageRequest page) {
        LocalDate vandaag = Tijd.vandaag();
        Long gemeente = bereik.beperktTot();
        String waar = " from Indicatie i where i.productCode in :producten and i.tot between :vandaag and :grens"
                + " and i.stopZorg is null and not exists (select n.id from Indicatie n where n.vorigeId = i.id)"
                + (gemeente == null ? "" : " and i.gemeenteId = :gemeente");
        TypedQuery<Long> telling = em.createQuery("select count(i)" + waar, Long.class);
        TypedQuery<Object[]> lijst = em.createQuery("select i.id, i.client.id, i.gemeenteId, i.productCode, i.aanbiederId, i.van, i.tot"
                + waar + " order by i.tot, i.id", Object[].class);
        for (TypedQuery<?> q : List.of(telling, lijst)) {
            q.setParameter("producten", TIJDGEBONDEN).setParameter("vandaag", vandaag).setParameter("grens", vandaag.plusDays(DAGEN));
            if (gemeente != null) {
                q.setParameter("gemeente", gemeente);
            }
        }
        List<Tijdgebonden> items = lijst.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> new Tijdgebonden((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (Long) r[4], (LocalDate) r[5],
                        (LocalDate) r[6]))
                .toList();
        return new Page<>(items, page.page(), page.size(), telling.getSingleResult());
    }
}
