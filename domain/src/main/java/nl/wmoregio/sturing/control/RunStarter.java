package nl.wmoregio.sturing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the warehouse as a SEPARATE process for a requested run, after the request committed,
 * when {@code WMO_WAREHOUSE_COMMAND} (or system property {@code wmo.warehouse.command}) names the
 * launcher, e.g. {@code /opt/wmo/warehouse/bin/warehouse}. The process gets {@code run=<id>}
 * and the environment of the server (WMO_DB_*) without the client keys and the migration account
 * ({@link #omgevingVoorWarehouse}). Without it, the request waits for the CLI
 * ({@code bin/warehouse run=next}). Output goes to the run's log in the database, not here.
 */
@ApplicationScoped
public class RunStarter {

    private static final Logger LOG = Logger.getLogger(RunStarter.class.getName());

    @Resource
    TransactionSynchronizationRegistry registry;

    @Resource
    ManagedExecutorService executor;

    public static String command() {
        String c = System.getProperty("wmo.warehouse.command", System.getenv("WMO_WAREHOUSE_COMMAND"));
        return c == null || c.isBlank() ? null : c.strip();
    }

    public void startNaCommit(long runId, String scenarioIds) {
        String command = command();
        if (command == null) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> start(command, runId));
                }
            }
        });
    }

    /** What the warehouse process must never inherit from the server (issue 16 L5, M6). */
    public static final List<String> NIET_VOOR_WAREHOUSE = List.of("WMO_BSN_SLEUTEL", "WMO_PSEUDONIEM_SLEUTEL",
            "WMO_DB_MIGRATION_USER", "WMO_DB_MIGRATION_PASSWORD");

    /**
     * The environment of the warehouse process, changed in place: without the client keys (the
     * warehouse reads pseudonyms and never needs a BSN, so a compromised Spark job cannot decrypt
     * or re-pseudonymise anything) and without the migration account; with its own database
     * account when one is configured (WMO_WAREHOUSE_DB_USER), in which case the application's
     * runtime password is not passed on either.
     */
    public static void omgevingVoorWarehouse(java.util.Map<String, String> env) {
        NIET_VOOR_WAREHOUSE.forEach(env::remove);
        String wh = env.get("WMO_WAREHOUSE_DB_USER");
        if (wh != null && !wh.isBlank()) {
            env.put("WMO_DB_USER", wh);
            env.put("WMO_DB_PASSWORD", env.getOrDefault("WMO_WAREHOUSE_DB_PASSWORD", ""));
        }
    }

    private static void start(String command, long runId) {
        List<String> cmd = new ArrayList<>(List.of(command.split("\\s+")));
        cmd.add("run=" + runId);
        try {
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"),
                            "wmo-warehouse-run.log")));
            omgevingVoorWarehouse(builder.environment());
            builder.start();
            LOG.info(() -> "warehouse run " + runId + " started: " + command);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "warehouse run " + runId + " could not be started with " + command, e);
        }
    }
}
