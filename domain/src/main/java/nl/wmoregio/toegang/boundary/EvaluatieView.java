package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;

public record EvaluatieView(long id, LocalDate datum, String uitkomst, String toelichting) {
}
