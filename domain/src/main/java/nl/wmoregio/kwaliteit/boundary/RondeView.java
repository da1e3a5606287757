package nl.wmoregio.kwaliteit.boundary;

import java.time.LocalDate;
public record RondeView(long id, String naam, long methodeId, String methodeNaam, int methodeVersie, LocalDate van, LocalDate tot,
                        String selectie, long aanbieders, long beoordeeld, long version) {
}
