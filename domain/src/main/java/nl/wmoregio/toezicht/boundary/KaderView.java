package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;
import java.util.List;

/** A toetsingskader version with its norms. */
public record KaderView(long id, String code, int versie, String naam, LocalDate geldigVan, List<NormView> normen) {
}
