package nl.wmoregio.shared;

import jakarta.persistence.OptimisticLockException;
import java.util.function.LongSupplier;

/**
 * Optimistic locking for every boundary: the caller's version must be the stored one, and a
 * concurrent commit between read and write surfaces as {@link StaleVersionException} inside the
 * service call (flushed there), never as a silent overwrite.
 */
public final class Versies {

    private Versies() {
    }

    public static void controleer(long opgeslagen, long verwacht, String wat) {
        if (opgeslagen != verwacht) {
            throw new StaleVersionException(wat, opgeslagen);
        }
    }

    public static void flush(Runnable flush, String wat, LongSupplier versie) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(wat, versie.getAsLong());
        }
    }
}
