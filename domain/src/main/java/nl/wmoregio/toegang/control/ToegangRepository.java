package nl.wmoregio.toegang.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.toegang.boundary.AanbiederMaand;
import nl.wmoregio.toegang.boundary.ClientFilter;
import nl.wmoregio.toegang.boundary.DeclaratieView;
import nl.wmoregio.toegang.boundary.InzageView;
import nl.wmoregio.toegang.entity.Client;
import nl.wmoregio.toegang.entity.ClientInzage;
import nl.wmoregio.toegang.entity.Doel;
import nl.wmoregio.toegang.entity.Indicatie;

/**
 * Toegang's own tables through JPA; names of gemeenten, products and providers and the contract
 * check as read-only SQL on the other components' tables (reporting reads, ADR 0007).
 */
@Dependent
public class ToegangRepository {

    private static final Map<String, String> CLIENT_SORT = Map.of("id", "c.id", "geboortejaar", "c.geboortejaar",
            "segment", "c.segment", "pseudoniem", "c.pseudoniem", "gemeenteId", "c.gemeenteId");

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    public Client client(long id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw new NotFoundException("Cliënt", id);
        }
        return client;
    }

    public Optional<Client> clientMetPseudoniem(String pseudoniem) {
        return em.createQuery("select c from Client c where c.pseudoniem = :p", Client.class)
                .setParameter("p", pseudoniem).getResultStream().findFirst();
    }

    public List<Client> clienten(ClientFilter filter, PageRequest page) {
        String order = CLIENT_SORT.get(page.sort() == null ? "id" : page.sort());
        if (order == null) {
            throw new DomainException("SORTERING_ONBEKEND", "sort", "Sorteren kan op " + String.join(", ", CLIENT_SORT.keySet()));
        }
        TypedQuery<Client> q = em.createQuery("select c from Client c" + where(filter) + " order by " + order
                + (page.ascending() ? " asc" : " desc") + ", c.id", Client.class);
        params(q, filter);
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long telClienten(ClientFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(c) from Client c" + where(filter), Long.class);
        params(q, filter);
        return q.getSingleResult();
    }

    private static String where(ClientFilter f) {
        StringBuilder s = new StringBuilder(" where 1 = 1");
        if (f.gemeenteId() != null) {
            s.append(" and c.gemeenteId = :gemeente");
        }
        if (f.segment() != null && !f.segment().isBlank()) {
            s.append(" and c.segment = :segment");
        }
        if (f.pseudoniem() != null && !f.pseudoniem().isBlank()) {
            s.append(" and c.pseudoniem like :pseudoniem");
        }
        return s.toString();
    }

    private static void params(TypedQuery<?> q, ClientFilter f) {
        if (f.gemeenteId() != null) {
            q.setParameter("gemeente", f.gemeenteId());
        }
        if (f.segment() != null && !f.segment().isBlank()) {
            q.setParameter("segment", f.segment().strip());
        }
        if (f.pseudoniem() != null && !f.pseudoniem().isBlank()) {
            q.setParameter("pseudoniem", f.pseudoniem().strip().toLowerCase() + "%");
        }
    }

    public Map<Long, Long> aantalIndicaties(Collection<Long> clientIds) {
        Map<Long, Long> result = new HashMap<>();
        if (clientIds.isEmpty()) {
            return result;
        }
        em.createQuery("select i.client.id, count(i) from Indicatie i where i.client.id in :ids group by i.client.id", Object[].class)
                .setParameter("ids", clientIds).getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }

    public Indicatie indicatie(long id) {
        Indicatie indicatie = em.find(Indicatie.class, id);
        if (indicatie == null) {
            throw new NotFoundException("Indicatie", id);
        }
        return indicatie;
    }

    public List<Indicatie> indicaties(long clientId) {
        return em.createQuery("select i from Indicatie i where i.client.id = :c order by i.van desc, i.id desc", Indicatie.class)
                .setParameter("c", clientId).getResultList();
    }

    public List<Doel> doelen(Collection<Long> indicatieIds) {
        if (indicatieIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct d from Doel d left join fetch d.evaluaties where d.indicatieId in :ids order by d.id",
                Doel.class).setParameter("ids", indicatieIds).getResultList();
    }

    public Doel doel(long id) {
        Doel doel = em.find(Doel.class, id);
        if (doel == null) {
            throw new NotFoundException("Doel", id);
        }
        return doel;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public void log(ClientInzage inzage) {
        em.persist(inzage);
    }

    public List<InzageView> inzages(String pseudoniem) {
        return em.createQuery("select z from ClientInzage z where z.pseudoniem = :p order by z.tijdstip desc, z.id desc",
                        ClientInzage.class)
                .setParameter("p", pseudoniem).setMaxResults(10_000).getResultStream()
                .map(z -> new InzageView(z.getTijdstip(), z.getGebruiker(), z.getRol(), z.getActie(), z.getDoel()))
                .toList();
    }

    /** Client records opened or found by a user since midnight UTC (M1 volume alert). */
    public long telInzagesVandaag(String gebruiker) {
        return em.createQuery("select count(z) from ClientInzage z where z.gebruiker = :g and z.tijdstip >= :van "
                        + "and z.actie in ('LEZEN', 'ZOEKEN')", Long.class)
                .setParameter("g", gebruiker).setParameter("van", java.time.LocalDate.now(java.time.ZoneOffset.UTC).atStartOfDay())
                .getSingleResult();
    }

    public long telInzages(String pseudoniem) {
        return em.createQuery("select count(z) from ClientInzage z where z.pseudoniem = :p", Long.class)
                .setParameter("p", pseudoniem).getSingleResult();
    }

    // ---- read-only SQL on other components' tables (ADR 0007) ----

    public Map<Long, String> gemeenteNamen() {
        Map<Long, String> namen = new HashMap<>();
        for (Object row : em.createNativeQuery("select id, naam from gemeente").getResultList()) {
            Object[] r = (Object[]) row;
            namen.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return namen;
    }

    public Map<String, String> productNamen() {
        Map<String, String> namen = new HashMap<>();
        for (Object row : em.createNativeQuery("select code, naam from product").getResultList()) {
            Object[] r = (Object[]) row;
            namen.put((String) r[0], (String) r[1]);
        }
        return namen;
    }

    public Map<Long, String> aanbiederNamen(Collection<Long> ids) {
        Map<Long, String> namen = new HashMap<>();
        if (ids.isEmpty()) {
            return namen;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        for (Object row : em.createNativeQuery("select id, naam from aanbieder where id in (" + in + ")").getResultList()) {
            Object[] r = (Object[]) row;
            namen.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return namen;
    }

    /** The product's eenheid, frequentie and tariff categories (comma separated or null); empty when unknown. */
    public Optional<String[]> product(String code) {
        List<?> rows = em.createNativeQuery("select eenheid, frequentie, categorieen from product where code = ?")
                .setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new String[] {(String) r[0], (String) r[1], (String) r[2]});
    }

    /** Every toewijzing of a client, for the stacking rule (TR302) in {@link ToewijzingRegels}. */
    public List<ToewijzingRegels.Bestaand> toewijzingenVan(long clientId) {
        return em.createQuery("select i from Indicatie i where i.client.id = :c", Indicatie.class).setParameter("c", clientId)
                .getResultList().stream().map(i -> new ToewijzingRegels.Bestaand(i.getId(), i.getProductCode(), i.getVan(),
                        i.getTot())).toList();
    }

    /** True when the provider holds a deelovereenkomst for the product overlapping the period. */
    public boolean gecontracteerd(long aanbiederId, String productCode, LocalDate van, LocalDate tot) {
        Number n = (Number) em.createNativeQuery("select count(*) from contract c join deelovereenkomst d on d.contract_id = c.id "
                        + "where c.aanbieder_id = ? and d.product_code = ? and d.van <= ? and d.tot >= ?")
                .setParameter(1, aanbiederId).setParameter(2, productCode)
                .setParameter(3, java.sql.Date.valueOf(tot == null ? van : tot))
                .setParameter(4, java.sql.Date.valueOf(van)).getSingleResult();
        return n.longValue() > 0;
    }

    public List<DeclaratieView> declaraties(long clientId) {
        List<?> rows = em.createNativeQuery("select r.indicatie_id, r.jaar, r.maand, r.product_code, a.naam, sum(r.volume), "
                        + "r.eenheid, max(r.tarief_cent), sum(r.bedrag_cent) from declaratie_regel r "
                        + "join indicatie i on i.id = r.indicatie_id join aanbieder a on a.id = r.aanbieder_id "
                        + "where i.client_id = ? group by r.indicatie_id, r.jaar, r.maand, r.product_code, a.naam, r.eenheid "
                        + "order by r.jaar desc, r.maand desc, r.indicatie_id limit 600")
                .setParameter(1, clientId).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new DeclaratieView(((Number) r[0]).longValue(),
                ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                ((Number) r[5]).longValue(), (String) r[6], ((Number) r[7]).longValue(), ((Number) r[8]).longValue())).toList();
    }

    /** Declarations per provider per month of a year; optionally one gemeente and/or one provider. */
    public List<AanbiederMaand> aanbiederMaanden(int jaar, Long gemeenteId, Long aanbiederId, PageRequest page) {
        List<?> rows = em.createNativeQuery("select r.aanbieder_id, a.naam, r.jaar, r.maand, count(distinct i.client_id), count(*), "
                        + "sum(r.bedrag_cent) from declaratie_regel r join indicatie i on i.id = r.indicatie_id "
                        + "join aanbieder a on a.id = r.aanbieder_id where r.jaar = ?"
                        + (gemeenteId == null ? "" : " and r.gemeente_id = " + gemeenteId)
                        + (aanbiederId == null ? "" : " and r.aanbieder_id = " + aanbiederId)
                        + " group by r.aanbieder_id, a.naam, r.jaar, r.maand order by r.maand, sum(r.bedrag_cent) desc, r.aanbieder_id"
                        + " limit " + page.size() + " offset " + page.offset())
                .setParameter(1, jaar).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new AanbiederMaand(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue())).toList();
    }

    public long telAanbiederMaanden(int jaar, Long gemeenteId, Long aanbiederId) {
        Number n = (Number) em.createNativeQuery("select count(*) from (select 1 from declaratie_regel r where r.jaar = ?"
                        + (gemeenteId == null ? "" : " and r.gemeente_id = " + gemeenteId)
                        + (aanbiederId == null ? "" : " and r.aanbieder_id = " + aanbiederId)
                        + " group by r.aanbieder_id, r.maand) g")
                .setParameter(1, jaar).getSingleResult();
        return n.longValue();
    }

    /** Open indicaties at a provider for a product that still run on or after the date; optionally one gemeente. */
    public List<Indicatie> openIndicatiesBij(long aanbiederId, String productCode, LocalDate vanaf, Long gemeenteId) {
        TypedQuery<Indicatie> q = em.createQuery("select i from Indicatie i join fetch i.client where i.aanbiederId = :a "
                        + "and i.productCode = :p and i.redenEinde is null and (i.tot is null or i.tot >= :d)"
                        + (gemeenteId == null ? "" : " and i.gemeenteId = :g") + " order by i.van, i.id", Indicatie.class)
                .setParameter("a", aanbiederId).setParameter("p", productCode).setParameter("d", vanaf);
        if (gemeenteId != null) {
            q.setParameter("g", gemeenteId);
        }
        return q.setMaxResults(1000).getResultList();
    }

    /** Indicaties of the gemeente still running on or after the day (not ended for a reason): the work a merger moves. */
    public List<Indicatie> openIndicatiesVanGemeente(long gemeenteId, LocalDate vanaf) {
        return em.createQuery("select i from Indicatie i join fetch i.client where i.gemeenteId = :g and i.redenEinde is null "
                        + "and (i.tot is null or i.tot >= :d) order by i.van, i.id", Indicatie.class)
                .setParameter("g", gemeenteId).setParameter("d", vanaf).getResultList();
    }

    /** The clients living in the gemeente (by their current gemeente of residence). */
    public List<Client> clientenVanGemeente(long gemeenteId) {
        return em.createQuery("select c from Client c where c.gemeenteId = :g order by c.id", Client.class)
                .setParameter("g", gemeenteId).getResultList();
    }

    /** Per provider the gemeenten on its indicaties overlapping the period (both ends inclusive). */
    public Map<Long, java.util.Set<Long>> gemeentenPerAanbieder(Collection<Long> aanbiederIds, LocalDate van, LocalDate tot) {
        Map<Long, java.util.Set<Long>> result = new HashMap<>();
        if (aanbiederIds.isEmpty()) {
            return result;
        }
        em.createQuery("select distinct i.aanbiederId, i.gemeenteId from Indicatie i where i.aanbiederId in :a and i.van <= :tot "
                        + "and (i.tot is null or i.tot >= :van)", Object[].class)
                .setParameter("a", List.copyOf(new java.util.HashSet<>(aanbiederIds))).setParameter("van", van).setParameter("tot", tot)
                .getResultList()
                .forEach(r -> result.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.TreeSet<>()).add(((Number) r[1]).longValue()));
        return result;
    }
}
