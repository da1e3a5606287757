package nl.wmoregio.kwaliteit.boundary;

import java.time.LocalDate;
import java.util.List;
/** @param aanbiederIds a risk-based selection; empty or null: every provider with a contract in the period */
public record RondeInput(String naam, Long methodeId, LocalDate van, LocalDate tot, List<Long> aanbiederIds) {
}
