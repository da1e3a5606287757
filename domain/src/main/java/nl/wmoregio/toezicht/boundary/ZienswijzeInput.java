package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** The provider's response to the draft report. */
public record ZienswijzeInput(String tekst, LocalDate datum) {
}
