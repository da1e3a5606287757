package nl.wmoregio.gebruiker.boundary;

/** Why a user is (de)activated; goes to the audit trail. */
public record Reden(String reden) {
}
