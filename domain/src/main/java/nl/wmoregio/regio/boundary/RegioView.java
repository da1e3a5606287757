package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

public record RegioView(long id, String code, String naam, String centrumgemeenteCbsCode, String centrumgemeenteNaam,
                        LocalDate regelingVan, LocalDate regelingTot, long aantalActieveGemeenten, long version) {
}
