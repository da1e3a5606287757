package nl.wmoregio.kwaliteit.boundary;

import java.util.List;
public record MethodeView(long id, String naam, int versie, String omschrijving, List<IndicatorView> indicatoren, long version) {
}
