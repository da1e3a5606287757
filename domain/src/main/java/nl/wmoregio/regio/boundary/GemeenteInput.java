package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

/** What a user enters to create or edit a gemeente. The end is set through {@link Beeindiging}. */
public record GemeenteInput(String cbsCode, String naam, LocalDate geldigVan) {
}
