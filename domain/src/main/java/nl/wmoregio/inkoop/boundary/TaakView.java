package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A task on the inkoop worklist (e.g. after a toezicht measure changed a contract). */
public record TaakView(long id, long aanbiederId, String aanbiederNaam, Long contractId, String omschrijving,
                       LocalDate deadline, boolean verlopen, String bron, String status, LocalDateTime aangemaaktOp,
                       long version) {
}
