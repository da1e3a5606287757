package nl.wmoregio.iwmo.boundary;

import java.time.LocalDateTime;

/** One received message in the list. */
public record BerichtView(long id, String berichttype, String identificatie, String afzender, String aanbiederNaam,
                          String gemeenteNaam, LocalDateTime ontvangenOp, String ontvangenDoor, int regels, int goedgekeurd,
                          int afgekeurd) {
}
