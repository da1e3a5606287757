package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;

/** Contracts a provider for one product under a procedure, starting at a toetredingsmoment. */
public record ContractInput(Long aanbiederId, Long procedureId, String productCode, LocalDate van) {
}
