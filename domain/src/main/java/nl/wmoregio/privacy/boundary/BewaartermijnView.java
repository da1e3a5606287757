package nl.wmoregio.privacy.boundary;

import java.time.LocalDateTime;

/** A retention setting: kind of record, months, whether the job applies it, and when it last ran. */
public record BewaartermijnView(String soort, int maanden, boolean actief, String omschrijving, LocalDateTime laatstToegepastOp,
                                long version) {
}
