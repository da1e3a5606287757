package nl.wmoregio.privacy.boundary;

import java.time.LocalDateTime;
import java.util.Map;

/** What one run of the retention job did: per kind of record the limit used and the number of records changed. */
public record BewaringResultaat(LocalDateTime uitgevoerdOp, String door, Map<String, Soort> soorten) {

    public record Soort(int maanden, LocalDateTime grens, int aantal) {
    }
}
