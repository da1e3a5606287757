package nl.wmoregio.privacy.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wmoregio.privacy.control.Bewaring;

/**
 * Applies the retention settings every night at 03:17 (server time). Not persistent: a missed
 * night is caught up by the next run (the rule is "older than N months", not "exactly N"). The
 * counts go to the audit trail (actor {@code systeem}); the log line holds counts only.
 */
@Singleton
public class BewaartermijnJob {

    private static final Logger LOG = Logger.getLogger(BewaartermijnJob.class.getName());

    @Inject
    Bewaring bewaring;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "bewaartermijnen")
    public void dagelijks() {
        try {
            BewaringResultaat r = bewaring.pasToe("dagelijkse taak");
            LOG.info(() -> "Bewaartermijnen toegepast: " + r.soorten());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Bewaartermijnen niet toegepast; de volgende nacht opnieuw", e);
            throw e;
        }
    }
}
