package nl.wmoregio.toezicht.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.toezicht.boundary.MeldingStatus;
import nl.wmoregio.toezicht.entity.Melding;

/** For the start page: open meldingen whose triage deadline is a given day. */
@Dependent
public class ToezichtAandachtQueries {

    private static final List<MeldingStatus> OPEN = List.of(MeldingStatus.NIEUW, MeldingStatus.TOEGEWEZEN);

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    public List<Melding> triageOp(LocalDate dag, PageRequest page) {
        return em.createQuery("select m from Melding m where m.status in :open and m.triageDeadline = :dag order by m.id", Melding.class)
                .setParameter("open", OPEN).setParameter("dag", dag)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long telTriageOp(LocalDate dag) {
        return em.createQuery("select count(m) from Melding m where m.status in :open and m.triageDeadline = :dag", Long.class)
                .setParameter("open", OPEN).setParameter("dag", dag).getSingleResult();
    }
}
