package nl.wmoregio.toezicht.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.toezicht.boundary.MaatregelStatus;
import nl.wmoregio.toezicht.boundary.MaatregelType;
import nl.wmoregio.toezicht.boundary.MeldingFilter;
import nl.wmoregio.toezicht.boundary.MeldingStatus;
import nl.wmoregio.toezicht.entity.Bevinding;
import nl.wmoregio.toezicht.entity.Maatregel;
import nl.wmoregio.toezicht.entity.Melding;
import nl.wmoregio.toezicht.entity.Norm;
import nl.wmoregio.toezicht.entity.Onderzoek;
import nl.wmoregio.toezicht.entity.Toetsingskader;
import nl.wmoregio.toezicht.entity.ToezichtInstelling;

/** Queries of toezicht. Sort keys are whitelisted; names of providers and gemeenten are read with SQL (ADR 0007). */
@Dependent
public class ToezichtRepository {

    static final Map<String, String> MELDING_SORT = Map.of("nummer", "m.id", "melddatum", "m.melddatum", "soort", "m.soort",
            "status", "m.status", "triageDeadline", "m.triageDeadline", "organisatie", "m.organisatie");

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    public <T> T get(Class<T> type, Object id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }

    public <T> T reference(Class<T> type, Object id, String field, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new DomainException("ONBEKEND", field, what + " " + id + " bestaat niet");
        }
        return found;
    }

    /** M1 (issue 16): a melding names the client and is unassigned, or the organisation's (itself or its onderzoek). */
    public boolean clientInDossier(String pseudoniem, String organisatie) {
        return ((Number) em.createNativeQuery("select count(*) from melding m left join onderzoek o on o.id = m.onderzoek_id "
                        + "where m.client_pseudoniem = ?1 and (m.organisatie is null or m.organisatie = ?2 or o.organisatie = ?2)")
                .setParameter(1, pseudoniem).setParameter(2, organisatie).getSingleResult()).longValue() > 0;
    }

    /** M1 (issue 16): a melding or onderzoek with this number belongs to the organisation. */
    public boolean zaakVan(String zaaknummer, String organisatie) {
        return ((Number) em.createNativeQuery("select (select count(*) from melding m left join onderzoek o on o.id = m.onderzoek_id "
                        + "where m.nummer = ?1 and (m.organisatie = ?2 or o.organisatie = ?2)) "
                        + "+ (select count(*) from onderzoek where nummer = ?1 and organisatie = ?2)")
                .setParameter(1, zaaknummer).setParameter(2, organisatie).getSingleResult()).longValue() > 0;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public void lockForUpdate(Object entity) {
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public ToezichtInstelling instelling() {
        return get(ToezichtInstelling.class, ToezichtInstelling.ID, "Toezichtinstelling");
    }

    public List<Toetsingskader> kaders() {
        return em.createQuery("select k from Toetsingskader k order by k.code, k.versie desc", Toetsingskader.class).getResultList();
    }

    public Toetsingskader nieuwsteKader() {
        return em.createQuery("select k from Toetsingskader k order by k.geldigVan desc, k.versie desc", Toetsingskader.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("GEEN_KADER", "kaderId", "Er is geen toetsingskader"));
    }

    public List<Melding> zoekMeldingen(MeldingFilter f, PageRequest page, LocalDate vandaag) {
        String order = page.sort() == null ? null : MELDING_SORT.get(page.sort());
        if (page.sort() != null && order == null) {
            throw new DomainException("SORT_ONBEKEND", "sort", "Sorteren kan op " + MELDING_SORT.keySet());
        }
        String jpql = "select m from Melding m" + where(f) + " order by "
                + (order == null ? "m.melddatum desc, m.id desc" : order + (page.ascending() ? " asc" : " desc") + ", m.id");
        TypedQuery<Melding> q = em.createQuery(jpql, Melding.class);
        params(q, f, vandaag);
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long telMeldingen(MeldingFilter f, LocalDate vandaag) {
        TypedQuery<Long> q = em.createQuery("select count(m) from Melding m" + where(f), Long.class);
        params(q, f, vandaag);
        return q.getSingleResult();
    }

    private static String where(MeldingFilter f) {
        List<String> c = new ArrayList<>();
        if (f.status() != null) c.add("m.status = :status");
        if (f.soort() != null) c.add("m.soort = :soort");
        if (f.organisatie() != null) c.add("m.organisatie = :organisatie");
        if (f.aanbiederId() != null) c.add("m.aanbiederId = :aanbieder");
        if (f.jaar() != null) c.add("m.melddatum between :van and :tot");
        if (Boolean.TRUE.equals(f.verlopen())) c.add("m.status in :open and m.triageDeadline < :vandaag");
        if (f.teLaat() != null) c.add("m.teLaat = :teLaat");
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void params(TypedQuery<?> q, MeldingFilter f, LocalDate vandaag) {
        if (f.status() != null) q.setParameter("status", ToezichtRules.code(MeldingStatus.class, f.status(), "status"));
        if (f.soort() != null) q.setParameter("soort", ToezichtRules.code(nl.wmoregio.toezicht.boundary.MeldingSoort.class, f.soort(), "soort"));
        if (f.organisatie() != null) q.setParameter("organisatie", ToezichtRules.code(nl.wmoregio.toezicht.boundary.Organisatie.class, f.organisatie(), "organisatie"));
        if (f.aanbiederId() != null) q.setParameter("aanbieder", f.aanbiederId());
        if (f.jaar() != null) {
            q.setParameter("van", LocalDate.of(f.jaar(), 1, 1)).setParameter("tot", LocalDate.of(f.jaar(), 12, 31));
        }
        if (Boolean.TRUE.equals(f.verlopen())) {
            q.setParameter("open", List.of(MeldingStatus.NIEUW, MeldingStatus.TOEGEWEZEN)).setParameter("vandaag", vandaag);
        }
        if (f.teLaat() != null) q.setParameter("teLaat", f.teLaat());
    }

    public List<nl.wmoregio.toezicht.boundary.BijlageView> bijlagen(long meldingId) {
        return em.createQuery("select b.id, b.bestandsnaam, b.mediatype, b.grootte, b.toegevoegdDoor, b.toegevoegdOp "
                        + "from MeldingBijlage b where b.meldingId = :m order by b.id", Object[].class)
                .setParameter("m", meldingId).getResultList().stream()
                .map(r -> new nl.wmoregio.toezicht.boundary.BijlageView((Long) r[0], (String) r[1], (String) r[2], (Long) r[3],
                        (String) r[4], (java.time.LocalDateTime) r[5]))
                .toList();
    }

    public List<String> meldingNummersVan(long onderzoekId) {
        return em.createQuery("select m.nummer from Melding m where m.onderzoekId = :o order by m.id", String.class)
                .setParameter("o", onderzoekId).getResultList();
    }

    public List<Onderzoek> zoekOnderzoeken(Long aanbiederId, String status, PageRequest page) {
        TypedQuery<Onderzoek> q = em.createQuery("select o from Onderzoek o where (:a is null or o.aanbiederId = :a) "
                + "and (:s is null or o.status = :s) order by o.geplandVan desc, o.id desc", Onderzoek.class);
        q.setParameter("a", aanbiederId).setParameter("s", status == null ? null
                : ToezichtRules.code(nl.wmoregio.toezicht.boundary.OnderzoekStatus.class, status, "status"));
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long telOnderzoeken(Long aanbiederId, String status) {
        return em.createQuery("select count(o) from Onderzoek o where (:a is null or o.aanbiederId = :a) "
                        + "and (:s is null or o.status = :s)", Long.class)
                .setParameter("a", aanbiederId).setParameter("s", status == null ? null
                        : ToezichtRules.code(nl.wmoregio.toezicht.boundary.OnderzoekStatus.class, status, "status"))
                .getSingleResult();
    }

    public List<Bevinding> bevindingen(long onderzoekId) {
        return em.createQuery("select b from Bevinding b where b.onderzoekId = :o", Bevinding.class)
                .setParameter("o", onderzoekId).getResultList();
    }

    public List<Maatregel> maatregelen(long onderzoekId) {
        return em.createQuery("select m from Maatregel m where m.onderzoekId = :o order by m.deadline, m.id", Maatregel.class)
                .setParameter("o", onderzoekId).getResultList();
    }

    public List<Maatregel> maatregelenVanAanbieder(long aanbiederId, List<MaatregelType> types) {
        return em.createQuery("select m from Maatregel m where m.aanbiederId = :a and m.type in :t order by m.deadline desc, m.id desc", Maatregel.class)
                .setParameter("a", aanbiederId).setParameter("t", types).getResultList();
    }

    public List<Maatregel> verlopenMaatregelen(LocalDate vandaag, PageRequest page) {
        return em.createQuery("select m from Maatregel m where m.status = :s and m.deadline < :d order by m.deadline, m.id", Maatregel.class)
                .setParameter("s", MaatregelStatus.OPEN).setParameter("d", vandaag)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long telVerlopenMaatregelen(LocalDate vandaag) {
        return em.createQuery("select count(m) from Maatregel m where m.status = :s and m.deadline < :d", Long.class)
                .setParameter("s", MaatregelStatus.OPEN).setParameter("d", vandaag).getSingleResult();
    }

    public Map<Long, Norm> normen(List<Long> ids) {
        Map<Long, Norm> result = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select n from Norm n where n.id in :ids", Norm.class).setParameter("ids", ids)
                    .getResultList().forEach(n -> result.put(n.getId(), n));
        }
        return result;
    }

    public Map<Long, String> onderzoekNummers(List<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select o.id, o.nummer from Onderzoek o where o.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> result.put((Long) r[0], (String) r[1]));
        }
        return result;
    }

    /** Display names of providers (inkoop) by id: read-only reporting SQL across components (ADR 0007). */
    public Map<Long, String> aanbiederNamen(java.util.Collection<Long> ids) {
        return namen("aanbieder", ids);
    }

    public Map<Long, String> gemeenteNamen(java.util.Collection<Long> ids) {
        return namen("gemeente", ids);
    }

    private Map<Long, String> namen(String tabel, java.util.Collection<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return result;
        }
        String in = String.join(",", distinct.stream().map(String::valueOf).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, naam from " + tabel + " where id in (" + in + ")").getResultList();
        rows.forEach(r -> result.put(((Number) r[0]).longValue(), (String) r[1]));
        return result;
    }

    public boolean bestaat(String tabel, long id) {
        return ((Number) em.createNativeQuery("select count(*) from " + tabel + " where id = ?1").setParameter(1, id)
                .getSingleResult()).longValue() > 0;
    }

    /** Grouped counts for the jaarverslag; the query must select (key, count). */
    public Map<String, Long> telling(String jpql, Map<String, Object> params) {
        var q = em.createQuery(jpql, Object[].class);
        params.forEach(q::setParameter);
        Map<String, Long> result = new HashMap<>();
        q.getResultList().forEach(r -> result.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return result;
    }

    public List<Object[]> lijst(String jpql, Map<String, Object> params) {
        var q = em.createQuery(jpql, Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
