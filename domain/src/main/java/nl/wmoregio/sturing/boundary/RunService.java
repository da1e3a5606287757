package nl.wmoregio.sturing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.sturing.control.RunStarter;

/**
 * Warehouse runs. The application never runs Spark itself (ADR 0012): a controller REQUESTS a
 * run (status AANGEVRAAGD); the warehouse CLI picks it up ({@code Main run=next}, e.g. from a
 * timer) or, when {@code WMO_WAREHOUSE_COMMAND} is configured, the application starts that
 * command as a separate process for the run. One run at a time: a request is refused while
 * another is requested or busy.
 */
@Stateless
@RolesAllowed(Rollen.CONTROLLER)
public class RunService {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    RunStarter starter;

    @Resource
    SessionContext context;

    public RunView vraagAan(List<Long> scenarioIds) {
        em.createNativeQuery("select run_id from wh_actief where id = 1 for update").getResultList();
        brekAfZonderProces();
        Number open = (Number) em.createNativeQuery("select count(*) from wh_run where status in ('AANGEVRAAGD', 'BEZIG')")
                .getSingleResult();
        if (open.longValue() > 0) {
            throw new DomainException("RUN_LOOPT", "run", "Er loopt al een run of er is er een aangevraagd; wacht tot die klaar is");
        }
        String ids = null;
        if (scenarioIds != null && !scenarioIds.isEmpty()) {
            for (Long id : scenarioIds) {
                if (id == null || em.find(nl.wmoregio.sturing.entity.Scenario.class, id) == null) {
                    throw new DomainException("SCENARIO_ONBEKEND", "scenarioIds", "Onbekend scenario: " + id);
                }
            }
            ids = scenarioIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        em.createNativeQuery("insert into wh_run (status, aangevraagd_door, aangevraagd_op, scenario_ids)"
                + " values ('AANGEVRAAGD', ?1, ?2, ?3)")
                .setParameter(1, context.getCallerPrincipal().getName())
                .setParameter(2, Timestamp.valueOf(Tijd.nuUtc()))
                .setParameter(3, ids).executeUpdate();
        long id = ((Number) em.createNativeQuery("select max(id) from wh_run where status = 'AANGEVRAAGD'").getSingleResult())
                .longValue();
        audit.record("WarehouseRun", id, "AANGEVRAAGD", "scenario's=" + (ids == null ? "alle actieve" : ids), null);
        starter.startNaCommit(id, ids);
        return get(id);
    }

    /**
     * A running job holds the MariaDB lock {@code wmo_warehouse_run.<database>} for its whole life
     * (warehouse RunStore); the server releases it when the process dies. A run still BEZIG while
     * that lock is free was broken off (kill -9, crash) and must not block the next run.
     */
    private void brekAfZonderProces() {
        Number vrij = (Number) em.createNativeQuery("select is_free_lock(concat('wmo_warehouse_run.', database()))")
                .getSingleResult();
        if (vrij == null || vrij.intValue() != 1) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from wh_run where status = 'BEZIG'").getResultList();
        for (Number id : ids) {
            em.createNativeQuery("update wh_run set status = 'MISLUKT', fase = null, klaar_op = ?1,"
                    + " log = concat(coalesce(log, ''), ?2), version = version + 1 where id = ?3 and status = 'BEZIG'")
                    .setParameter(1, Timestamp.valueOf(Tijd.nuUtc()))
                    .setParameter(2, "MISLUKT: afgebroken (het proces van deze run leeft niet meer)\n")
                    .setParameter(3, id.longValue()).executeUpdate();
            audit.record("WarehouseRun", id.longValue(), "AFGEBROKEN", "proces leeft niet meer", null);
        }
    }

    /**
     * True when a requested run starts by itself: the application starts the job
     * (WMO_WAREHOUSE_COMMAND is set) or a warehouse worker listens (it holds the MariaDB lock
     * {@code wmo_warehouse_worker.<database>} while it lives; warehouse Worker).
     */
    public boolean startAutomatisch() {
        if (RunStarter.command() != null) {
            return true;
        }
        Number vrij = (Number) em.createNativeQuery("select is_free_lock(concat('wmo_warehouse_worker.', database()))")
                .getSingleResult();
        return vrij != null && vrij.intValue() == 0;
    }

    @RolesAllowed({Rollen.CONTROLLER, Rollen.GEMEENTE})
    public List<RunView> lijst(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " order by r.id desc limit ?1")
                .setParameter(1, Math.max(1, Math.min(max, 200))).getResultList();
        return rows.stream().map(r -> view(r, false)).toList();
    }

    public RunView get(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where r.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Run", id);
        }
        return view(rows.get(0), true);
    }

    private static final String SELECT = "select r.id, r.status, r.fase, r.aangevraagd_door, r.aangevraagd_op, r.gestart_op,"
            + " r.klaar_op, r.scenario_ids, r.invoer_rijen, r.duur_extract_ms, r.duur_transform_ms, r.duur_load_ms,"
            + " (select count(*) from wh_actief a where a.run_id = r.id), r.log,"
            + " exists (select 1 from wh_dim_gemeente d where d.run_id = r.id) from wh_run r";

    private static RunView view(Object[] r, boolean metLog) {
        return new RunView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], tijd(r[4]), tijd(r[5]),
                tijd(r[6]), (String) r[7], (String) r[8], lang(r[9]), lang(r[10]), lang(r[11]), ((Number) r[12]).longValue() > 0,
                metLog ? (String) r[13] : null, r[14] != null && ((Number) r[14]).longValue() > 0);
    }

    private static LocalDateTime tijd(Object o) {
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) o;
    }

    private static Long lang(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
