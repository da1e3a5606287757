package nl.wmoregio.inkoop.boundary;

import java.util.List;

public record ToetredingDetail(ToetredingView toetreding, List<EisRegel> eisen) {

    public record EisRegel(long eisId, String code, String omschrijving, boolean verplicht, Boolean voldaan,
                           String bewijsNaam, String bewijsType, Long bewijsGrootte, String notitie) {
    }
}
