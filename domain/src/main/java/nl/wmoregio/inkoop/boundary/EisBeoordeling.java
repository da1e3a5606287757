package nl.wmoregio.inkoop.boundary;

/** The reviewer's verdict on one requirement, with metadata of the evidence document. */
public record EisBeoordeling(Boolean voldaan, String bewijsNaam, String bewijsType, Long bewijsGrootte, String notitie) {
}
