package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;

/** An evaluation of a goal: BEHAALD, DEELS or NIET_BEHAALD on a date. */
public record EvaluatieInput(LocalDate datum, String uitkomst, String toelichting) {
}
