package nl.wmoregio.inkoop.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.PageRequest;

/**
 * For the start page: active deelovereenkomsten ending in a period, and suspended contracts whose
 * provider still has clients (reads {@code indicatie} with native SQL like the dashboard, ADR 0007).
 */
@Dependent
public class InkoopAandachtQueries {

    private static final String AFLOPEND = " from deelovereenkomst d join contract c on c.id = d.contract_id "
            + "join aanbieder a on a.id = c.aanbieder_id join product p on p.code = d.product_code "
            + "where d.status = 'ACTIEF' and d.tot between ?1 and ?2";

    private static final String OPGESCHORT = " from contract c join aanbieder a on a.id = c.aanbieder_id "
            + "join indicatie i on i.aanbieder_id = c.aanbieder_id and i.van <= ?1 and (i.tot is null or i.tot >= ?1) "
            + "where c.status = 'OPGESCHORT'";

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    /** contract id, contract nummer, aanbieder id, aanbieder naam, product code, product naam, tot. */
    @SuppressWarnings("unchecked")
    public List<Object[]> aflopend(LocalDate van, LocalDate tot, PageRequest page) {
        return em.createNativeQuery("select c.id, c.nummer, a.id, a.naam, p.code, p.naam, d.tot" + AFLOPEND
                        + " order by d.tot, a.naam, p.code")
                .setParameter(1, van).setParameter(2, tot).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    public long telAflopend(LocalDate van, LocalDate tot) {
        return ((Number) em.createNativeQuery("select count(*)" + AFLOPEND).setParameter(1, van).setParameter(2, tot)
                .getSingleResult()).longValue();
    }

    /** aanbieder id, aanbieder naam, contract nummer, number of clients with a current indicatie. */
    @SuppressWarnings("unchecked")
    public List<Object[]> opgeschortMetClienten(LocalDate peildatum, PageRequest page) {
        return em.createNativeQuery("select a.id, a.naam, c.nummer, count(distinct i.client_id)" + OPGESCHORT
                        + " group by a.id, a.naam, c.nummer order by a.naam")
                .setParameter(1, peildatum).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long telOpgeschortMetClienten(LocalDate peildatum) {
        return ((Number) em.createNativeQuery("select count(distinct c.id)" + OPGESCHORT).setParameter(1, peildatum)
                .getSingleResult()).longValue();
    }
}
