package nl.wmoregio.regio.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.entity.Gemeente;
import nl.wmoregio.regio.entity.Productgroep;
import nl.wmoregio.regio.entity.Regio;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.PageRequest;

/** Queries on gemeenten. Sorting only on whitelisted fields: the sort key never reaches JPQL unchecked. */
@Dependent
public class GemeenteRepository {

    public static final Map<String, String> SORTEERBAAR = Map.of(
            "naam", "g.naam",
            "cbsCode", "g.cbsCode",
            "geldigVan", "g.geldigVan",
            "geldigTot", "g.geldigTot");

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    public Gemeente get(long id) {
        Gemeente gemeente = em.find(Gemeente.class, id);
        if (gemeente == null) {
            throw new NotFoundException("Gemeente", id);
        }
        return gemeente;
    }

    /** Loads the gemeente and bumps its version on commit, so concurrent edits of its participations collide. */
    public Gemeente getForUpdate(long id) {
        Gemeente gemeente = get(id);
        em.lock(gemeente, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return gemeente;
    }

    public Optional<Gemeente> findByCbsCode(String cbsCode) {
        return em.createQuery("select g from Gemeente g where g.cbsCode = :code", Gemeente.class)
                .setParameter("code", cbsCode)
                .getResultStream()
                .findFirst();
    }

    public List<Gemeente> zoek(GemeenteFilter filter, PageRequest page) {
        String orderBy = " order by " + sortExpression(page) + (page.ascending() ? " asc" : " desc") + ", g.id asc";
        TypedQuery<Gemeente> query = em.createQuery("select g from Gemeente g left join fetch g.opgevolgdDoor"
                + where(filter) + orderBy, Gemeente.class);
        bind(query, filter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /** Every gemeente that ended with a successor (the region's merger facts). */
    public List<Gemeente> opgegaan() {
        return em.createQuery("select g from Gemeente g join fetch g.opgevolgdDoor where g.geldigTot is not null "
                + "order by g.geldigTot, g.id", Gemeente.class).getResultList();
    }

    public long tel(GemeenteFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(g) from Gemeente g" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public long telActief(LocalDate dag) {
        return tel(new GemeenteFilter(null, dag));
    }

    public List<Gemeente> deelnemersAan(String productgroep, LocalDate van, LocalDate tot) {
        return em.createQuery("select distinct g from Gemeente g join g.deelnames d where d.productgroep.code = :groep "
                        + "and d.van <= :tot and (d.tot is null or d.tot >= :van) order by g.naam", Gemeente.class)
                .setParameter("groep", productgroep)
                .setParameter("van", van)
                .setParameter("tot", tot)
                .getResultList();
    }

    public Regio regio() {
        return em.createQuery("select r from Regio r order by r.id", Regio.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Regio", "(geen regio ingericht)"));
    }

    public Productgroep productgroep(String code) {
        Productgroep groep = code == null ? null : em.find(Productgroep.class, code.trim().toUpperCase());
        if (groep == null) {
            throw new DomainException("PRODUCTGROEP_ONBEKEND", "productgroep",
                    "Onbekende productgroep '" + code + "'; kies uit " + String.join(", ", productgroepCodes()));
        }
        return groep;
    }

    public List<Productgroep> productgroepen() {
        return em.createQuery("select p from Productgroep p order by p.volgorde", Productgroep.class).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Forces pending changes to the database now, so version conflicts surface inside the service call. */
    public void flush() {
        em.flush();
    }

    private List<String> productgroepCodes() {
        return productgroepen().stream().map(Productgroep::getCode).toList();
    }

    private static String sortExpression(PageRequest page) {
        if (page.sort() == null || page.sort().isBlank()) {
            return "g.naam";
        }
        String expression = SORTEERBAAR.get(page.sort());
        if (expression == null) {
            throw new DomainException("SORT_ONBEKEND", "sort",
                    "Sorteren kan op: " + String.join(", ", SORTEERBAAR.keySet().stream().sorted().toList()));
        }
        return expression;
    }

    private static String where(GemeenteFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.naam() != null && !filter.naam().isBlank()) {
            where.append(" and (lower(g.naam) like :naam or lower(g.cbsCode) like :naam)");
        }
        if (filter.actiefOp() != null) {
            where.append(" and g.geldigVan <= :dag and (g.geldigTot is null or g.geldigTot >= :dag)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, GemeenteFilter filter) {
        if (filter.naam() != null && !filter.naam().isBlank()) {
            query.setParameter("naam", "%" + escapeLike(filter.naam().strip().toLowerCase()) + "%");
        }
        if (filter.actiefOp() != null) {
            query.setParameter("dag", filter.actiefOp());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
