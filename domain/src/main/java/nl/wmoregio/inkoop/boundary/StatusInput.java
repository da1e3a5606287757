package nl.wmoregio.inkoop.boundary;

/** @param status ACTIEF, OPGESCHORT or BEEINDIGD; a reason is required for the last two */
public record StatusInput(String status, String reden) {
}
