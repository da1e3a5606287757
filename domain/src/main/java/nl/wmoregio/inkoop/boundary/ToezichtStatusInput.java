package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;

/**
 * A confirmed toezicht measure asks inkoop to suspend or end a provider's contract.
 *
 * @param productCode the deelovereenkomst's product; null for the whole raamovereenkomst
 * @param bron        e.g. "TOEZICHT maatregel 12"
 * @param deadline    the deadline of the task this puts on the inkoop worklist
 */
public record ToezichtStatusInput(long aanbiederId, String productCode, String status, LocalDate per, String reden,
                                  String bron, LocalDate deadline) {
}
