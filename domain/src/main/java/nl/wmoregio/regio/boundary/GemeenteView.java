package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

/** A gemeente as lists show it. {@code version} is the optimistic-lock version (the REST ETag). */
public record GemeenteView(long id, String cbsCode, String naam, LocalDate geldigVan, LocalDate geldigTot,
                           boolean actief, String opgevolgdDoorCbsCode, String opgevolgdDoorNaam,
                           String eindeReden, long version) {
}
