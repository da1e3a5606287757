package nl.wmoregio.inkoop.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.inkoop.entity.Tarief;
import nl.wmoregio.inkoop.entity.Toetreding;
import nl.wmoregio.inkoop.entity.Toetredingsmoment;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.PageRequest;

/** Queries of the inkoop component. Sort keys are whitelisted per list. */
@Dependent
public class InkoopRepository {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    public <T> T get(Class<T> type, Object id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }

    /** Like get, but a missing reference in the input is a 400 on that field, not a 404. */
    public <T> T reference(Class<T> type, Object id, String field, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new DomainException("ONBEKEND", field, what + " " + id + " bestaat niet");
        }
        return found;
    }

    public <T> T find(Class<T> type, Object id) {
        return id == null ? null : em.find(type, id);
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Bumps the version on commit, so a change to a child (e.g. a deelovereenkomst) also outdates the parent's ETag. */
    public void lockForUpdate(Object entity) {
        em.lock(entity, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Aanbieder> aanbiederMetKvk(String kvk) {
        return em.createQuery("select a from Aanbieder a where a.kvkNummer = :kvk", Aanbieder.class)
                .setParameter("kvk", kvk).getResultStream().findFirst();
    }

    public Optional<Aanbieder> aanbiederMetAgb(String agb) {
        return em.createQuery("select a from Aanbieder a where a.agbCode = :agb", Aanbieder.class)
                .setParameter("agb", agb).getResultStream().findFirst();
    }

    public Optional<Contract> contractVan(Aanbieder aanbieder) {
        return em.createQuery("select c from Contract c where c.aanbieder = :a", Contract.class)
                .setParameter("a", aanbieder).getResultStream().findFirst();
    }

    public Map<Long, Contract> contractenVan(List<Long> aanbiederIds) {
        Map<Long, Contract> result = new LinkedHashMap<>();
        if (aanbiederIds.isEmpty()) {
            return result;
        }
        em.createQuery("select c from Contract c where c.aanbieder.id in :ids", Contract.class)
                .setParameter("ids", aanbiederIds).getResultList()
                .forEach(c -> result.put(c.getAanbieder().getId(), c));
        return result;
    }

    /** Providers holding an active deelovereenkomst under the procedure (for the restricted-tender maximum). */
    public long aantalGecontracteerd(Inkoopprocedure procedure) {
        return em.createQuery("select count(distinct d.contract.aanbieder) from Deelovereenkomst d "
                        + "where d.procedure = :p and d.status <> :beeindigd", Long.class)
                .setParameter("p", procedure)
                .setParameter("beeindigd", Contract.Status.BEEINDIGD)
                .getSingleResult();
    }

    public boolean heeftDeelovereenkomst(Aanbieder aanbieder, Inkoopprocedure procedure) {
        return !em.createQuery("select d.id from Deelovereenkomst d where d.procedure = :p and d.contract.aanbieder = :a "
                        + "and d.status <> :beeindigd", Long.class)
                .setParameter("p", procedure).setParameter("a", aanbieder)
                .setParameter("beeindigd", Contract.Status.BEEINDIGD)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<Product> producten() {
        return em.createQuery("select p from Product p order by p.productgroepCode, p.code", Product.class).getResultList();
    }

    public List<Inkoopprocedure> procedures() {
        return em.createQuery("select p from Inkoopprocedure p order by p.contractVan, p.productgroepCode", Inkoopprocedure.class)
                .getResultList();
    }

    /** True when some procedure for the product group has a contract period touching the year. */
    public boolean contractperiodeIn(String productgroep, int jaar) {
        return !em.createQuery("select p.id from Inkoopprocedure p where p.productgroepCode = :g "
                        + "and p.contractVan <= :eind and p.contractTot >= :begin", Long.class)
                .setParameter("g", productgroep)
                .setParameter("begin", java.time.LocalDate.of(jaar, 1, 1))
                .setParameter("eind", java.time.LocalDate.of(jaar, 12, 31))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The periods in which the product's tariffs can be set (issue 13 rule 6, {@link TariefRegels#inVenster}):
     * its group's procedure contract periods and its deelovereenkomsten (extended ones to their new end).
     */
    public List<nl.wmoregio.shared.Periode> tariefVenster(String productCode, String productgroep) {
        List<nl.wmoregio.shared.Periode> perioden = new java.util.ArrayList<>();
        em.createQuery("select p.contractVan, p.contractTot from Inkoopprocedure p where p.productgroepCode = :g", Object[].class)
                .setParameter("g", productgroep).getResultList()
                .forEach(r -> perioden.add(new nl.wmoregio.shared.Periode((java.time.LocalDate) r[0], (java.time.LocalDate) r[1])));
        em.createQuery("select d.van, d.tot from Deelovereenkomst d where d.product.code = :p", Object[].class)
                .setParameter("p", productCode).getResultList()
                .forEach(r -> perioden.add(new nl.wmoregio.shared.Periode((java.time.LocalDate) r[0], (java.time.LocalDate) r[1])));
        return perioden;
    }

    /** Every tariff of a year, optionally of one product (for indexing into the next year). */
    public List<Tarief> tarievenIn(int jaar, String productCode) {
        jakarta.persistence.TypedQuery<Tarief> q = em.createQuery("select t from Tarief t where t.jaar = :j"
                + (productCode == null ? "" : " and t.product.code = :p") + " order by t.product.code, t.categorie", Tarief.class)
                .setParameter("j", jaar);
        if (productCode != null) {
            q.setParameter("p", productCode);
        }
        return q.getResultList();
    }

    /** The latest tariff of a product and category up to a year (to carry it into an extension year). */
    public Optional<Tarief> laatsteTarief(String productCode, String categorie, int totJaar) {
        return em.createQuery("select t from Tarief t where t.product.code = :p and t.categorie = :c and t.jaar <= :j "
                        + "order by t.jaar desc", Tarief.class)
                .setParameter("p", productCode).setParameter("c", categorie).setParameter("j", totJaar)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<Tarief> tarief(String productCode, String categorie, int jaar) {
        return em.createQuery("select t from Tarief t where t.product.code = :p and t.categorie = :c and t.jaar = :j", Tarief.class)
                .setParameter("p", productCode).setParameter("c", categorie).setParameter("j", jaar)
                .getResultStream().findFirst();
    }

    /** Per procedure id: providers holding a running deelovereenkomst under it, in one grouped query. */
    public Map<Long, Long> aantalGecontracteerdPerProcedure() {
        Map<Long, Long> result = new LinkedHashMap<>();
        em.createQuery("select d.procedure.id, count(distinct d.contract.aanbieder) from Deelovereenkomst d "
                        + "where d.status <> :beeindigd group by d.procedure.id", Object[].class)
                .setParameter("beeindigd", Contract.Status.BEEINDIGD)
                .getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }

    public boolean openToetreding(Aanbieder aanbieder, Toetredingsmoment moment) {
        return !em.createQuery("select t.id from Toetreding t where t.aanbieder = :a and t.moment = :m and t.status = :s", Long.class)
                .setParameter("a", aanbieder).setParameter("m", moment).setParameter("s", Toetreding.Status.INGEDIEND)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The deelovereenkomsten (with their status history) of a provider for a product. */
    public List<nl.wmoregio.inkoop.entity.Deelovereenkomst> delenVan(long aanbiederId, String productCode) {
        return em.createQuery("select distinct d from Deelovereenkomst d left join fetch d.historie "
                        + "where d.contract.aanbieder.id = :a and d.product.code = :p", nl.wmoregio.inkoop.entity.Deelovereenkomst.class)
                .setParameter("a", aanbiederId).setParameter("p", productCode).getResultList();
    }

    /** Deelovereenkomsten whose latest status is OPGESCHORT or BEEINDIGD, with provider and history. */
    public List<nl.wmoregio.inkoop.entity.Deelovereenkomst> nietActief() {
        return em.createQuery("select distinct d from Deelovereenkomst d left join fetch d.historie where d.status <> :actief", nl.wmoregio.inkoop.entity.Deelovereenkomst.class)
                .setParameter("actief", Contract.Status.ACTIEF).getResultList();
    }

    public List<Object[]> actieveAanbieders(String productCode) {
        return em.createQuery("select distinct a.id, a.naam from Deelovereenkomst d join d.contract c join c.aanbieder a "
                        + "where d.product.code = :p and d.status = :actief order by a.naam", Object[].class)
                .setParameter("p", productCode).setParameter("actief", Contract.Status.ACTIEF).setMaxResults(300).getResultList();
    }

    public List<nl.wmoregio.inkoop.entity.InkoopTaak> taken(boolean ookAfgerond) {
        return em.createQuery("select t from InkoopTaak t" + (ookAfgerond ? "" : " where t.status = 'OPEN'")
                + " order by t.deadline, t.id", nl.wmoregio.inkoop.entity.InkoopTaak.class).setMaxResults(500).getResultList();
    }

    public Map<Long, String> aanbiederNamen(List<Long> ids) {
        Map<Long, String> result = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.naam from Aanbieder a where a.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> result.put((Long) r[0], (String) r[1]));
        }
        return result;
    }

    /**
     * A page of a JPQL list: {@code from} starts at "from ...", without select and order by.
     * {@code fetch} names the relations the caller's mapping reads (e.g. "c.aanbieder"): they are
     * loaded for the whole page in one extra query each instead of one query per row.
     */
    public <T> List<T> page(Class<T> type, String alias, String from, Map<String, Object> params, PageRequest page,
                            Map<String, String> sortable, String defaultSort, String... fetch) {
        String sort = defaultSort;
        if (page.sort() != null && !page.sort().isBlank()) {
            sort = sortable.get(page.sort());
            if (sort == null) {
                throw new DomainException("SORT_ONBEKEND", "sort",
                        "Sorteren kan op: " + String.join(", ", sortable.keySet().stream().sorted().toList()));
            }
        }
        TypedQuery<T> query = em.createQuery("select " + alias + " " + from + " order by " + sort
                + (page.ascending() ? " asc" : " desc") + ", " + alias + ".id asc", type);
        params.forEach(query::setParameter);
        if (fetch.length > 0) {
            query.setHint("eclipselink.batch.type", "IN");
            for (String relation : fetch) {
                query.setHint("eclipselink.batch", relation);
            }
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(String alias, String from, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery("select count(" + alias + ") " + from, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public static String like(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
