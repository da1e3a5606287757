package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

public record DeelnameInput(String productgroep, LocalDate van, LocalDate tot) {
}
