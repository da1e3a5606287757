package nl.wmoregio.toegang.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import nl.wmoregio.toegang.boundary.GeneratorStatus;

/** The state of the one generator run this server may have going (in memory; the result is also audited). */
@ApplicationScoped
public class GeneratorVoortgang {

    private final AtomicReference<GeneratorStatus> status = new AtomicReference<>(
            new GeneratorStatus(GeneratorStatus.NIET_GESTART, null, null, null, 0, 0, 0, 0, null, null));

    public GeneratorStatus status() {
        return status.get();
    }

    /** Claims the generator; false when a run is already going. */
    public boolean start(GeneratorStatus bezig) {
        GeneratorStatus huidig = status.get();
        return !huidig.bezig() && status.compareAndSet(huidig, bezig);
    }

    public void zet(GeneratorStatus nieuw) {
        status.set(nieuw);
    }
}
