package nl.wmoregio.iwmo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoregio.iwmo.entity.IwmoBericht;
import nl.wmoregio.shared.PageRequest;

/**
 * Storage of received messages and accepted declaration lines. Reads of the inkoop and regio
 * tables (aanbieder by AGB, gemeente by CBS code, contract tariff) are read-only SQL (ADR 0007,
 * ADR 0009); writes stay in this component's tables.
 */
@Dependent
public class IwmoRepository {

    static final Map<String, String> SORTEERBAAR = Map.of("ontvangenOp", "b.ontvangen_op", "id", "b.id",
            "berichttype", "b.berichtcode", "afzender", "b.afzender", "afgekeurd", "b.afgekeurd", "regels", "b.regels");

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    public Optional<IwmoBericht> metHash(String hash) {
        return em.createQuery("select b from IwmoBericht b where b.inhoudHash = :h", IwmoBericht.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    public Optional<IwmoBericht> bericht(long id) {
        return Optional.ofNullable(em.find(IwmoBericht.class, id));
    }

    public void bewaar(IwmoBericht bericht) {
        em.persist(bericht);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<Long> aanbiederMetAgb(String agb) {
        return eerste(em.createNativeQuery("select id from aanbieder where agb_code = ?1").setParameter(1, agb).getResultList());
    }

    /** By the 4-digit code iWmo uses (0828) or the stored one (GM0828). */
    public Optional<Long> gemeenteMetCode(String code) {
        String cbs = code.startsWith("GM") ? code : "GM" + code;
        return eerste(em.createNativeQuery("select id from gemeente where cbs_code = ?1").setParameter(1, cbs).getResultList());
    }

    /** The region's contract tariff (eurocents) of a product and tariff category in a year. */
    public Optional<Long> contracttarief(String productCode, String categorie, int jaar) {
        return eerste(em.createNativeQuery("select bedrag_cent from tarief where product_code = ?1 and categorie = ?2 and jaar = ?3")
                .setParameter(1, productCode).setParameter(2, categorie == null ? "" : categorie).setParameter(3, jaar)
                .getResultList());
    }

    /** Accepted so far on a toewijzing: volume in the month, volume in total, amount in total. */
    public Declaratiecontrole.Eerder eerder(long toewijzing, int jaar, int maand) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(case when jaar = ?2 and maand = ?3 then volume else 0 end), 0), "
                        + "coalesce(sum(volume), 0), coalesce(sum(bedrag_cent), 0) from declaratie_regel where indicatie_id = ?1")
                .setParameter(1, toewijzing).setParameter(2, jaar).setParameter(3, maand).getSingleResult();
        return new Declaratiecontrole.Eerder(num(r[0]), num(r[1]), num(r[2]));
    }

    public boolean referentieBestaat(long aanbiederId, String referentie) {
        return !em.createNativeQuery("select 1 from declaratie_regel where aanbieder_id = ?1 and referentie = ?2")
                .setParameter(1, aanbiederId).setParameter(2, referentie).setMaxResults(1).getResultList().isEmpty();
    }

    public void voegRegelToe(long berichtId, long toewijzing, long aanbiederId, long gemeenteId, int jaar, int maand,
                             String productCode, long volume, String eenheid, long tariefCent, long bedragCent, String referentie) {
        em.createNativeQuery("insert into declaratie_regel (bericht_id, indicatie_id, aanbieder_id, gemeente_id, jaar, maand, "
                        + "product_code, volume, eenheid, tarief_cent, bedrag_cent, referentie) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, berichtId).setParameter(2, toewijzing).setParameter(3, aanbiederId).setParameter(4, gemeenteId)
                .setParameter(5, jaar).setParameter(6, maand).setParameter(7, productCode).setParameter(8, volume)
                .setParameter(9, eenheid).setParameter(10, tariefCent).setParameter(11, bedragCent).setParameter(12, referentie)
                .executeUpdate();
    }

    /** One page of received messages, newest first by default; gemeenteId limits to one gemeente (GEMEENTE users). */
    public List<Object[]> berichten(Long gemeenteId, PageRequest page) {
        String kolom = page.sort() == null ? null : SORTEERBAAR.get(page.sort());
        if (page.sort() != null && kolom == null) {
            throw new nl.wmoregio.shared.DomainException("SORTERING_ONBEKEND", "sort",
                    "Sorteren kan op " + String.join(", ", SORTEERBAAR.keySet().stream().sorted().toList()));
        }
        String order = kolom == null ? "b.ontvangen_op desc, b.id desc" : kolom + (page.ascending() ? " asc" : " desc") + ", b.id desc";
        jakarta.persistence.Query query = em.createNativeQuery("select b.id, b.berichtcode, b.identificatie, b.afzender, a.naam, g.naam, "
                        + "b.ontvangen_op, b.ontvangen_door, b.regels, b.goedgekeurd, b.afgekeurd from iwmo_bericht b "
                        + "left join aanbieder a on a.id = b.aanbieder_id left join gemeente g on g.id = b.gemeente_id "
                        + (gemeenteId == null ? "" : "where b.gemeente_id = ?1 ") + "order by " + order)
                .setFirstResult(page.offset()).setMaxResults(page.size());
        if (gemeenteId != null) {
            query.setParameter(1, gemeenteId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    public long aantalBerichten(Long gemeenteId) {
        jakarta.persistence.Query query = em.createNativeQuery("select count(*) from iwmo_bericht b"
                + (gemeenteId == null ? "" : " where b.gemeente_id = ?1"));
        if (gemeenteId != null) {
            query.setParameter(1, gemeenteId);
        }
        return num(query.getSingleResult());
    }

    private static Optional<Long> eerste(List<?> rows) {
        return rows.stream().findFirst().map(IwmoRepository::num);
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }
}
