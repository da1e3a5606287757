package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

public record RegioInput(String naam, String centrumgemeenteCbsCode, LocalDate regelingVan, LocalDate regelingTot) {
}
