package nl.wmoregio.kwaliteit.boundary;

import java.time.LocalDate;
public record VerbeteringInput(String omschrijving, LocalDate deadline) {
}
