package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

/**
 * @param naam     part of the name or CBS code, case-insensitive; null for all
 * @param actiefOp only gemeenten that exist on that day; null for all, including ended ones
 */
public record GemeenteFilter(String naam, LocalDate actiefOp) {

    public static GemeenteFilter alle() {
        return new GemeenteFilter(null, null);
    }
}
