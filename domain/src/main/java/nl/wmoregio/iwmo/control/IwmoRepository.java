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

    public Optional<Long> aanbiederMetId(long id) {
        return eerste(em.createNativeQuery("select id from aanbieder where id = ?1").setParameter(1, id).getResultList());
    }

    public Optional<String> gemeenteCode(long id) {
        return em.createNativeQuery("select cbs_code from gemeente where id = ?1").setParameter(1, id).getResultList().stream()
                .findFirst().map(Object::toString);
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

    /** Whether the provider already has an accepted line with this reference, debet ("D") or credit ("C"). */
    public boolean referentieBestaat(long aanbiederId, String referentie, String debetCredit) {
        return !em.createNativeQuery("select 1 from declaratie_regel where aanbieder_id = ?1 and referentie = ?2 and debet_credit = ?3")
                .setParameter(1, aanbiederId).setParameter(2, referentie).setParameter(3, debetCredit).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** An accepted debet line, for a credit that cancels it. */
    public record Debet(long id, long toewijzing, int jaar, int maand, long volume, long bedrag, boolean gecrediteerd) {
    }

    public Optional<Debet> debet(long aanbiederId, String referentie) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, d.indicatie_id, d.jaar, d.maand, d.volume, d.bedrag_cent, "
                        + "(select count(*) from declaratie_regel c where c.credit_van = d.id) from declaratie_regel d "
                        + "where d.aanbieder_id = ?1 and d.referentie = ?2 and d.debet_credit = 'D'")
                .setParameter(1, aanbiederId).setParameter(2, referentie).getResultList();
        return rows.stream().findFirst().map(r -> new Debet(num(r[0]), num(r[1]), (int) num(r[2]), (int) num(r[3]), num(r[4]),
                num(r[5]), num(r[6]) > 0));
    }

    public void voegRegelToe(long berichtId, long toewijzing, long aanbiederId, long gemeenteId, int jaar, int maand,
                             String productCode, long volume, String eenheid, long tariefCent, long bedragCent, String referentie,
                             String debetCredit, Long creditVan) {
        em.createNativeQuery("insert into declaratie_regel (bericht_id, indicatie_id, aanbieder_id, gemeente_id, jaar, maand, "
                        + "product_code, volume, eenheid, tarief_cent, bedrag_cent, referentie, debet_credit, credit_van) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                .setParameter(1, berichtId).setParameter(2, toewijzing).setParameter(3, aanbiederId).setParameter(4, gemeenteId)
                .setParameter(5, jaar).setParameter(6, maand).setParameter(7, productCode).setParameter(8, volume)
                .setParameter(9, eenheid).setParameter(10, tariefCent).setParameter(11, bedragCent).setParameter(12, referentie)
                .setParameter(13, debetCredit).setParameter(14, creditVan)
                .executeUpdate();
    }

    /** TR056: an earlier message of this type with this Identificatie from this sender. */
    public boolean identificatieBestaat(String afzender, String berichtcode, String identificatie) {
        return !em.createNativeQuery("select 1 from iwmo_bericht where afzender = ?1 and berichtcode = ?2 and identificatie = ?3")
                .setParameter(1, afzender).setParameter(2, berichtcode).setParameter(3, identificatie).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** TR333: an earlier (not wholly refused) declaration of this provider with this DeclaratieNummer. */
    public boolean declaratienummerBestaat(long aanbiederId, String nummer) {
        return !em.createNativeQuery("select 1 from iwmo_bericht where aanbieder_id = ?1 and declaratienummer = ?2")
                .setParameter(1, aanbiederId).setParameter(2, nummer).setMaxResults(1).getResultList().isEmpty();
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

    // ---------------------------------------------------------------- WMO301 outbox

    /** The kenmerk of the newest outbox item of this client at this provider, or empty. */
    public Optional<String> laatsteKenmerk(long aanbiederId, long gemeenteId, long clientId) {
        return em.createNativeQuery("select kenmerk from iwmo_uitbak where aanbieder_id = ?1 and gemeente_id = ?2 and client_id = ?3 "
                        + "order by id desc").setParameter(1, aanbiederId).setParameter(2, gemeenteId).setParameter(3, clientId)
                .setMaxResults(1).getResultList().stream().findFirst().map(Object::toString);
    }

    public void inUitbak(long aanbiederId, long gemeenteId, long clientId, String identificatie, String kenmerk, String xml) {
        em.createNativeQuery("insert into iwmo_uitbak (berichtcode, aanbieder_id, gemeente_id, client_id, identificatie, kenmerk, inhoud, "
                        + "status, aangemaakt_op) values ('414', ?1, ?2, ?3, ?4, ?5, ?6, 'AANGEMAAKT', utc_timestamp(3))")
                .setParameter(1, aanbiederId).setParameter(2, gemeenteId).setParameter(3, clientId).setParameter(4, identificatie)
                .setParameter(5, kenmerk).setParameter(6, xml).executeUpdate();
    }

    /** id, identificatie, status, aangemaakt_op, opgehaald_op, retour_op, retour_codes, gemeente_id, client_id; newest first. */
    public List<Object[]> uitbak(long aanbiederId, long gemeenteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, identificatie, status, aangemaakt_op, opgehaald_op, retour_op, retour_codes, "
                        + "gemeente_id, client_id from iwmo_uitbak where aanbieder_id = ?1 and gemeente_id = ?2 order by id desc")
                .setParameter(1, aanbiederId).setParameter(2, gemeenteId).getResultList();
        return rows;
    }

    /** id, identificatie, inhoud, gemeente_id, client_id, aanbieder_id of one item. */
    public Optional<Object[]> uitbakItem(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, identificatie, inhoud, gemeente_id, client_id, aanbieder_id from iwmo_uitbak "
                + "where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst();
    }

    public void opgehaald(long id, String door) {
        em.createNativeQuery("update iwmo_uitbak set status = case when status = 'AANGEMAAKT' then 'OPGEHAALD' else status end, "
                + "opgehaald_op = coalesce(opgehaald_op, utc_timestamp(3)), opgehaald_door = coalesce(opgehaald_door, ?2) where id = ?1")
                .setParameter(1, id).setParameter(2, door).executeUpdate();
    }

    /** WMO302 received on our WMO301 with this identificatie: true when the item exists. */
    public boolean retourOntvangen(long aanbiederId, String identificatie, String codes) {
        return em.createNativeQuery("update iwmo_uitbak set status = 'RETOUR_ONTVANGEN', retour_op = utc_timestamp(3), retour_codes = ?3 "
                        + "where aanbieder_id = ?1 and identificatie = ?2").setParameter(1, aanbiederId).setParameter(2, identificatie)
                .setParameter(3, codes.length() > 500 ? codes.substring(0, 500) : codes).executeUpdate() > 0;
    }

    public Optional<Long> uitbakId(long aanbiederId, String identificatie) {
        return eerste(em.createNativeQuery("select id from iwmo_uitbak where aanbieder_id = ?1 and identificatie = ?2")
                .setParameter(1, aanbiederId).setParameter(2, identificatie).getResultList());
    }

    /**
     * The provider's messages not fetched yet (AANGEMAAKT), oldest first, at most {@code max}:
     * id, identificatie, inhoud, aangemaakt_op, gemeente cbs_code, aanbieder agb_code, berichtcode.
     */
    public List<Object[]> wachtend(long aanbiederId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.id, u.identificatie, u.inhoud, u.aangemaakt_op, g.cbs_code, a.agb_code, "
                        + "u.berichtcode from iwmo_uitbak u join gemeente g on g.id = u.gemeente_id join aanbieder a on a.id = u.aanbieder_id "
                        + "where u.aanbieder_id = ?1 and u.status = 'AANGEMAAKT' order by u.id")
                .setParameter(1, aanbiederId).setMaxResults(max).getResultList();
        return rows;
    }

    public Optional<Long> clientVanUitbak(long aanbiederId, String identificatie) {
        return eerste(em.createNativeQuery("select client_id from iwmo_uitbak where aanbieder_id = ?1 and identificatie = ?2")
                .setParameter(1, aanbiederId).setParameter(2, identificatie).getResultList());
    }

    private static Optional<Long> eerste(List<?> rows) {
        return rows.stream().findFirst().map(IwmoRepository::num);
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }
}
