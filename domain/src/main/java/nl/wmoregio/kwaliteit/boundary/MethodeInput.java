package nl.wmoregio.kwaliteit.boundary;

import java.util.List;
public record MethodeInput(String naam, Integer versie, String omschrijving, List<IndicatorInput> indicatoren) {
}
