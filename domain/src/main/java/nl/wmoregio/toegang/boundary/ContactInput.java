package nl.wmoregio.toegang.boundary;

/**
 * A client's contact data as entered: achternaam (required), voorletters, postcode + huisnummer
 * (the BRP address) and/or telefoon. WMO301 needs the name and an address or a phone (TR006/CD034).
 */
public record ContactInput(String achternaam, String voorletters, String postcode, Integer huisnummer, String telefoon) {

    @Override
    public String toString() {
        return "ContactInput[***]"; // never in a log line
    }
}
