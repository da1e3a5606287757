package nl.wmoregio.inkoop.boundary;

import java.util.List;

/** A provider as entered; {@code status} ACTIEF or INACTIEF (default ACTIEF). Lists replace the stored ones. */
public record AanbiederInput(String naam, String kvkNummer, String agbCode, String status, Boolean bwRecht2014,
                             List<AanbiederDetail.LocatieView> locaties, List<AanbiederDetail.ContactView> contacten) {
}
