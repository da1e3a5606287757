package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** The follow-up that closes a maatregel. */
public record OpvolgingInput(String opvolging, LocalDate afgerondOp) {
}
