package nl.wmoregio.toegang.boundary;

/** A client's contact data, decrypted, for the roles that see the client. {@code bekend} false: none stored. */
public record ContactView(long clientId, boolean bekend, String achternaam, String voorletters, String postcode, Integer huisnummer,
                          String telefoon) {

    @Override
    public String toString() {
        return "ContactView[" + clientId + ", ***]"; // never in a log line
    }
}
