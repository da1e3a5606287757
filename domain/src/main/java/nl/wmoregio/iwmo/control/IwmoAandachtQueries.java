package nl.wmoregio.iwmo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.shared.PageRequest;

/** Counts and lists for the start page ("Wat vraagt mijn aandacht"): messages with refused lines. */
@Dependent
public class IwmoAandachtQueries {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    /** Messages received since {@code sinds} with at least one refused line, newest first; gemeenteId null = all. */
    public List<Object[]> berichtenMetAfkeuring(Long gemeenteId, LocalDateTime sinds, PageRequest page) {
        Query query = em.createNativeQuery("select b.id, b.berichtcode, b.identificatie, b.afzender, a.naam, g.naam, "
                        + "b.ontvangen_op, b.ontvangen_door, b.regels, b.goedgekeurd, b.afgekeurd from iwmo_bericht b "
                        + "left join aanbieder a on a.id = b.aanbieder_id left join gemeente g on g.id = b.gemeente_id "
                        + "where b.afgekeurd > 0 and b.ontvangen_op >= ?1" + (gemeenteId == null ? "" : " and b.gemeente_id = ?2")
                        + " order by b.ontvangen_op desc, b.id desc")
                .setParameter(1, sinds).setFirstResult(page.offset()).setMaxResults(page.size());
        if (gemeenteId != null) {
            query.setParameter(2, gemeenteId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** {count of messages, sum of refused lines} since {@code sinds}. */
    public long[] tel(Long gemeenteId, LocalDateTime sinds) {
        Query query = em.createNativeQuery("select count(*), coalesce(sum(b.afgekeurd), 0) from iwmo_bericht b "
                + "where b.afgekeurd > 0 and b.ontvangen_op >= ?1" + (gemeenteId == null ? "" : " and b.gemeente_id = ?2"))
                .setParameter(1, sinds);
        if (gemeenteId != null) {
            query.setParameter(2, gemeenteId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
