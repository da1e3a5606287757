package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;

/** @param achterstallig the follow-up action is open and its date has passed */
public record GesprekView(long id, long aanbiederId, String aanbiederNaam, LocalDate datum, String onderwerp, String verslag,
                          String afspraken, String vervolgactie, LocalDate vervolgdatum, boolean actieAfgerond,
                          boolean achterstallig, String vastgelegdDoor, long version) {
}
