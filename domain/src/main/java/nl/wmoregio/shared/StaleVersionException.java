package nl.wmoregio.shared;

import jakarta.ejb.ApplicationException;

/** The caller edited an older version than the one stored: someone else changed it first. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " is intussen door iemand anders gewijzigd (huidige versie " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
