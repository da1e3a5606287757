package nl.wmoregio.toegang.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.control.Generator;
import nl.wmoregio.toegang.control.GeneratorVoortgang;
import nl.wmoregio.toegang.control.Sleutels;

/**
 * The BEHEERDER's action to fill the database with the synthetic world (presets klein, demo,
 * region, national); refused unless demo data is on (issue 16 M8). Runs in the background on the managed executor; {@link #status()} reports
 * progress. The start is audited; the result is logged and kept in the status.
 */
@Stateless
@RolesAllowed(Rollen.BEHEERDER)
public class GeneratorService {

    private static final Logger LOG = Logger.getLogger(GeneratorService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @Resource
    SessionContext sessionContext;

    @Inject
    Sleutels sleutels;

    @Inject
    GeneratorVoortgang voortgang;

    @Inject
    AuditService audit;

    @Inject
    DatabaseMigrator migrator;

    public GeneratorStatus start(String presetNaam, Long seed) {
        // Issue 16 M8: synthetic data only where demo data is on; never in production.
        if (!migrator.isDemoData()) {
            throw new DomainException("GENERATOR_ALLEEN_DEMO", "preset",
                    "De testdatagenerator draait alleen in een demo- of testomgeving (WMO_DEMO_DATA=true)");
        }
        Generator.Preset preset = Generator.Preset.van(presetNaam);
        long zaad = seed == null ? 42L : seed;
        Generator generator = new Generator(preset, zaad, sleutels.versleuteling(), sleutels.pseudoniemen());
        GeneratorStatus bezig = new GeneratorStatus(GeneratorStatus.BEZIG, preset.naam(), zaad, "starten", 0,
                preset.clienten(), 0, 0, null, null);
        if (!voortgang.start(bezig)) {
            throw new DomainException("GENERATOR_BEZIG", "preset", "De generator draait al; wacht tot hij klaar is");
        }
        audit.record("Generator", preset.naam(), "GESTART", "preset=" + preset.naam() + "; seed=" + zaad, null);
        String door = sessionContext.getCallerPrincipal().getName();
        long begin = System.nanoTime();
        executor.submit(() -> {
            try (Connection connection = dataSource.getConnection()) {
                GeneratorResultaat r = generator.genereer(connection, (fase, klaar, totaal, rijen) ->
                        voortgang.zet(new GeneratorStatus(GeneratorStatus.BEZIG, preset.naam(), zaad, fase, klaar, totaal, rijen,
                                (System.nanoTime() - begin) / 1_000_000, null, null)));
                voortgang.zet(new GeneratorStatus(GeneratorStatus.KLAAR, preset.naam(), zaad, "klaar", r.clienten(),
                        r.clienten(), r.rijen(), r.millis(), null, r));
                LOG.info(() -> "Generator " + preset.naam() + " (seed " + zaad + ", started by " + door + "): " + r);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Generator failed", e);
                String melding = e instanceof DomainException ? e.getMessage() : "De generator is mislukt; zie het serverlog";
                voortgang.zet(new GeneratorStatus(GeneratorStatus.MISLUKT, preset.naam(), zaad, "mislukt", 0,
                        preset.clienten(), 0, (System.nanoTime() - begin) / 1_000_000, melding, null));
            }
        });
        return bezig;
    }

    public GeneratorStatus status() {
        return voortgang.status();
    }
}
