package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;

public record ContractView(long id, String nummer, long aanbiederId, String aanbiederNaam, LocalDate van, LocalDate tot,
                           String status, String eindeReden, int aantalDeelovereenkomsten, long version) {
}
