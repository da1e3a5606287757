package nl.wmoregio.toegang.boundary;

/**
 * Name and address of one sampled client for the CEO fieldwork file (issue 15, point 7): what a
 * survey agency needs to send the questionnaire by post. No phone, no BSN, no pseudonym.
 */
public record VeldwerkAdres(String voorletters, String achternaam, String postcode, Integer huisnummer) {

    @Override
    public String toString() {
        return "VeldwerkAdres[***]"; // never in a log line
    }
}
