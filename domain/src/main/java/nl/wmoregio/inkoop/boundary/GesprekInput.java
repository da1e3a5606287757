package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;

public record GesprekInput(LocalDate datum, String onderwerp, String verslag, String afspraken, String vervolgactie,
                           LocalDate vervolgdatum) {
}
