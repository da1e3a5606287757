package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

public record DeelnameView(long id, String productgroep, String productgroepNaam, LocalDate van, LocalDate tot) {
}
