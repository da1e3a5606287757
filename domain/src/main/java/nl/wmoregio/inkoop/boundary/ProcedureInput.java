package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A procurement procedure for one product group and contract period.
 *
 * @param type           OPEN_HOUSE, BEPERKT (needs maxAanbieders) or GESLOTEN
 * @param momenten       toetredingsmomenten within the contract period; at least the start
 */
public record ProcedureInput(String naam, String productgroep, String type, Integer maxAanbieders, LocalDate contractVan,
                             LocalDate contractTot, List<LocalDate> momenten, List<EisInput> eisen) {

    public record EisInput(String code, String omschrijving, Boolean verplicht) {
    }
}
